package jp.kenpokpi.app.result;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * An H2 database in memory for a migration test: the schema up to a version, rows written as they stood then, then
 * the migrations that follow.
 */
public final class MigratedDatabase {

    public final String url;

    public MigratedDatabase(String name) {
        this.url = "jdbc:h2:mem:" + name + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    }

    /** Migrates up to and including this version. */
    public MigratedDatabase migrateTo(String version) {
        flyway().target(version).load().migrate();
        return this;
    }

    /** Runs every migration not yet run. */
    public MigratedDatabase migrateToLatest() {
        flyway().load().migrate();
        return this;
    }

    /** Adds the branch the test rows belong to, 栃木支部 (09). */
    MigratedDatabase withTochigi() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO organisation (code, name_ja, prefecture_ja) VALUES ('09', '栃木支部', '栃木県')");
        }
        return this;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "sa", "");
    }

    private FluentConfiguration flyway() {
        return Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration");
    }
}
