package jp.kenpokpi.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.flywaydb.core.Flyway;
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

    private final SingleConnectionDataSource db =
            new SingleConnectionDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", true);
    private final JdbcClient jdbc = JdbcClient.create(db);

    @Test
    void aNewDatabaseIsMigratedToTheJarsScripts() {
        SchemaVersion.migrateIfBehind(db, LOCATIONS);

        assertThat(SchemaVersion.applied(db))
                .isEqualTo(SchemaVersion.shipped(LOCATIONS))
                .contains(MigrationVersion.fromVersion("5"));
        assertThat(jdbc.sql("select count(*) from kpi_result")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aDatabaseAtTheJarsVersionIsNotHandedToFlyway() {
        SchemaVersion.migrateIfBehind(db, LOCATIONS);
        // Flyway's validation would refuse this history (a checksum that does not match the script).
        jdbc.sql("update \"flyway_schema_history\" set \"checksum\" = 1 where \"version\" = '1'")
                .update();

        SchemaVersion.migrateIfBehind(db, LOCATIONS);

        assertThat(SchemaVersion.applied(db)).isEqualTo(SchemaVersion.shipped(LOCATIONS));
    }

    @Test
    void aDatabaseBehindTheJarIsMigratedAndAFailedMigrationIsFlywaysToReport() {
        migrateUpTo("4"); // as a release before the business plan left it

        SchemaVersion.migrateIfBehind(db, LOCATIONS);

        assertThat(jdbc.sql("select count(*) from plan_measure")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(SchemaVersion.applied(db)).isEqualTo(SchemaVersion.shipped(LOCATIONS));
        jdbc.sql("update \"flyway_schema_history\" set \"success\" = false where \"version\" = '5'")
                .update();
        assertThatThrownBy(() -> SchemaVersion.migrateIfBehind(db, LOCATIONS)).isInstanceOf(FlywayException.class);
    }

    @Test
    void aJavaMigrationCountsAsShippedSoADatabaseWithoutItIsMigrated() {
        MigrationVersion javaMigration =
                MigrationVersion.fromVersion("7"); // db/migration/V7__judge_result_values_typed
        assertThat(SchemaVersion.shipped(LOCATIONS)).contains(javaMigration);
        migrateUpTo("6");

        SchemaVersion.migrateIfBehind(db, LOCATIONS);

        assertThat(SchemaVersion.applied(db)).contains(javaMigration);
        assertThat(jdbc.sql("select count(actual_kind) from kpi_result")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private void migrateUpTo(String version) {
        Flyway.configure()
                .dataSource(db)
                .locations(LOCATIONS)
                .target(version)
                .load()
                .migrate();
    }
}
