package jp.kenpokpi.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import jp.kenpokpi.app.system.DatabaseLocation;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The sample database, loaded once per test JVM and copied for each test class. Loading the sample data (the real
 * files, the 架空 values generated for 47 branches, budgets and plans, through the same import as a user's file)
 * took most of a test class's start; copying the finished H2 file, or creating a PostgreSQL database from the loaded
 * one as its template, takes a fraction of a second. The copy is the class's own: what it writes no other class sees.
 * The template lives only as long as the JVM, so it is always built by the code under test.
 */
final class SampleDatabase {

    private static Path h2Template;
    private static String postgresqlTemplate;

    private SampleDatabase() {}

    /** Writes a copy of the sample database to the H2 database at {@code base} (a path without ".mv.db"). */
    static synchronized void copyH2(Path base) {
        if (h2Template == null) {
            Path template = TemporaryDatabase.newPath("sample-template");
            load("--kenpo.db=" + template);
            h2Template = DatabaseLocation.of(template.toString()).file();
        }
        try {
            Files.copy(h2Template, DatabaseLocation.of(base.toString()).file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates {@code database} on the PostgreSQL server as a copy of the sample database. */
    static synchronized void copyPostgresql(String server, String database) {
        if (postgresqlTemplate == null) {
            String template = "kenpo_sample_template_" + ProcessHandle.current().pid();
            create(server, template, "template0");
            load(
                    "--spring.datasource.url=" + server + template,
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password=",
                    "--kenpo.db=" + TemporaryDatabase.newPath("unused"));
            postgresqlTemplate = template;
        }
        create(server, database, postgresqlTemplate);
    }

    /** Creates {@code database} on the PostgreSQL server, empty (a migration's test). */
    static void createEmptyPostgresql(String server, String database) {
        create(server, database, "template0");
    }

    /** Runs the application without a web server, as {@code init} does: migrations, catalogue, sample data, accounts. */
    private static void load(String... properties) {
        List<String> args = new ArrayList<>(List.of(properties));
        args.add("--kenpo.sample-data=true");
        args.add("--spring.datasource.hikari.maximum-pool-size=2");
        // Closing the context closes the pool: an H2 file is complete on disk, a PostgreSQL template has no sessions
        // left (CREATE DATABASE … TEMPLATE refuses a template anyone is connected to).
        try (ConfigurableApplicationContext ignored = new SpringApplicationBuilder(KenpoKpiApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(args.toArray(String[]::new))) {
            // loaded by DatabaseInitializer while the context started
        }
    }

    private static void create(String server, String database, String template) {
        try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", "");
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database);
            sql.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE " + template);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL at " + server + " (system property " + TemporaryDatabase.POSTGRESQL + "): "
                            + e.getMessage(),
                    e);
        }
    }
}
