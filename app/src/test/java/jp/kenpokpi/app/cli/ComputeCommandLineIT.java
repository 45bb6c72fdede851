package jp.kenpokpi.app.cli;

import static jp.kenpokpi.app.cli.CommandLineIT.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.kenpokpi.app.TemporaryDatabase;
import jp.kenpokpi.app.TemporaryFolders;
import jp.kenpokpi.app.cli.CommandLineIT.Run;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code ./kenpo-kpi compute} on the records module's proof data set (records/src/test/resources/proof: three
 * branches, every figure worked by hand in records' RecordsEngineProofTest), into an empty database: without --apply it
 * shows what it would store and stores nothing; with --apply the figures are results with their source, the
 * association's is Σ numerators ÷ Σ denominators, a prior year is restated under the later definition, the change log
 * says 記録から算出, and running it again changes nothing.
 */
class ComputeCommandLineIT {

    /** The proof data set, as the Maven build lays out the modules (the tests run in app/). */
    private static final Path PROOF = Path.of("..", "records", "src", "test", "resources", "proof");

    static String db;
    static JdbcClient jdbc;
    static Path data;

    @BeforeAll
    static void emptyDatabaseAndASyntheticCopyOfTheProof() throws IOException {
        if (!System.getProperty(TemporaryDatabase.POSTGRESQL, "").isBlank()) {
            // The command line reads its database user as the application does (spring.datasource.username).
            System.setProperty("spring.datasource.username", TemporaryDatabase.user());
        }
        db = TemporaryDatabase.emptyDb("compute");
        Run init = run("init", "--db", db, "--no-sample-data");
        assertThat(init.status()).as(init.err()).isZero();
        jdbc = JdbcClient.create(
                new DriverManagerDataSource(TemporaryDatabase.jdbcUrl(db), TemporaryDatabase.user(), ""));
        data = syntheticCopyOfTheProof("kenpo-compute-");
    }

    /**
     * The proof's CSV files copied to a new folder named proof, with a README that says 架空 on its first line as the
     * generator's does: the proof's figures are invented too.
     */
    static Path syntheticCopyOfTheProof(String prefix) throws IOException {
        Path copy = TemporaryFolders.make(prefix).resolve("proof");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(PROOF)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Files.writeString(copy.resolve("README.txt"), "架空の記録データセット（検証用）\n", StandardCharsets.UTF_8);
        return copy;
    }

    @AfterAll
    static void forgetTheUser() {
        System.clearProperty("spring.datasource.username");
    }

    @Test
    void without_apply_it_shows_what_it_would_store_and_stores_nothing_then_apply_stores_it_once() {
        Run preview = computeLifestyle2023();
        assertThat(preview.status()).as(preview.err()).isZero();
        assertThat(preview.out())
                .contains("令和5年度（2023年度）を記録から算出しました")
                .contains("架空")
                .contains("追加 栃木支部 令和5年度 生活習慣病予防健診実施率")
                .contains("実績: 60.3%、分子: 44、分母: 73")
                .contains("追加 栃木支部 令和5年度 生活習慣病予防健診実施率（2024年度からの定義） 実績　実績: 58.9%")
                .contains("保存するには --apply を付けて")
                // The proof holds three branches' records: the others get no value, and the run says so.
                .contains(
                        "値なし（分母が0件）: 生活習慣病予防健診実施率（LIFESTYLE_CHECKUP_RATE@2021）: 北海道支部、青森支部、岩手支部、" + "宮城支部、秋田支部 ほか39支部");
        assertThat(count("SELECT COUNT(*) FROM kpi_result")).isZero();

        Run apply = computeLifestyle2023("--apply");
        assertThat(apply.status()).as(apply.err()).isZero();
        // Under the FY2021 definition (健診実施支部) as worked by hand: 09 44/73, 13 72/134, 47 31/47; Σ 147/254.
        assertResult("09", 2021, "60.3%", 44, 73);
        assertResult("13", 2021, "53.7%", 72, 134);
        assertResult("47", 2021, "66.0%", 31, 47);
        assertResult("00", 2021, "57.9%", 147, 254);
        // Restated under the FY2024 definition (加入支部): E-MOVE counts in 13 now, E-CROSS in 47.
        assertResult("09", 2024, "58.9%", 43, 73);
        assertResult("47", 2024, "68.1%", 32, 47);
        Map<String, Object> stored = jdbc.sql(
                        "SELECT source, synthetic, changed_by FROM kpi_result WHERE org_code = '09'"
                                + " AND definition_fy = 2021")
                .query()
                .singleRow();
        assertThat(stored.get("source")).isEqualTo("架空 記録から算出（データ proof） LIFESTYLE_CHECKUP_RATE@2021");
        assertThat(stored.get("synthetic")).isEqualTo(true);
        assertThat((String) stored.get("changed_by")).startsWith("cli:");
        assertThat(count("SELECT COUNT(*) FROM data_change WHERE source_kind = 'COMPUTE'"))
                .isEqualTo(8);
        // The run is named by the import batch's file: 記録から算出-2023-20261205-204102.csv.
        assertThat(jdbc.sql("SELECT files FROM import_batch WHERE kind = 'compute'")
                        .query(String.class)
                        .single())
                .matches("記録から算出-2023-\\d{8}-\\d{6}\\.csv");

        Run again = computeLifestyle2023("--apply");
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out()).contains("何も変わっていません");
        assertThat(count("SELECT COUNT(*) FROM data_change WHERE source_kind = 'COMPUTE'"))
                .isEqualTo(8);

        // The run history (the compute page's): the preview, the apply with its import batch, the apply again.
        List<Map<String, Object>> runs = jdbc.sql(
                        "SELECT run_by, data_set, fiscal_year, as_of, kpi_codes, engine, rows_read, figures, outcome,"
                                + " import_batch_id FROM compute_run WHERE outcome <> 'FAILED' ORDER BY id")
                .query()
                .listOfRows();
        assertThat(runs).extracting(r -> r.get("outcome")).containsExactly("PREVIEW", "APPLIED", "APPLIED");
        long batch = jdbc.sql("SELECT MIN(id) FROM import_batch WHERE kind = 'compute'")
                .query(Long.class)
                .single();
        assertThat(runs.get(0).get("import_batch_id")).isNull();
        assertThat(((Number) runs.get(1).get("import_batch_id")).longValue()).isEqualTo(batch);
        for (Map<String, Object> r : runs) {
            assertThat((String) r.get("run_by")).startsWith("cli:");
            assertThat(r.get("data_set")).isEqualTo(data.toString());
            assertThat(((Number) r.get("fiscal_year")).intValue()).isEqualTo(2023);
            assertThat(r.get("as_of")).isNull();
            assertThat(r.get("kpi_codes")).isEqualTo("LIFESTYLE_CHECKUP_RATE");
            assertThat(r.get("engine")).isEqualTo("duckdb");
            // The proof's files: 325 + 327 + 6 + 247 + 22 + 19 + 28 + 10 + 10 + 7 + 8 rows.
            assertThat(((Number) r.get("rows_read")).longValue()).isEqualTo(1009);
            // Three branches and the association, under the FY2021 definition and restated under FY2024's.
            assertThat(((Number) r.get("figures")).intValue()).isEqualTo(8);
        }

        Run evaluate = run("evaluate", "--db", db, "--branch", "09", "--year", "2023", "--format", "csv");
        assertThat(evaluate.status()).as(evaluate.err()).isZero();
        assertThat(evaluate.csv())
                .filteredOn(r -> r.get("kpi_code").equals("LIFESTYLE_CHECKUP_RATE"))
                .singleElement()
                .satisfies(r -> assertThat(r.values()).contains("60.3%"));
    }

    @Test
    void a_generated_national_set_at_scale_0_001_fills_every_computable_kpi_of_every_branch() throws IOException {
        // The issue's own command: generate-records --scale 0.001 --out DIR, then compute --year 2023 --apply.
        Path generated = TemporaryFolders.make("kenpo-generated-").resolve("r");
        Run generate = run("generate-records", "--scale", "0.001", "--out", generated.toString());
        assertThat(generate.status()).as(generate.err()).isZero();
        String db2 = TemporaryDatabase.emptyDb("compute-generated");
        assertThat(run("init", "--db", db2, "--no-sample-data").status()).isZero();

        Run apply = run("compute", "--db", db2, "--data", generated.toString(), "--year", "2023", "--apply");

        assertThat(apply.status()).as(apply.err()).isZero();
        assertThat(apply.out()).doesNotContain("値なし");
        JdbcClient stored = JdbcClient.create(
                new DriverManagerDataSource(TemporaryDatabase.jdbcUrl(db2), TemporaryDatabase.user(), ""));
        // Every definition the records compute for FY2023 (in force, or a later version restating it): 47 branches
        // and the association, each with its source.
        List<Map<String, Object>> perDefinition = stored.sql("SELECT kpi_code, definition_fy, COUNT(DISTINCT org_code)"
                        + " AS orgs, MIN(source) AS source FROM kpi_result WHERE fiscal_year = 2023"
                        + " GROUP BY kpi_code, definition_fy ORDER BY kpi_code, definition_fy")
                .query()
                .listOfRows();
        // (18 KPI definition versions and headquarters' indicator ③)
        assertThat(perDefinition).hasSize(19);
        assertThat(perDefinition).allSatisfy(row -> {
            assertThat(((Number) row.get("orgs")).intValue()).as(row.toString()).isEqualTo(48);
            assertThat((String) row.get("source")).startsWith("架空 記録から算出（データ r） " + row.get("kpi_code") + "@");
        });

        // The incentive scheme reads ③ from the computed values: no branch is 欠測 on it, and the scores spread.
        Run incentive = run("incentive", "--db", db2, "--year", "2023", "--format", "csv");
        assertThat(incentive.status()).as(incentive.err()).isZero();
        List<Map<String, String>> ranking = incentive.csv();
        assertThat(ranking)
                .hasSize(47)
                .allSatisfy(m -> assertThat(m.get("missing")).doesNotContain("③"));
        assertThat(ranking.stream().map(m -> m.get("score_3")).distinct().count())
                .isGreaterThan(10);
        assertThat(run("incentive", "--db", db2, "--year", "2023").out())
                .contains("③ GUIDANCE_TARGET_REDUCTION_RATE: 令和5年度（2023年度）は2018年度版の定義（値のある支部 47、前年度の値は使いません）")
                .doesNotContain("値が保存されていないため全支部で欠測（");
        // A branch's sheet counts ③'s numerator as those no longer targets, in its own word.
        assertThat(run("incentive", "--db", db2, "--year", "2023", "--branch", "09")
                        .out())
                .containsPattern(
                        "分母: ① 対象者数 [0-9,]+（実施 [0-9,]+）、② 対象者数 [0-9,]+（実施 [0-9,]+）、③ 対象者数 [0-9,]+（対象外となった者 [0-9,]+）");
    }

    @Test
    void a_kpi_records_cannot_compute_or_a_missing_folder_is_refused_in_japanese() {
        Run unknown = run("compute", "--db", db, "--data", data.toString(), "--year", "2023", "--kpi", "NO_SUCH_KPI");
        assertThat(unknown.status()).isNotZero();
        assertThat(unknown.err()).contains("「NO_SUCH_KPI」はカタログにありません");
        // A run that failed is in the history with why.
        assertThat(jdbc.sql("SELECT message FROM compute_run WHERE outcome = 'FAILED' AND kpi_codes = 'NO_SUCH_KPI'")
                        .query(String.class)
                        .single())
                .contains("「NO_SUCH_KPI」はカタログにありません");
        Run missing =
                run("compute", "--db", db, "--data", data.resolve("nowhere").toString(), "--year", "2023");
        assertThat(missing.status()).isNotZero();
        assertThat(missing.err()).contains("はフォルダではありません");
        Run month = run("compute", "--db", db, "--data", data.toString(), "--year", "2023", "--as-of", "2025-01");
        assertThat(month.status()).isNotZero();
        assertThat(month.err()).contains("--as-of「2025-01」は令和5年度（2023年度）の月末として読めません");
    }

    /** compute for FY2023's 生活習慣病予防健診実施率 on the proof's copy, and the options given. */
    private static Run computeLifestyle2023(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "compute", "--db", db, "--data", data.toString(), "--year", "2023", "--kpi", "LIFESTYLE_CHECKUP_RATE"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private static void assertResult(String org, int definitionFy, String actual, long numerator, long denominator) {
        List<Map<String, Object>> rows = jdbc.sql(
                        "SELECT actual_text, numerator, denominator FROM kpi_result WHERE org_code"
                                + " = ? AND fiscal_year = 2023 AND kpi_code = 'LIFESTYLE_CHECKUP_RATE' AND definition_fy = ?")
                .params(org, definitionFy)
                .query()
                .listOfRows();
        assertThat(rows).as(org + "@" + definitionFy).singleElement().satisfies(r -> {
            assertThat(r.get("actual_text")).isEqualTo(actual);
            assertThat((BigDecimal) r.get("numerator")).isEqualByComparingTo(BigDecimal.valueOf(numerator));
            assertThat((BigDecimal) r.get("denominator")).isEqualByComparingTo(BigDecimal.valueOf(denominator));
        });
    }

    private static long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
