package jp.kenpokpi.app.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import jp.kenpokpi.app.audit.DataVersion;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.result.StoredResult;
import jp.kenpokpi.value.PrintedValue;
import jp.kenpokpi.value.Unit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A result's value is parsed once, where it comes in; storage keeps the number (with the decimals printed) and the
 * text, and loading reads the number. Rows stored before are parsed once by the V7 migration.
 */
class ResultValueStorageTest {

    private final MigratedDatabase db = new MigratedDatabase("values");

    @Test
    void rows_stored_as_text_only_get_their_typed_value_from_the_migration() throws SQLException {
        db.migrateTo("6").withTochigi();
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            String[] texts = {"０．３７０％", "6,535円", "実施", "未実施", "41支部", null};
            for (int i = 0; i < texts.length; i++) {
                s.executeUpdate(
                        "INSERT INTO kpi_result (org_code, fiscal_year, as_of, kpi_code, definition_fy, actual_text,"
                                + " actual_value, synthetic, version, changed_by, changed_at) VALUES ('09', 2023, '', 'K"
                                + i + "', 2021, "
                                + (texts[i] == null ? "NULL" : "'" + texts[i] + "'")
                                + ", 99, FALSE, 0, 'test', CURRENT_TIMESTAMP)");
            }
        }
        db.migrateToLatest();

        assertThat(loaded("K0")).isEqualTo(new PrintedValue.Amount(new BigDecimal("0.370"), Optional.of(Unit.PERCENT)));
        assertThat(loaded("K1")).isEqualTo(new PrintedValue.Amount(new BigDecimal("6535"), Optional.of(Unit.YEN)));
        assertThat(loaded("K2")).isEqualTo(new PrintedValue.Done(true));
        assertThat(loaded("K3")).isEqualTo(new PrintedValue.Done(false));
        assertThat(loaded("K4")).isEqualTo(new PrintedValue.BranchCount(41));
        assertThat(loaded("K5")).isEqualTo(new PrintedValue.NotYet());
    }

    @Test
    void loading_reads_the_stored_number_not_the_text() throws SQLException {
        db.migrateToLatest().withTochigi();
        PrintedValue printed = new PrintedValue.Amount(new BigDecimal("72.20"), Optional.of(Unit.PERCENT));
        repository()
                .insertResult(
                        new StoredResult(
                                OrgCode.of("09"),
                                FiscalYear.of(2023),
                                Optional.empty(),
                                "K",
                                2021,
                                Optional.of("７２．２０％"),
                                Result.of(printed),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                false,
                                Optional.empty(),
                                Optional.empty()),
                        "test",
                        Instant.now(),
                        null);
        assertThat(loaded("K")).as("the number with the decimals printed").isEqualTo(printed);

        // Were the text read again, this would be 10.0%: the stored number stands.
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE kpi_result SET actual_text = '10.0%' WHERE kpi_code = 'K'");
        }
        assertThat(loaded("K")).isEqualTo(printed);
    }

    private PrintedValue loaded(String kpiCode) {
        return repository()
                .findResult(OrgCode.of("09"), FiscalYear.of(2023), Optional.empty(), kpiCode, 2021)
                .orElseThrow()
                .value()
                .result()
                .value();
    }

    private KpiRecordRepository repository() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(db.url);
        ds.setUser("sa");
        JdbcClient jdbc = JdbcClient.create(ds);
        return new KpiRecordRepository(jdbc, new DataVersion(jdbc), ds);
    }
}
