package jp.kenpokpi.app.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Flyway checks the schema against every migration at each start (it lists and reads the scripts, loads its plugins,
 * validates the history): a few hundred milliseconds of a command that answers in about a second. A command first
 * compares the versions in Flyway's history table with the versioned scripts in the jar and runs Flyway only when
 * they differ or a migration failed: a new database, one an older release made, or one a newer release has touched.
 * The web application keeps Flyway's full check at its start.
 */
public final class SchemaVersion {

    private static final Pattern VERSIONED = Pattern.compile("V(.+?)__[^$]*\\.(sql|class)");

    private SchemaVersion() {}

    public static void migrateIfBehind(DataSource dataSource, String locations) {
        if (!applied(dataSource).equals(shipped(locations))) {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations(locations.split(","))
                    .load()
                    .migrate();
        }
    }

    /** The version the application's migrations bring a database to: the highest of the scripts it ships. */
    public static MigrationVersion latestShipped(String locations) {
        return shipped(locations).stream().max(MigrationVersion::compareTo).orElse(MigrationVersion.EMPTY);
    }

    /** The highest version the database records as migrated; empty for a database without a schema yet. */
    public static java.util.Optional<MigrationVersion> current(DataSource dataSource) {
        return applied(dataSource).stream().max(MigrationVersion::compareTo);
    }

    /**
     * The versions of the migrations Flyway would run, by their file names (V5__business_plan.sql is 5): the SQL
     * scripts and the Java migrations compiled into the same folder (db/migration/V7__….class), which read old rows
     * with the domain's own parser.
     */
    static Set<MigrationVersion> shipped(String locations) {
        Set<MigrationVersion> versions = new HashSet<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            for (String location : locations.split(",")) {
                // The scripts are in the application's jar: Spring's classpath: reads the first folder of that name,
                // where classpath*: would open every jar of the class path. Flyway's filesystem: is Spring's file:.
                String folder = location.trim().replaceFirst("^filesystem:", "file:");
                for (Resource script : resolver.getResources(folder + "/V*")) {
                    Matcher m = VERSIONED.matcher(script.getFilename());
                    if (m.matches())
                        versions.add(MigrationVersion.fromVersion(m.group(1).replace('_', '.')));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return versions;
    }

    /** The versions the database records as migrated; empty when it has no history yet or any migration failed. */
    static Set<MigrationVersion> applied(DataSource dataSource) {
        Set<MigrationVersion> versions = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("select \"version\", \"success\" from \"flyway_schema_history\"")) {
            while (rows.next()) {
                if (!rows.getBoolean(2)) return Set.of();
                String version = rows.getString(1);
                if (version != null) versions.add(MigrationVersion.fromVersion(version));
            }
        } catch (SQLException e) {
            return Set.of(); // no history table: a new database, which Flyway creates
        }
        return versions;
    }
}
