package jp.kenpokpi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.app.cli.CommandLineIT.Run;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.records.definition.DefinitionLibrary;
import jp.kenpokpi.records.engine.ComputedFigure;
import jp.kenpokpi.records.engine.DuckDbRecordsEngine;
import jp.kenpokpi.records.engine.EngineSettings;
import jp.kenpokpi.records.generator.RecordGenerator;
import jp.kenpokpi.records.schema.RecordKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate-records} as a user runs it, at a tiny scale: files only, no database. */
class GenerateRecordsCommandIT {

    @TempDir
    Path dir;

    @Test
    void writesADataSetTheEngineReadsAndNoDatabase() throws IOException {
        Path out = dir.resolve("r");
        Path home = dir.resolve("home");
        String userHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString()); // where a database would go without --db
        Run run;
        try {
            run = CommandLineIT.run(
                    "generate-records", "--scale", "0.0002", "--years", "2022-2023", "--out", out.toString());
        } finally {
            System.setProperty("user.home", userHome);
        }
        assertThat(run.status()).as(run.err()).isZero();
        for (RecordKind kind : RecordKind.values()) {
            // Check-ups, claims and drug lines: a file per month, so a year's or a month's rows are read alone.
            if (RecordGenerator.MONTHLY.contains(kind)) {
                assertThat(out.resolve(kind.fileName() + "/2022-04.parquet")).isRegularFile();
                assertThat(out.resolve(kind.fileName() + "/2024-03.parquet")).isRegularFile();
            } else {
                assertThat(out.resolve(kind.fileName() + ".parquet")).isRegularFile();
            }
        }
        assertThat(run.out().lines().map(l -> l.split("\t")[0]))
                .containsExactlyElementsOf(Arrays.stream(RecordKind.values())
                        .map(RecordKind::fileName)
                        .toList());
        assertThat(Files.readString(out.resolve("README.txt"), StandardCharsets.UTF_8))
                .contains("すべて架空")
                .contains("seed: 1")
                .contains("年度 fiscal years: 2022-2023");
        assertThat(home).doesNotExist();
        List<ComputedFigure> figures = new DuckDbRecordsEngine(new EngineSettings("500MB", dir.resolve("spill")))
                .compute(
                        out,
                        FiscalYear.of(2023),
                        Optional.empty(),
                        DefinitionLibrary.reference().inForce(FiscalYear.of(2023), List.of()));
        assertThat(figures).extracting(f -> f.kpiCode()).contains("LIFESTYLE_CHECKUP_RATE", "GENERIC_DRUG_SHARE");
    }

    @Test
    void theSameSeedGivesTheSameCountsAndABadScaleIsACallingMistake() {
        Run first = tiny(dir.resolve("a"), "--seed", "5");
        Run second = tiny(dir.resolve("b"), "--seed", "5");
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(second.out()).isEqualTo(first.out());

        Run zero = CommandLineIT.run("generate-records", "--scale", "0", "--years", "2023", "--out", dir.toString());
        assertThat(zero.status()).isEqualTo(2);
        assertThat(zero.err()).contains("--scale");
        Run years = CommandLineIT.run(
                "generate-records", "--scale", "0.001", "--years", "2024-2021", "--out", dir.toString());
        assertThat(years.status()).isEqualTo(2);
        assertThat(years.err()).contains("--years");
        Run again = tiny(dir.resolve("a"));
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.err()).contains("既にデータセットがあります");
        Run missing = CommandLineIT.run("generate-records", "--years", "2023", "--out", dir.toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("--scale");
    }

    /** Scale 0.0001 (about 4,000 members), FY2023 only, into {@code out}. */
    private static Run tiny(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(
                List.of("generate-records", "--scale", "0.0001", "--years", "2023", "--out", out.toString()));
        args.addAll(List.of(more));
        return CommandLineIT.run(args.toArray(String[]::new));
    }
}
