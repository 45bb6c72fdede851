package jp.kenpokpi.app.cli;

import static jp.kenpokpi.app.cli.CommandLineIT.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import jp.kenpokpi.app.TemporaryDatabase;
import jp.kenpokpi.app.TemporaryFolders;
import jp.kenpokpi.app.cli.CommandLineIT.Run;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code ./kenpo-kpi compute --engine spark} on the proof data set: the records-spark module's job in a JVM of its own
 * (real Spark, local mode), its figures stored as DuckDB's would be — after it, DuckDB's run over the same records
 * changes nothing, every KPI of every branch. The job is the one the build packaged in records-spark/target: the
 * root build packages that module before app (the modules' order in the parent pom), so this test needs it built and
 * says how when it is not.
 */
class SparkComputeCommandLineIT {

    private static final Path PROOF = Path.of("..", "records", "src", "test", "resources", "proof");
    private static final Path SPARK_JOB = Path.of("..", "records-spark", "target");
    private static final String JOB_DIRECTORY = "kenpo.records.spark-job-directory";

    static String db;
    static JdbcClient jdbc;
    static Path data;

    @BeforeAll
    static void emptyDatabaseAndASyntheticCopyOfTheProof() throws IOException {
        if (!System.getProperty(TemporaryDatabase.POSTGRESQL, "").isBlank()) {
            System.setProperty("spring.datasource.username", TemporaryDatabase.user());
        }
        System.setProperty(JOB_DIRECTORY, SPARK_JOB.toString());
        db = TemporaryDatabase.emptyDb("sparkcompute");
        Run init = run("init", "--db", db, "--no-sample-data");
        assertThat(init.status()).as(init.err()).isZero();
        jdbc = JdbcClient.create(
                new DriverManagerDataSource(TemporaryDatabase.jdbcUrl(db), TemporaryDatabase.user(), ""));
        data = TemporaryFolders.make("kenpo-spark-compute-").resolve("proof");
        Files.createDirectories(data);
        try (Stream<Path> files = Files.list(PROOF)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                Files.copy(f, data.resolve(f.getFileName()));
            }
        }
        Files.writeString(data.resolve("README.txt"), "架空の記録データセット（検証用）\n", StandardCharsets.UTF_8);
    }

    @AfterEach
    void theBuiltJob() {
        System.setProperty(JOB_DIRECTORY, SPARK_JOB.toString());
    }

    @AfterAll
    static void forgetTheSettings() {
        System.clearProperty("spring.datasource.username");
        System.clearProperty(JOB_DIRECTORY);
    }

    @Test
    void spark_stores_every_figure_and_duckdb_over_the_same_records_then_changes_nothing() {
        assertThat(SPARK_JOB.resolve("spark-classpath.txt"))
                .as("records-spark is packaged before app in the root build: "
                        + "mvn -B -ntp -pl records-spark -am package -DskipTests")
                .exists();
        Run spark =
                run("compute", "--engine", "spark", "--db", db, "--data", data.toString(), "--year", "2023", "--apply");
        assertThat(spark.status()).as(spark.out() + spark.err()).isZero();
        assertThat(spark.out()).contains("を記録から算出しました（データ " + data + "、Apache Spark、実行 ");
        // As worked by hand (records' RecordsEngineProofTest): 生活習慣病予防健診実施率 under the FY2021 definition,
        // 栃木 44/73 and the association's Σ 147/254; 査定率 under FY2024's, 東京 10,000 / 3,590,000 yen.
        assertResult("LIFESTYLE_CHECKUP_RATE", "09", 2021, "60.3%", 44, 73);
        assertResult("LIFESTYLE_CHECKUP_RATE", "00", 2021, "57.9%", 147, 254);
        assertResult("RECEIPT_REVIEW_RATE", "13", 2024, null, 10_000, 3_590_000);
        long stored =
                jdbc.sql("SELECT COUNT(*) FROM kpi_result").query(Long.class).single();
        assertThat(stored).isGreaterThan(60);

        Run duckDb = run("compute", "--db", db, "--data", data.toString(), "--year", "2023", "--apply");
        assertThat(duckDb.status()).as(duckDb.err()).isZero();
        assertThat(duckDb.out()).contains("何も変わっていません");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM kpi_result").query(Long.class).single())
                .isEqualTo(stored);
    }

    @Test
    void an_unbuilt_spark_module_or_an_unknown_engine_is_said_in_japanese() {
        System.setProperty(JOB_DIRECTORY, data.resolve("no-records-spark").toString());
        Run unbuilt = run("compute", "--engine", "spark", "--db", db, "--data", data.toString(), "--year", "2023");
        assertThat(unbuilt.status()).isNotZero();
        assertThat(unbuilt.err())
                .contains("Spark で算出するには records-spark モジュールのビルドが必要です")
                .contains("mvn -B -ntp -pl records-spark -am package -DskipTests");

        Run unknown = run("compute", "--engine", "hive", "--db", db, "--data", data.toString(), "--year", "2023");
        assertThat(unknown.status()).isNotZero();
        assertThat(unknown.err()).contains("--engine「hive」はありません（duckdb または spark）");
    }

    @Test
    void figures_a_cluster_computed_are_previewed_as_a_computation_of_the_data_set() throws IOException {
        // SparkComputeJob's --out for 2023-09 as worked by hand (RecordsEngineProofTest: 09 43/74 under both versions).
        Path figures = data.resolveSibling("figures-2023-09.csv");
        Files.writeString(
                figures,
                "fiscal_year,as_of,kpi_code,definition_fy,branch_code,numerator,denominator\n"
                        + "2023,2023-09,LIFESTYLE_CHECKUP_RATE,2021,09,43,74\n"
                        + "2023,2023-09,LIFESTYLE_CHECKUP_RATE,2024,09,43,74\n",
                StandardCharsets.UTF_8);
        String[] args = {
            "compute",
            "--db",
            db,
            "--data",
            data.toString(),
            "--year",
            "2023",
            "--as-of",
            "2023-09",
            "--kpi",
            "LIFESTYLE_CHECKUP_RATE",
            "--figures",
            figures.toString()
        };
        Run preview = run(args);
        assertThat(preview.status()).as(preview.err()).isZero();
        assertThat(preview.out())
                .contains("（データ " + data + "、分子・分母のファイル " + figures + "、実行 ")
                .contains("追加 栃木支部 令和5年度")
                .contains("分子: 43、分母: 74")
                .contains("4件を追加・変更します");

        Run otherYear = run(
                "compute",
                "--db",
                db,
                "--data",
                data.toString(),
                "--year",
                "2023",
                "--kpi",
                "LIFESTYLE_CHECKUP_RATE",
                "--figures",
                figures.toString());
        assertThat(otherYear.status()).isNotZero();
        assertThat(otherYear.err()).contains("figures-2023-09.csv の2行目: fiscal_year・as_of が 2023・（空欄） ではありません");

        Run both = run(
                "compute",
                "--engine",
                "spark",
                "--db",
                db,
                "--data",
                data.toString(),
                "--year",
                "2023",
                "--figures",
                figures.toString());
        assertThat(both.status()).isNotZero();
        assertThat(both.err()).contains("--figures と --engine は同時に指定できません");
    }

    private static void assertResult(
            String kpi, String org, int definitionFy, String actual, long numerator, long denominator) {
        Map<String, Object> row = jdbc.sql(
                        "SELECT actual_text, numerator, denominator FROM kpi_result WHERE org_code = ?"
                                + " AND fiscal_year = 2023 AND kpi_code = ? AND definition_fy = ?")
                .params(org, kpi, definitionFy)
                .query()
                .singleRow();
        if (actual != null) assertThat(row.get("actual_text")).isEqualTo(actual);
        assertThat((BigDecimal) row.get("numerator")).isEqualByComparingTo(BigDecimal.valueOf(numerator));
        assertThat((BigDecimal) row.get("denominator")).isEqualByComparingTo(BigDecimal.valueOf(denominator));
    }
}
