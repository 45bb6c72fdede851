package jp.kenpokpi.app.compute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.records.definition.KpiQuery;
import jp.kenpokpi.records.engine.ComputedFigure;
import jp.kenpokpi.records.engine.FiguresCsv;
import jp.kenpokpi.records.engine.RecordsEngine;
import jp.kenpokpi.records.engine.RecordsException;

/**
 * The records engine on Apache Spark, for {@code compute --engine spark}: the records-spark module's
 * SparkComputeJob in a JVM of its own (Spark's class path is about 180 jars, 370 MB, which the application does not
 * carry), its figures file read back. The job runs the same definition files as DuckDbRecordsEngine; what follows
 * (the association's figures, the preview, --apply) is the same for both engines.
 *
 * <p>The job is found where the build leaves it, in records-spark's {@code target/}: the module's jar,
 * {@code spark-classpath.txt} (its dependencies, written by maven-dependency-plugin) and {@code spark-jvm-options.txt}
 * (the JVM options Spark's launchers give a driver).
 */
public final class SparkJobEngine implements RecordsEngine {

    static final String JOB_CLASS = "jp.kenpokpi.records.spark.SparkComputeJob";
    static final String BUILD_COMMAND = "mvn -B -ntp -pl records-spark -am package -DskipTests";

    private final Path jobDirectory;
    private final String master;
    private final Path workDirectory;

    /**
     * @param jobDirectory  records-spark's {@code target/}
     * @param master        the Spark master the job runs on ({@code local[2]})
     * @param workDirectory where each run keeps its figures file and its log (the spill directory)
     */
    public SparkJobEngine(Path jobDirectory, String master, Path workDirectory) {
        this.jobDirectory = jobDirectory;
        this.master = master;
        this.workDirectory = workDirectory;
    }

    @Override
    public List<ComputedFigure> compute(Path dataDir, FiscalYear year, Optional<AsOf> asOf, List<KpiQuery> queries) {
        if (queries.isEmpty()) return List.of();
        List<String> command = command(dataDir, year, asOf, queries);
        Path run;
        try {
            Files.createDirectories(workDirectory);
            run = Files.createTempDirectory(workDirectory, "spark-job-");
        } catch (IOException e) {
            throw new RecordsException("Spark のジョブの作業フォルダを作れません: " + workDirectory + "（" + e.getMessage() + "）", e);
        }
        Path figures = run.resolve("figures.csv");
        Path log = run.resolve("spark-job.log");
        command.add("--out");
        command.add(figures.toString());
        int status;
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            status = process.waitFor();
        } catch (IOException e) {
            throw new RecordsException("Spark のジョブを起動できません（" + command.get(0) + "）: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RecordsException("Spark のジョブを待つ間に中断されました", e);
        }
        if (status != 0 || !Files.isRegularFile(figures)) {
            throw new RecordsException("Spark のジョブが失敗しました（終了コード " + status + "、ログ " + log + "）:\n" + tail(log));
        }
        try {
            List<ComputedFigure> read = FiguresCsv.read(
                    figures.toString(), Files.readString(figures, StandardCharsets.UTF_8), year, asOf, queries);
            delete(run);
            return read;
        } catch (IOException e) {
            throw new RecordsException("Spark のジョブの結果を読めません: " + figures + "（" + e.getMessage() + "）", e);
        }
    }

    /** {@code java <Spark's options> -cp <job jar>:<its class path> SparkComputeJob --data … --kpi CODE@FY,…}. */
    List<String> command(Path dataDir, FiscalYear year, Optional<AsOf> asOf, List<KpiQuery> queries) {
        Path jar = jobJar();
        Path classpath = jobDirectory.resolve("spark-classpath.txt");
        Path options = jobDirectory.resolve("spark-jvm-options.txt");
        if (!Files.isRegularFile(classpath) || !Files.isRegularFile(options)) throw notBuilt();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        try {
            command.addAll(Arrays.stream(Files.readString(options, StandardCharsets.UTF_8)
                            .strip()
                            .split("\\s+"))
                    .filter(o -> !o.isEmpty())
                    .toList());
            command.add("-Dfile.encoding=UTF-8");
            command.add("-cp");
            command.add(jar.toAbsolutePath()
                    + java.io.File.pathSeparator
                    + Files.readString(classpath, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        command.add(JOB_CLASS);
        command.addAll(
                List.of("--data", dataDir.toAbsolutePath().toString(), "--year", Integer.toString(year.value())));
        asOf.ifPresent(a -> command.addAll(List.of("--as-of", a.iso())));
        command.add("--kpi");
        command.add(queries.stream()
                .map(q -> q.definition().kpiCode() + "@" + q.definition().definitionFy())
                .collect(Collectors.joining(",")));
        command.add("--master");
        command.add(master);
        return command;
    }

    /** records-spark's jar in the job directory (not its tests or sources jar). */
    private Path jobJar() {
        if (!Files.isDirectory(jobDirectory)) throw notBuilt();
        try (Stream<Path> files = Files.list(jobDirectory)) {
            return files.filter(f -> {
                        String name = f.getFileName().toString();
                        return name.startsWith("kenpo-kpi-records-spark-")
                                && name.endsWith(".jar")
                                && !name.endsWith("-tests.jar")
                                && !name.endsWith("-sources.jar");
                    })
                    .findFirst()
                    .orElseThrow(this::notBuilt);
        } catch (IOException e) {
            throw notBuilt();
        }
    }

    private RecordsException notBuilt() {
        return new RecordsException("Spark で算出するには records-spark モジュールのビルドが必要です（"
                + jobDirectory.toAbsolutePath().normalize()
                + " に kenpo-kpi-records-spark の jar と spark-classpath.txt がありません）。リポジトリのフォルダで次を実行してください: "
                + BUILD_COMMAND);
    }

    /** The job's last lines: its own message (in Japanese) is the last it writes. */
    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 12), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "（ログを読めません: " + e.getMessage() + "）";
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        } catch (IOException e) {
            // Left in the spill directory: a few kilobytes.
        }
    }
}
