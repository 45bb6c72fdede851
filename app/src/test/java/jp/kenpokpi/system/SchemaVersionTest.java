package jp.kenpokpi.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A command runs Flyway only when the database's migration history differs from the jar's scripts; a database that
 * is up to date is not checked again (a changed checksum, which Flyway's validation would refuse, goes unnoticed by a
 * command: the web application's start still validates).
 */
class SchemaVersionTest {

    private static final String LOCATIONS = "classpath:db/migration";

    private final SingleConnectionDataSource db = new SingleConnectionDataSource(
            "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", true);
    private final JdbcClient jdbc = JdbcClient.create(db);

    @Test
    void aNewDatabaseIsMigratedToTheJarsScripts() {
        SchemaVersion.migrateIfBehind(db, LOCATIONS);

        assertThat(SchemaVersion.applied(db)).isEqualTo(SchemaVersion.shipped(LOCATIONS)).contains(MigrationVersion.fromVersion("5"));
        assertThat(jdbc.sql("select count(*) from kpi_result").query(Integer.class).single()).isZero();
    }

    @Test
    void aDatabaseAtTheJarsVersionIsNotHandedToFlyway() {
        SchemaVersion.migrateIfBehind(db, LOCATIONS);
        // Flyway's validation would refuse this history (a checksum that does not match the script).
        jdbc.sql("update \"flyway_schema_history\" set \"checksum\" = 1 where \"version\" = '1'").update();

        SchemaVersion.migrateIfBehind(db, LOCATIONS);

        assertThat(SchemaVersion.applied(db)).isEqualTo(SchemaVersion.shipped(LOCATIONS));
    }

    @Test
    void aDatabaseBehindTheJarIsMigratedAndAFailedMigrationIsFlywaysToReport() {
        SchemaVersion.migrateIfBehind(db, LOCATIONS);
        jdbc.sql("drop table plan_action").update();
        jdbc.sql("drop table plan_kpi").update();
        jdbc.sql("drop table plan_measure").update();
        jdbc.sql("delete from \"flyway_schema_history\" where \"version\" = '5'").update();

        SchemaVersion.migrateIfBehind(db, LOCATIONS);

        assertThat(jdbc.sql("select count(*) from plan_measure").query(Integer.class).single()).isZero();
        jdbc.sql("update \"flyway_schema_history\" set \"success\" = false where \"version\" = '5'").update();
        assertThatThrownBy(() -> SchemaVersion.migrateIfBehind(db, LOCATIONS)).isInstanceOf(FlywayException.class);
    }
}
