package jp.kenpokpi.records.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.records.definition.DefinitionLibrary;
import jp.kenpokpi.records.definition.KpiQuery;
import jp.kenpokpi.records.engine.ComputedFigure;
import jp.kenpokpi.records.engine.FiguresCsv;
import jp.kenpokpi.records.engine.RecordsEngineProofTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SparkComputeJob as spark-submit or the application runs it: its own session in local mode on the proof data set,
 * the figures file read back; a mistake in the arguments is said in Japanese before Spark starts.
 */
class SparkComputeJobTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void writesTheFiguresOfTheVersionInForceAndTheLaterOnes(@TempDir Path folder) throws IOException {
        Path figures = folder.resolve("out/figures.csv");
        int status = run(
                "--data", RecordsEngineProofTest.proofDirectory().toString(),
                "--year", "2023",
                "--kpi", "LIFESTYLE_CHECKUP_RATE,CARD_RECOVERY_RATE@2021",
                "--master", "local[2]",
                "--out", figures.toString());

        assertThat(status).as(text(err)).isZero();
        assertThat(text(out)).contains("令和5年度（2023年度）を算出します: 3個の定義").contains("9件の分子・分母を");
        String csv = Files.readString(figures, StandardCharsets.UTF_8);
        assertThat(csv.lines().toList())
                .startsWith(
                        "fiscal_year,as_of,kpi_code,definition_fy,branch_code,numerator,denominator",
                        "2023,,LIFESTYLE_CHECKUP_RATE,2021,09,44,73",
                        "2023,,LIFESTYLE_CHECKUP_RATE,2021,13,72,134")
                .contains("2023,,LIFESTYLE_CHECKUP_RATE,2024,47,32,47", "2023,,CARD_RECOVERY_RATE,2021,13,2,3")
                .hasSize(10);
        // Read back as the application reads it: the figures of the queries asked for, in their order.
        DefinitionLibrary library = DefinitionLibrary.reference();
        List<KpiQuery> queries = SparkComputeJob.queries(
                library, FiscalYear.of(2023), Optional.of("LIFESTYLE_CHECKUP_RATE,CARD_RECOVERY_RATE@2021"));
        List<ComputedFigure> read =
                FiguresCsv.read(figures.toString(), csv, FiscalYear.of(2023), Optional.empty(), queries);
        assertThat(read).hasSize(9);
        assertThat(read.get(0).definition()).isEqualTo(queries.get(0).definition());
        assertThat(read.get(0).numerator()).isEqualByComparingTo("44");
    }

    @Test
    void aMistakeInTheArgumentsIsSaidInJapanese(@TempDir Path folder) {
        assertThat(run("--year", "2023", "--out", folder.resolve("f.csv").toString()))
                .isEqualTo(2);
        assertThat(text(err)).contains("--data を指定してください").contains("使い方: SparkComputeJob");

        err.reset();
        assertThat(run(
                        "--data",
                        folder.toString(),
                        "--year",
                        "2023",
                        "--kpi",
                        "NO_SUCH_KPI@2021",
                        "--out",
                        folder.resolve("f.csv").toString()))
                .isEqualTo(2);
        assertThat(text(err)).contains("NO_SUCH_KPI");
        assertThat(folder.resolve("f.csv")).doesNotExist();
    }

    private int run(String... args) {
        return SparkComputeJob.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
