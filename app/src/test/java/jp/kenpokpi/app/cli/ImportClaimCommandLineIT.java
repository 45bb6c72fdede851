package jp.kenpokpi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import jp.kenpokpi.app.TemporaryDatabase;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 (6): the command line keeps to one import at a time per branch and year as the web does, since the two may
 * share a database: while an import of Tochigi's FY2023 runs elsewhere (its claim in import_claim), ./kenpo-kpi import
 * of that year is refused with who runs it since when, exit status 1, nothing written; once the claim is gone it
 * imports, and leaves no claim behind.
 */
class ImportClaimCommandLineIT {

    @Test
    void anImportOfABranchYearAnotherImportHoldsIsRefusedThenRunsWhenItIsFree() throws Exception {
        Path db = TemporaryDatabase.withSampleData("claim-cli");
        Path csv = db.resolveSibling("tochigi.csv");
        Files.writeString(csv, """
                branch_code,fiscal_year,kpi_code,actual,numerator,denominator
                09,2023,EMPLOYER_CHECKUP_DATA_RATE,8.1%,#削除,#削除
                """, StandardCharsets.UTF_8);
        // A minute ago: the web server's import of tochigi, running.
        Instant claimed = Instant.now().minusSeconds(60);
        sql(
                db,
                "INSERT INTO import_claim (org_code, fiscal_year, claim_id, claimed_by, claimed_at) "
                        + "VALUES ('09', 2023, 'web', 'tochigi', ?)",
                claimed);

        CommandLineIT.Run refused = CommandLineIT.run("import", "--db", db.toString(), csv.toString());
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err())
                .startsWith("栃木支部 令和5年度は tochigi さんが ")
                .contains("から取り込み中です。終わってからもう一度取り込んでください（何も取り込んでいません）")
                .doesNotContain("Exception", "at ");
        assertThat(actual(db)).isEqualTo("8.9%");

        sql(db, "DELETE FROM import_claim WHERE claim_id = 'web'", null);
        CommandLineIT.Run ran = CommandLineIT.run("import", "--db", db.toString(), csv.toString());
        assertThat(ran.status()).as(ran.err()).isZero();
        assertThat(actual(db)).isEqualTo("8.1%");
        assertThat(count(db)).as("no claim left").isZero();
    }

    private static Connection connect(Path db) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + db + ";AUTO_SERVER=TRUE", "sa", "");
    }

    private static void sql(Path db, String statement, Instant at) throws SQLException {
        try (Connection c = connect(db);
                PreparedStatement s = c.prepareStatement(statement)) {
            if (at != null) s.setTimestamp(1, Timestamp.from(at));
            s.executeUpdate();
        }
    }

    private static String actual(Path db) throws SQLException {
        try (Connection c = connect(db);
                ResultSet r = c.createStatement()
                        .executeQuery("SELECT actual_text FROM kpi_result WHERE org_code = '09' AND fiscal_year = 2023 "
                                + "AND as_of = '' AND kpi_code = 'EMPLOYER_CHECKUP_DATA_RATE'")) {
            r.next();
            return r.getString(1);
        }
    }

    private static int count(Path db) throws SQLException {
        try (Connection c = connect(db);
                ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM import_claim")) {
            r.next();
            return r.getInt(1);
        }
    }
}
