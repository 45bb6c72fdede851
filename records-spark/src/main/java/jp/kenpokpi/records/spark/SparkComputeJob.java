package jp.kenpokpi.records.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.records.definition.DefinitionLibrary;
import jp.kenpokpi.records.definition.KpiQuery;
import jp.kenpokpi.records.engine.ComputedFigure;
import jp.kenpokpi.records.engine.FiguresCsv;
import jp.kenpokpi.records.engine.RecordsException;
import org.apache.spark.sql.SparkSession;

/**
 * The records computation as a Spark job, for spark-submit on a cluster or a JVM of its own (the application's
 * {@code compute --engine spark}): the branches' numerators and denominators of a year, written as a figures CSV
 * (records' FiguresCsv) that {@code ./kenpo-kpi compute --figures} previews and stores.
 *
 * <pre>SparkComputeJob --data DIR --year 2023 [--as-of 2023-09] [--kpi CODE,CODE@FY…] [--master local[2]] --out FILE.csv</pre>
 *
 * {@code --kpi} takes KPI codes (the version in force in the year and the later versions records can compute, as
 * {@code compute} does) or exact versions {@code CODE@FY}; without it, every KPI records can compute. The master is
 * {@code --master}, else spark-submit's, else local[2]. Exit status 0 done, 1 failed, 2 a mistake in the arguments.
 */
public final class SparkComputeJob {

    static final String USAGE = "使い方: SparkComputeJob --data DIR --year 2023 [--as-of 2023-09] [--kpi CODE,CODE@FY…]"
            + " [--master local[2]] --out FIGURES.csv";

    private static final Set<String> OPTIONS = Set.of("data", "year", "as-of", "kpi", "master", "out");

    private SparkComputeJob() {}

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) System.exit(status);
    }

    /** The job, with its messages to {@code out} and {@code err}; the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options;
        FiscalYear year;
        Optional<AsOf> asOf;
        List<KpiQuery> queries;
        Path data;
        Path target;
        try {
            options = options(args);
            data = Path.of(required(options, "data"));
            if (!Files.isDirectory(data)) throw new IllegalArgumentException("--data「" + data + "」はフォルダではありません");
            target = Path.of(required(options, "out"));
            year = year(required(options, "year"));
            asOf = Optional.ofNullable(options.get("as-of"))
                    .map(text -> AsOf.parse(text)
                            .filter(a -> a.fiscalYear().equals(year))
                            .orElseThrow(() -> new IllegalArgumentException("--as-of「" + text + "」は" + year.label()
                                    + "の月末として読めません（例: " + year.value() + "-09）")));
            queries = queries(DefinitionLibrary.reference(), year, Optional.ofNullable(options.get("kpi")));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        Optional<String> master = Optional.ofNullable(options.get("master"))
                .or(() -> System.getProperty("spark.master") == null
                        ? Optional.of(SparkRecordsEngine.DEFAULT_MASTER)
                        : Optional.empty());
        long started = System.nanoTime();
        SparkSession spark = SparkRecordsEngine.session(master);
        try {
            out.println("Spark " + spark.version() + "（" + spark.sparkContext().master() + "）で" + year.label()
                    + asOf.map(a -> " " + a.japanese()).orElse("") + "を算出します: " + queries.size() + "個の定義、データ " + data);
            List<ComputedFigure> figures = new SparkRecordsEngine(spark).compute(data, year, asOf, queries);
            write(target, FiguresCsv.write(year, asOf, figures));
            out.printf("%d件の分子・分母を %s に書き出しました（%.1f 秒）%n", figures.size(), target, (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (RecordsException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("分子・分母のファイルを書き出せません: " + target + "（" + e.getMessage() + "）");
            return 1;
        } finally {
            spark.stop();
        }
    }

    /** The queries named by --kpi: codes (in force, and later versions) and exact versions CODE@FY. */
    static List<KpiQuery> queries(DefinitionLibrary library, FiscalYear year, Optional<String> kpi) {
        List<String> items = kpi.stream()
                .flatMap(k -> Arrays.stream(k.split(",")))
                .map(String::strip)
                .filter(k -> !k.isEmpty())
                .toList();
        List<String> codes = items.stream().filter(i -> !i.contains("@")).toList();
        List<KpiQuery> queries = new ArrayList<>();
        if (!codes.isEmpty() || items.isEmpty()) queries.addAll(library.inForceAndLater(year, codes));
        for (String item : items) {
            if (!item.contains("@")) continue;
            String code = item.substring(0, item.indexOf('@'));
            String fy = item.substring(item.indexOf('@') + 1);
            KpiDefinition definition = library.catalogue().get(code).versions().stream()
                    .filter(v -> Integer.toString(v.definitionFy()).equals(fy))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("--kpi「" + item + "」の定義はカタログにありません"));
            KpiQuery query = library.find(definition)
                    .orElseThrow(() -> new IllegalArgumentException("--kpi「" + item + "」は記録から算出できません（定義のSQLがありません）"));
            if (!queries.contains(query)) queries.add(query);
        }
        return List.copyOf(queries);
    }

    /** Written beside the target and moved over it: a reader never sees half a file. */
    private static void write(Path target, String text) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, ".figures-", ".csv.part");
        try {
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name;
            String value;
            if (arg.startsWith("--") && arg.contains("=")) {
                name = arg.substring(2, arg.indexOf('='));
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (arg.startsWith("--")) {
                name = arg.substring(2);
                if (i + 1 >= args.length) throw new IllegalArgumentException(arg + " に値を指定してください");
                value = args[++i];
            } else {
                throw new IllegalArgumentException("引数「" + arg + "」は読めません（--data などのオプションだけを取ります）");
            }
            if (!OPTIONS.contains(name)) throw new IllegalArgumentException("オプション --" + name + " はありません");
            options.put(name, value);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) throw new IllegalArgumentException("--" + name + " を指定してください");
        return value;
    }

    private static FiscalYear year(String text) {
        try {
            return FiscalYear.of(Integer.parseInt(text.strip()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--year「" + text + "」は年度として読めません（例: 2023）");
        }
    }
}
