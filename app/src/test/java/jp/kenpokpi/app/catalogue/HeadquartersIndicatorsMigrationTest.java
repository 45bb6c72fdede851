package jp.kenpokpi.app.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import jp.kenpokpi.app.result.MigratedDatabase;
import jp.kenpokpi.catalogue.Kpi;
import jp.kenpokpi.catalogue.KpiCatalogue;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V20: a database whose catalogue was stored before headquarters' indicators existed gets them after its KPIs, flagged;
 * a new database gets them with the rest of the catalogue at its first start, not from the migration.
 */
class HeadquartersIndicatorsMigrationTest {

    @Test
    void a_stored_catalogue_gains_the_shipped_indicators_after_its_kpis() throws SQLException {
        MigratedDatabase db = new MigratedDatabase("indicators").migrateTo("19");
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            for (int i = 0; i < 2; i++) {
                s.executeUpdate("INSERT INTO kpi_definition (kpi_code, valid_from_fy, area_ja, group_ja, name_ja, unit,"
                        + " direction, decimals, numerator_ja, denominator_ja, definition_note_ja, catalogue_order)"
                        + " VALUES ('K" + i + "', 2021, '領域', 'G', '名前" + i + "', '%', 'higher', 1, '分子', '分母', '', "
                        + (i * 10)
                        + ")");
            }
        }

        db.migrateToLatest();

        KpiCatalogue catalogue = new CatalogueRepository(JdbcClient.create(dataSource(db))).load();
        assertThat(catalogue.kpis()).extracting(Kpi::code).containsExactly("K0", "K1");
        assertThat(catalogue.headquartersIndicators())
                .extracting(Kpi::code)
                .containsExactly("GUIDANCE_TARGET_REDUCTION_RATE");
        Kpi reduction = catalogue.get("GUIDANCE_TARGET_REDUCTION_RATE");
        assertThat(reduction.versions().get(0).nameJa()).isEqualTo("特定保健指導対象者の減少率");
        assertThat(reduction.versions().get(0).definitionFy()).isEqualTo(2018);
        assertThat(JdbcClient.create(dataSource(db))
                        .sql(
                                "SELECT catalogue_order FROM kpi_definition WHERE kpi_code = 'GUIDANCE_TARGET_REDUCTION_RATE'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(11);
    }

    @Test
    void an_empty_catalogue_is_left_to_the_first_start() throws SQLException {
        MigratedDatabase db = new MigratedDatabase("indicators-new").migrateToLatest();

        assertThat(JdbcClient.create(dataSource(db))
                        .sql("SELECT COUNT(*) FROM kpi_definition")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private static SingleConnectionDataSource dataSource(MigratedDatabase db) {
        return new SingleConnectionDataSource(db.url, "sa", "", true);
    }
}
