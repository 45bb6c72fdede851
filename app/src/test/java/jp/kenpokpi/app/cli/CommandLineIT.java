package jp.kenpokpi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kenpokpi.app.KenpoKpi;
import jp.kenpokpi.app.TemporaryDatabase;
import jp.kenpokpi.csv.CsvParser;
import jp.kenpokpi.csv.CsvRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The command line as a user runs it: each call starts the application on its own H2 file, as ./kenpo-kpi does.
 */
public class CommandLineIT {

    /** One database with the sample data, shared by the read-only tests of this class. */
    static Path sampleDb;

    @BeforeAll
    static void createSampleDatabase() {
        sampleDb = TemporaryDatabase.newPath("sample");
        Run init = run("init", "--db", sampleDb.toString());
        assertThat(init.status).as(init.err).isZero();
    }

    public record Run(int status, String out, String err) {
        List<Map<String, String>> csv() {
            try {
                List<CsvRecord> records = CsvParser.parse(out);
                List<Map<String, String>> rows = new ArrayList<>();
                List<String> header = records.get(0).fields();
                for (CsvRecord r : records.subList(1, records.size())) {
                    Map<String, String> m = new LinkedHashMap<>();
                    for (int i = 0; i < header.size(); i++)
                        m.put(header.get(i), r.fields().get(i));
                    rows.add(m);
                }
                return rows;
            } catch (Exception e) {
                throw new AssertionError("not CSV: " + out, e);
            }
        }
    }

    /** The command line run in this JVM, as ./kenpo-kpi would run it: its exit status and what it printed. */
    public static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = KenpoKpi.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String fixture(String name) {
        try {
            return Path.of(CommandLineIT.class
                            .getResource("/interchange/" + name)
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void evaluateReproducesEveryPrintedMarkOfTheTochigiSummaryAsCsv() {
        Run run = run(
                "evaluate",
                "--db",
                sampleDb.toString(),
                "--branch",
                "09",
                "--year",
                "2023",
                "--policy",
                "exceeds",
                "--format",
                "csv");
        assertThat(run.status).as(run.err).isZero();
        List<Map<String, String>> rows = run.csv();
        assertThat(rows).hasSize(19);
        assertThat(rows.get(0).keySet())
                .contains(
                        "branch_code",
                        "fiscal_year",
                        "kpi_code",
                        "target",
                        "actual",
                        "achieved",
                        "mark",
                        "printed_mark",
                        "national_value",
                        "national_rank");
        for (Map<String, String> row : rows) {
            assertThat(row.get("mark"))
                    .as(row.get("kpi_code") + ": " + row.get("reason"))
                    .isEqualTo(row.get("printed_mark"));
            assertThat(row.get("achieved")).isIn("true", "false");
        }
        Map<String, String> lifestyle = rows.stream()
                .filter(r -> r.get("kpi_code").equals("LIFESTYLE_CHECKUP_RATE"))
                .findFirst()
                .orElseThrow();
        assertThat(lifestyle)
                .containsEntry("target", "71.7%以上")
                .containsEntry("actual", "72.2%")
                .containsEntry("mark", "◎")
                .containsEntry("national_value", "57.7%")
                .containsEntry("achieved", "true");
        assertThat(Integer.parseInt(lifestyle.get("national_rank"))).isBetween(1, 47);
    }

    @Test
    void evaluateAsATableNamesTheBranchTheYearAndTheMarkCounts() {
        Run run = run("evaluate", "--db", sampleDb.toString(), "--branch", "09", "--year", "令和5年度");
        assertThat(run.status).as(run.err).isZero();
        assertThat(run.out).contains("栃木支部 令和5年度（2023年度）", "生活習慣病予防健診実施率", "◎ 5", "○ 8", "△ 6", "判定の理由");
    }

    @Test
    void evaluateAsJsonCarriesTheSameColumns() {
        Run run = run("evaluate", "--db", sampleDb.toString(), "--branch", "09", "--year", "2023", "--format", "json");
        assertThat(run.status).as(run.err).isZero();
        assertThat(run.out)
                .startsWith("[")
                .contains("\"kpi_code\": \"SINGLE_BID_RATE\"", "\"printed_mark\": \"◎\"", "\"achieved\": \"true\"");
    }

    /** Akita's plan (shared/seeds/akita-fy2025-business-plan.txt, 参考：令和５年度ＫＰＩ及び結果). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"00", "02", "03", "04", "05", "06", "07"})
    void eachOrganisationOfTheAkitaReferenceTableHasItsFy2023AchievementsListed(String org) {
        Run run = run("evaluate", "--db", sampleDb.toString(), "--branch", org, "--year", "2023", "--format", "csv");
        assertThat(run.status).as(run.err).isZero();
        List<Map<String, String>> rows = run.csv();
        long judged = rows.stream().filter(r -> !r.get("achieved").isEmpty()).count();
        assertThat(judged).as("KPIs with an achievement for %s", org).isGreaterThanOrEqualTo(15);
        Map<String, String> checkup = rows.stream()
                .filter(r -> r.get("kpi_code").equals("LIFESTYLE_CHECKUP_RATE"))
                .findFirst()
                .orElseThrow();
        assertThat(checkup.get("target")).isNotEmpty();
        assertThat(checkup.get("actual")).isNotEmpty();
    }

    @Test
    void akitaMissedItsLifestyleCheckupTargetAndTheAssociationMissedItsOwn() {
        Map<String, String> akita = row("05", "2023", "LIFESTYLE_CHECKUP_RATE");
        assertThat(akita)
                .containsEntry("target", "55.7%")
                .containsEntry("actual", "56.8%")
                .containsEntry("achieved", "true");
        Map<String, String> association = row("00", "2023", "LIFESTYLE_CHECKUP_RATE");
        assertThat(association)
                .containsEntry("target", "63.9%")
                .containsEntry("actual", "57.7%")
                .containsEntry("achieved", "false");
    }

    private Map<String, String> row(String org, String year, String kpi) {
        Run run = run("evaluate", "--db", sampleDb.toString(), "--branch", org, "--year", year, "--format", "csv");
        assertThat(run.status).as(run.err).isZero();
        return run.csv().stream()
                .filter(r -> r.get("kpi_code").equals(kpi))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anotherBranchsYearEndReportImportsIntoAnEmptyDatabaseAndItsPrintedMarksAreReproducedUnderLargeMargin() {
        Path db = emptyDatabase("empty");
        Run imported = run("import", "--db", db.toString(), fixture("kagawa-fy2023-yearend.csv"));
        assertThat(imported.status).as(imported.err).isZero();
        assertThat(imported.out).contains("16行を取り込みました");

        Run run = evaluateKagawa(db, "large-margin");
        assertThat(run.status).as(run.err).isZero();
        List<Map<String, String>> printed =
                run.csv().stream().filter(r -> !r.get("printed_mark").isEmpty()).toList();
        assertThat(printed).hasSize(12);
        for (Map<String, String> row : printed) {
            assertThat(row.get("mark"))
                    .as(row.get("kpi_code") + ": " + row.get("reason"))
                    .isEqualTo(row.get("printed_mark"));
        }
        Run exceeds = evaluateKagawa(db, "exceeds");
        assertThat(exceeds.csv().stream()
                        .filter(r -> !r.get("printed_mark").isEmpty())
                        .anyMatch(r -> !r.get("mark").equals(r.get("printed_mark"))))
                .as("the other preset judges differently")
                .isTrue();
    }

    @Test
    void theSameFileImportedTwiceChangesNothingTheSecondTimeAndSaysSo() {
        Path db = emptyDatabase("twice");
        Run first = run("import", "--db", db.toString(), fixture("kagawa-fy2023-yearend.csv"));
        assertThat(first.status).as(first.err).isZero();

        Run again = run("import", "--db", db.toString(), fixture("kagawa-fy2023-yearend.csv"));

        assertThat(again.status).as(again.err).isZero();
        assertThat(again.out).contains("このファイルの値はすべて登録済みでした。何も変わっていません（16行すべて変更なし。取込#2として取込履歴に残しました）");
    }

    /** Kagawa's FY2023 judged under a preset, as CSV. */
    private static Run evaluateKagawa(Path db, String policy) {
        return run(
                "evaluate",
                "--db",
                db.toString(),
                "--branch",
                "37",
                "--year",
                "2023",
                "--policy",
                policy,
                "--format",
                "csv");
    }

    /** A new database with the catalogue and no sample data. */
    private static Path emptyDatabase(String name) {
        Path db = TemporaryDatabase.newPath(name);
        assertThat(run("init", "--db", db.toString(), "--no-sample-data").status)
                .isZero();
        return db;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad-number.csv     | 3行目 | 列「actual」      | 8.x%
            unknown-kpi.csv    | 3行目 | 列「kpi_code」    | NO_SUCH_KPI
            unknown-column.csv | 1行目 | 列「comment」     | 知らない列
            duplicate-row.csv  | 4行目 | 列「kpi_code」    | 重複
            shift-jis.csv      | 2行目 | 列「actual」      | UTF-8
            empty.csv          | 1行目 | 空               | 見出し行
            """)
    void aMalformedFileIsRejectedNamingFileRowAndColumnAndNothingIsSaved(
            String file, String line, String column, String detail) throws IOException {
        Path db = emptyDatabase("reject");
        Path good = Files.writeString(
                db.resolveSibling("good.csv"),
                "branch_code,fiscal_year,kpi_code,target,actual\n09,2023,DEPENDENT_GUIDANCE_RATE,18.9%以上,19.9%\n");

        Run rejected = run("import", "--db", db.toString(), good.toString(), fixture(file));

        assertThat(rejected.status).isEqualTo(1);
        assertThat(rejected.err).contains("ファイル「", file, line, column, detail, "データベースは変更していません");
        Run after = run("evaluate", "--db", db.toString(), "--branch", "09", "--year", "2023", "--format", "csv");
        assertThat(after.csv())
                .allMatch(r -> r.get("actual").isEmpty() && r.get("target").isEmpty());
    }

    @Test
    void importPlanReplacesThePlansOfTheFileAndARejectedPlanFileSavesNothing() throws Exception {
        Path db = emptyDatabase("plan");
        String plan = Path.of(CommandLineIT.class
                        .getResource("/plan/tochigi-fy2024-plan-fixture.csv")
                        .toURI())
                .toString();
        Path bad = Files.writeString(
                db.resolveSibling("bad-plan.csv"),
                "branch_code,fiscal_year,record,area,measure_no,mark\n" + "09,2024,measure,基盤的保険者機能,1,◎\n");

        Run rejected = run("import", "--db", db.toString(), "--plan", plan, bad.toString());
        assertThat(rejected.status).isEqualTo(1);
        assertThat(rejected.err).contains("ファイル「" + bad + "」 2行目 列「mark」: 施策の行には書けない列です", "データベースは変更していません");

        Run imported = run("import", "--db", db.toString(), "--plan", plan);
        assertThat(imported.status).as(imported.err).isZero();
        assertThat(imported.out).contains("事業計画 13行（1計画）を取り込みました（施策 追加4・変更0・削除0、変更なし0）");
        Run again = run("import", "--db", db.toString(), "--plan", plan);
        assertThat(again.out).contains("（施策 追加0・変更0・削除0、変更なし4）");
        // The same plan as the Excel template reads as the same plan: nothing changes.
        jp.kenpokpi.plan.BusinessPlan fixture = new jp.kenpokpi.plan.PlanCsv(
                        jp.kenpokpi.catalogue.CatalogueCsv.reference())
                .read(List.of(new jp.kenpokpi.interchange.InterchangeFile("f.csv", Files.readAllBytes(Path.of(plan)))))
                .plans()
                .get(0);
        Path xlsx =
                Files.write(db.resolveSibling("plan.xlsx"), jp.kenpokpi.app.plan.PlanWorkbook.write(List.of(fixture)));
        Run workbook = run("import", "--db", db.toString(), "--plan", xlsx.toString());
        assertThat(workbook.status).as(workbook.err).isZero();
        assertThat(workbook.out).contains("（施策 追加0・変更0・削除0、変更なし4）");

        Run noFile = run("import", "--db", db.toString(), "--plan");
        assertThat(noFile.status).isEqualTo(2);
        assertThat(noFile.err).contains("取り込むCSVファイルを指定してください");
        assertThat(run("--help").out).contains("import   [--db PATH] --plan FILE.csv|FILE.xlsx...");
    }

    @Test
    void rankListsAllBranchesWithTheAssociationWideValue() {
        Run run = run("rank", "--db", sampleDb.toString(), "--year", "2023", "--kpi", "LIFESTYLE_CHECKUP_RATE");
        assertThat(run.status).as(run.err).isZero();
        assertThat(run.out).contains("生活習慣病予防健診実施率", "協会全体（算出）", "公表値: 57.7%", "全国1位", "09 栃木支部", "架空");
        Run csv = run(
                "rank",
                "--db",
                sampleDb.toString(),
                "--year",
                "2023",
                "--kpi",
                "LIFESTYLE_CHECKUP_RATE",
                "--format",
                "csv");
        List<Map<String, String>> rows = csv.csv();
        assertThat(rows).hasSize(47);
        assertThat(rows.get(0)).containsEntry("rank", "1");
    }

    @Test
    void theInterimViewShowsHeadquartersHalfYearResultsAgainstTheSameMonthLastYearAndLastYearsFinal() {
        Run run = run(
                "evaluate",
                "--db",
                sampleDb.toString(),
                "--branch",
                "00",
                "--year",
                "2021",
                "--as-of",
                "2021-09",
                "--format",
                "csv");
        assertThat(run.status).as(run.err).isZero();
        Map<String, String> checkup = run.csv().stream()
                .filter(r -> r.get("kpi_code").equals("LIFESTYLE_CHECKUP_RATE"))
                .findFirst()
                .orElseThrow();
        // shared/seeds/hq-fy2021-first-half-status.txt l.562-566: 21.5％（令和３年９月末時点）, 17.7％（前年同月末時点）, 51.0%（前年度最終結果）
        assertThat(checkup.get("actual")).isIn("21.5％", "21.5%");
        assertThat(checkup.get("same_month_last_year")).isIn("17.7％", "17.7%");
        assertThat(checkup.get("last_year_final")).isEqualTo("51.0%");
        Map<String, String> review = run.csv().stream()
                .filter(r -> r.get("kpi_code").equals("RECEIPT_REVIEW_RATE"))
                .findFirst()
                .orElseThrow();
        // l.322-328: 0.320%（令和３年８月末時点）, 0.301%（前年同月末時点）, 0.318%（前年度最終結果）
        assertThat(review)
                .containsEntry("actual_as_of", "2021-08")
                .containsEntry("same_month_last_year_as_of", "2020-08");
        assertThat(review.get("last_year_final")).isEqualTo("0.318%");
    }

    /** Issue 8 (14): the interim table's headings name the year 令和3年度, as the pages and R5 do, never R3年度. */
    @Test
    void theInterimTableNamesTheYearInFull() {
        Run run = run("evaluate", "--db", sampleDb.toString(), "--branch", "00", "--as-of", "2021-09");
        assertThat(run.status).as(run.err).isZero();
        assertThat(run.out).contains("令和3年度 実績").doesNotContain("R3年度");
    }

    @Test
    void mistakesInTheCallAreExplainedInJapaneseWithExitStatusTwo() {
        Run unknown = run("evaluate", "--db", sampleDb.toString(), "--branch", "99", "--year", "2023");
        assertThat(unknown.status).isEqualTo(2);
        assertThat(unknown.err).contains("支部コードではありません");
        Run policy =
                run("evaluate", "--db", sampleDb.toString(), "--branch", "09", "--year", "2023", "--policy", "lenient");
        assertThat(policy.status).isEqualTo(2);
        assertThat(policy.err).contains("--policy");
        Run missing = run("import", "--db", sampleDb.toString(), "/no/such/file.csv");
        assertThat(missing.status).isNotZero();
        assertThat(missing.err).contains("/no/such/file.csv");
    }

    @ParameterizedTest(name = "report --format {0}")
    @CsvSource({"pdf, %PDF-", "xlsx, PK", "html, <!DOCTYPE html>"})
    void reportWritesTheTochigiBookByDefaultInEachFormat(String format, String start) throws IOException {
        Path file = Files.createTempDirectory("kenpo-report").resolve("book." + format);
        Run run = report(file, "--branch 09 --year 2023 --format " + format);
        assertThat(run.err).contains("令和5年度 栃木支部 事業計画実施状況報告書 を", file.toString());
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, 0, start.length(), StandardCharsets.ISO_8859_1))
                .isEqualTo(start);
        if (format.equals("html")) {
            assertThat(new String(bytes, StandardCharsets.UTF_8))
                    .contains(
                            "id=\"book-contents\"",
                            "令和5年度 栃木支部事業計画実施状況（概要）",
                            "生活習慣病予防健診実施率",
                            "72.2%",
                            "◎",
                            "令和5年度 栃木支部 保険者機能強化予算の執行状況");
        }
        if (format.equals("xlsx")) {
            try (var workbook =
                    new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
                assertThat(workbook.getSheetName(0)).isEqualTo("表紙");
                assertThat(workbook.getSheetName(1)).isEqualTo("KPI実施状況");
            }
        }
    }

    @Test
    void reportWritesOneReportTheBranchBookAndTheAssociationBookOnRequest() throws IOException {
        Path dir = Files.createTempDirectory("kenpo-report");
        Run summary = report(dir.resolve("s.html"), "--report kpi-summary --branch 09 --year 2023 --format html");
        assertThat(summary.err).contains("令和5年度 栃木支部事業計画実施状況（概要） を");
        assertThat(Files.readString(dir.resolve("s.html"))).contains("72.2%").doesNotContain("book-contents");
        report(dir.resolve("b.html"), "--report book --branch 09 --year 2023 --format html");
        assertThat(Files.readString(dir.resolve("b.html"))).contains("id=\"book-cover\"");
        Run all = report(dir.resolve("all.xlsx"), "--report association-book --year 2023 --format xlsx");
        assertThat(all.err).contains("令和5年度 全支部 事業計画実施状況（概要） を");
        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(dir.resolve("all.xlsx")))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(48);
            assertThat(workbook.getSheetName(47)).isEqualTo("沖縄");
        }
        Run unknown = reportTo(dir.resolve("x.pdf"), "--report books --year 2023 --format pdf");
        assertThat(unknown.status).isNotZero();
        assertThat(unknown.err)
                .contains(
                        "--report は book、association-book、kpi-summary、plan-result、plan-overview、kpi-list、comparison、interim、budget、incentive、incentive-branch、performance-branch、performance-all のいずれかです: books");
        Run unreasoned = reportTo(dir.resolve("r6.pdf"), "--report kpi-list --branch 09 --year 2023 --format pdf");
        assertThat(unreasoned.status).isNotZero();
        assertThat(unreasoned.err).contains("栃木支部 令和5年度: この年度の事業計画にはKPIの設定に当たっての考え方が記載されていません");
    }

    /** report on the sample database into {@code out} with the options as typed, which must succeed. */
    private static Run report(Path out, String options) {
        Run run = reportTo(out, options);
        assertThat(run.status).as(run.err).isZero();
        return run;
    }

    /** report on the sample database into {@code out} with the options as typed (words apart), as it answers. */
    private static Run reportTo(Path out, String options) {
        List<String> args = new ArrayList<>(List.of("report", "--db", sampleDb.toString()));
        args.addAll(List.of(options.split(" ")));
        args.addAll(List.of("--out", out.toString()));
        return run(args.toArray(String[]::new));
    }

    @Test
    void reportWritesTheComparisonAndTheInterimStatus() throws IOException {
        Path dir = Files.createTempDirectory("kenpo-report");
        Run comparison = report(dir.resolve("c.html"), "--report comparison --year 2023 --block tohoku --format html");
        assertThat(Files.readString(dir.resolve("c.html")))
                .contains("KPI実績の支部間比較（協会全体・東北ブロック）", "data-column=\"actual-05\">56.8% ◎");
        Run interim = report(dir.resolve("i.html"), "--report interim --branch 00 --as-of 2021-09 --format html");
        assertThat(Files.readString(dir.resolve("i.html")))
                .contains("KPIの実施状況（令和3年9月末時点）", "data-column=\"latest\">21.5%");
        Run unknown = reportTo(dir.resolve("x.pdf"), "--report comparison --year 2023 --block mars --format pdf");
        assertThat(unknown.status).isNotZero();
        assertThat(unknown.err).contains("ブロック「mars」はありません");
    }

    @Test
    void reportWritesTheBudgetExecutionOfABranchWithABudgetAndSaysWhyNotForOneWithout() throws IOException {
        Path dir = Files.createTempDirectory("kenpo-report");
        Run budget = report(dir.resolve("r7.html"), "--report budget --branch 09 --year 2023 --format html");
        assertThat(budget.err).contains("令和5年度 栃木支部 保険者機能強化予算の執行状況");
        assertThat(Files.readString(dir.resolve("r7.html"))).contains("保険者機能強化予算の執行状況", "12,586,000");
        Run none = reportTo(dir.resolve("none.pdf"), "--report budget --branch 01 --year 2023 --format pdf");
        assertThat(none.status).isEqualTo(2);
        assertThat(none.err).contains("北海道支部の令和5年度の予算執行の記録がありません");
        assertThat(dir.resolve("none.pdf")).doesNotExist();
    }

    /** The report kinds and their options come from the report registry, in its order, R6 with Akita's example. */
    @Test
    void reportListsTheKindsOfTheRegistryWithTheirOptions() {
        Run list = run("report", "--db", sampleDb.toString(), "--report", "list");
        assertThat(list.status).as(list.err).isZero();
        assertThat(list.out)
                .containsSubsequence(
                        "book（既定）:",
                        "--branch 09 --year 2023",
                        "報告書一式",
                        "association-book:",
                        "kpi-summary:",
                        "事業計画実施状況（概要）",
                        "plan-result:",
                        "plan-overview:",
                        "kpi-list:",
                        "--branch 05 --year 2025",
                        "comparison:",
                        "--year 2023 [--block TOHOKU|…|ALL]",
                        "interim:",
                        "--branch 09 --as-of YYYY-MM|latest",
                        "budget:",
                        "保険者機能強化予算の執行状況");
    }

    @Test
    void reportRefusesAnUnknownFormat() {
        Run run = reportTo(Path.of("x.docx"), "--branch 09 --year 2023 --format docx");
        assertThat(run.status).isNotZero();
        assertThat(run.err).contains("--format は pdf、xlsx、html のいずれかです: docx");
    }
}
