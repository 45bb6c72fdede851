package jp.kenpokpi.app.cli;

import static jp.kenpokpi.app.cli.CommandLineIT.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import jp.kenpokpi.app.TemporaryDatabase;
import jp.kenpokpi.app.cli.CommandLineIT.Run;
import org.junit.jupiter.api.Test;

/** ./kenpo-kpi import --budget: a branch's budget from a CSV file, refused as a whole when any row is wrong. */
class BudgetCommandLineIT {

    static final String HEADER = "branch_code,fiscal_year,section,category,item_no,item,budget,executed\n";

    @Test
    void importBudgetLoadsABranchsBudgetAndR7PrintsIt_aBadFileOrALockedYearSavesNothing() throws Exception {
        Path db = TemporaryDatabase.newPath("budget-cli");
        assertThat(run("init", "--db", db.toString(), "--no-sample-data").status())
                .isZero();
        Path good = Files.writeString(
                db.resolveSibling("akita-budget.csv"),
                HEADER + "05,2025,医療費適正化等予算,医療費適正化対策,1,情報提供,1910000,\"1,644,044\"\n"
                        + "05,2025,保健事業予算,健診経費,1,事業者健診,8888000,4102863円\n");
        Path bad = Files.writeString(
                db.resolveSibling("bad-budget.csv"), HEADER + "05,2025,保健事業予算,健診経費,2,集団健診,15251000,-5\n");

        Run rejected = run("import", "--db", db.toString(), "--budget", good.toString(), bad.toString());
        assertThat(rejected.status()).isEqualTo(1);
        assertThat(rejected.err()).contains("ファイル「" + bad + "」 2行目 列「executed」", "執行額として読めません", "データベースは変更していません");
        Run none = akitaR7(db, db.resolveSibling("none.html"));
        assertThat(none.status()).as("nothing of the good file was saved").isNotZero();
        assertThat(none.err()).contains("秋田支部の令和7年度の予算執行の記録がありません");

        Run imported = run("import", "--db", db.toString(), "--budget", good.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("予算執行 2行を取り込みました（取組 追加2・変更0・削除0、変更なし0）");
        Path html = db.resolveSibling("r7.html");
        Run report = akitaR7(db, html);
        assertThat(report.status()).as(report.err()).isZero();
        assertThat(Files.readString(html)).contains("秋田支部", "事業者健診", "8,888,000", "1,644,044", "86.1%");

        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db + ";AUTO_SERVER=TRUE", "sa", "");
                Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO fiscal_year_lock (org_code, fiscal_year, locked_by, locked_at) "
                    + "VALUES ('05', 2025, 'honbu', CURRENT_TIMESTAMP)");
        }
        Path changed = Files.writeString(
                db.resolveSibling("changed.csv"), HEADER + "05,2025,保健事業予算,健診経費,1,事業者健診,8888000,8888000\n");
        Run locked = run("import", "--db", db.toString(), "--budget", changed.toString());
        assertThat(locked.status()).isEqualTo(1);
        assertThat(locked.err())
                .contains(
                        "ファイル「" + changed + "」 2行目 列「fiscal_year」: 令和7年度は本部が確定（ロック）したため取り込めません（支部「05」）",
                        "データベースは変更していません");

        Run both = run("import", "--db", db.toString(), "--budget", "--plan", good.toString());
        assertThat(both.status()).isEqualTo(2);
        assertThat(both.err()).contains("--plan と --budget は一緒に指定できません");
        assertThat(run("--help").out()).contains("import   [--db PATH] --budget FILE.csv|FILE.xlsx...");
    }

    /** R7 of Akita's FY2025 written as HTML. */
    private static Run akitaR7(Path db, Path out) {
        return run(
                "report",
                "--db",
                db.toString(),
                "--report",
                "budget",
                "--branch",
                "05",
                "--year",
                "2025",
                "--format",
                "html",
                "--out",
                out.toString());
    }
}
