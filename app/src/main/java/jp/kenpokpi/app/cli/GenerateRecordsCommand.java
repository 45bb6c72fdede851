package jp.kenpokpi.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import jp.kenpokpi.records.engine.EngineSettings;
import jp.kenpokpi.records.generator.GenerationManifest;
import jp.kenpokpi.records.generator.GenerationRequest;
import jp.kenpokpi.records.generator.RecordGenerator;
import jp.kenpokpi.records.schema.RecordKind;

/**
 * {@code generate-records}: a synthetic (架空) record data set written by the records module's generator
 * (docs/RECORDS.md, 「Generating a data set」). It only writes files, so it starts no application context and opens
 * no database.
 */
public final class GenerateRecordsCommand {

    public static final String NAME = "generate-records";

    /** Without --seed: the same command always gives the same data set. */
    static final long DEFAULT_SEED = 1;

    /**
     * Without --years: the catalogue's first year to the first year of the current definitions (the check-up and
     * referral definitions changed in FY2024), so that both versions of every definition can be computed.
     */
    static final String DEFAULT_YEARS = "2021-2024";

    /**
     * DuckDB's buffer limit while generating (it spills to the output's work folder beyond it): a national set's work
     * tables and sorts fit in it on a machine of 16 GB and more.
     */
    static final String MEMORY_LIMIT = "8GB";

    private GenerateRecordsCommand() {}

    public static int run(CliArguments args, PrintStream out, PrintStream err) {
        Path dir = Path.of(args.required("out"));
        GenerationRequest request;
        try {
            request = GenerationRequest.of(
                    number("--scale", args.required("scale")),
                    args.option("years").orElse(DEFAULT_YEARS),
                    seed(args));
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        err.println("架空の記録データセットを生成しています: 規模 " + request.scale() + "、年度 " + request.yearsText() + "、seed "
                + request.seed() + " → " + dir);
        RecordGenerator generator = new RecordGenerator(new EngineSettings(
                MEMORY_LIMIT, dir.resolve(RecordGenerator.WORK_DIRECTORY).resolve("spill")));
        GenerationManifest manifest = generator.generate(
                request,
                dir,
                (step, seconds) -> err.println(String.format(Locale.ROOT, "  %-17s %6.1f 秒", step, seconds)));
        for (RecordKind kind : RecordKind.values()) {
            out.println(kind.fileName() + "\t" + manifest.rows(kind));
        }
        err.println(String.format(
                Locale.ROOT,
                "%s に書き出しました（%.1f 秒、内容は %s）",
                dir,
                manifest.elapsed().toMillis() / 1000.0,
                dir.resolve(GenerationManifest.FILE_NAME)));
        return 0;
    }

    private static long seed(CliArguments args) {
        String text = args.option("seed").orElse(Long.toString(DEFAULT_SEED));
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new CliException("--seed「" + text + "」は整数で指定してください（例: --seed 42）");
        }
    }

    private static double number(String option, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new CliException(option + "「" + text + "」は数で指定してください（例: 0.01）");
        }
    }
}
