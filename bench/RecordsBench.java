import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.records.definition.DefinitionLibrary;
import jp.kenpokpi.records.definition.DerivedView;
import jp.kenpokpi.records.definition.KpiQuery;
import jp.kenpokpi.records.definition.QueryParameters;
import jp.kenpokpi.records.engine.ComputedFigure;
import jp.kenpokpi.records.engine.DuckDbRecordsEngine;
import jp.kenpokpi.records.engine.EngineSettings;
import jp.kenpokpi.records.engine.RecordFiles;
import jp.kenpokpi.records.schema.RecordColumn;
import jp.kenpokpi.records.schema.RecordKind;
import org.postgresql.PGConnection;

/**
 * Times the records engine in one JVM (bench/records.sh): every definition of the catalogue that records can compute
 * (each version, as compute restates a year under later ones), for all branches, over the data set DIR, for FY2023,
 * ROUNDS times; each round opens a new in-memory DuckDB over the files, as compute does. Prints each round and the
 * median and spread.
 *
 * <p>With {@code --hand}, each round also runs bench/records-hand.sql (the same definitions as one hand-written
 * DuckDB script) right after the engine, so the two share the machine's state; the ratio is of the medians. With
 * {@code --postgresql URL}, the data set is loaded into tables of that (empty) database once (COPY, indexes on the
 * join keys, ANALYZE; the load is timed apart), and each round runs the same definition files there. With {@code
 * --spark} (on records-spark's class path), each round also runs them on Spark in local mode. Every baseline's
 * figures are checked against the engine's: a faster wrong answer is no baseline.
 *
 * <p>With {@code --profile}, nothing is timed by rounds: each definition runs once with DuckDB's profiler on (over
 * the hand-written script's views), and its operators' time is summed as scan, join, aggregation (and windows) and
 * the rest, per definition and in all: where the time goes.
 *   java -cp CLASSPATH bench/RecordsBench.java DIR ROUNDS [--memory 12GB] [--hand] [--postgresql jdbc:postgresql://…]
 *   java -cp CLASSPATH bench/RecordsBench.java DIR 1 --profile
 *   java SPARK_JVM_OPTIONS -cp SPARK_CLASSPATH:POSTGRESQL_JAR bench/RecordsBench.java DIR ROUNDS --spark
 */
public class RecordsBench {

    private static final FiscalYear YEAR = FiscalYear.of(2023);

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        String memory = "12GB";
        boolean hand = false;
        boolean profile = false;
        boolean spark = false;
        String postgresql = null;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--memory" -> memory = args[++i];
                case "--hand" -> hand = true;
                case "--profile" -> profile = true;
                case "--spark" -> spark = true;
                case "--postgresql" -> postgresql = args[++i];
                default -> throw new IllegalArgumentException(args[i]);
            }
        }
        List<KpiQuery> queries = DefinitionLibrary.reference().all();
        DuckDbRecordsEngine engine = new DuckDbRecordsEngine(
                new EngineSettings(memory, Path.of(System.getProperty("java.io.tmpdir"), "records-bench-spill")));
        String handScript = hand ? Files.readString(Path.of("bench/records-hand.sql")) : null;
        String memoryLimit = memory;
        Connection pg = postgresql == null ? null : load(postgresql, data);
        jp.kenpokpi.records.engine.RecordsEngine sparkEngine = spark ? sparkEngine() : null;

        if (profile) {
            profile(Files.readString(Path.of("bench/records-hand.sql")), data, memory, queries);
            return;
        }
        Map<String, List<Double>> seconds = new TreeMap<>();
        Map<String, String> expected = null;
        for (int round = 1; round <= rounds; round++) {
            List<ComputedFigure> figures = timed(seconds, "compute", round,
                    () -> engine.compute(data, YEAR, Optional.empty(), queries));
            Map<String, String> engineFigures = fingerprint(figures);
            if (expected == null) expected = engineFigures;
            if (handScript != null) {
                Map<String, String> handFigures = timed(seconds, "hand", round, () -> runHand(handScript, data, memoryLimit));
                check("hand", handFigures, engineFigures);
            }
            if (sparkEngine != null) {
                Map<String, String> sparkFigures = timed(seconds, "spark", round,
                        () -> fingerprint(sparkEngine.compute(data, YEAR, Optional.empty(), queries)));
                check("spark", sparkFigures, engineFigures);
            }
            if (pg != null) {
                Map<String, String> pgFigures = timed(seconds, "postgresql", round, () -> runOnPostgresql(pg, queries));
                check("postgresql", pgFigures, engineFigures);
            }
        }
        System.out.printf(Locale.ROOT, "figures: %d (%d definitions)%n", expected.size(), queries.size());
        for (Map.Entry<String, List<Double>> e : seconds.entrySet()) {
            List<Double> sorted = e.getValue().stream().sorted().toList();
            System.out.printf(Locale.ROOT, "%-13s median %8.2f  min %8.2f  max %8.2f  (%d rounds)%n", e.getKey() + " s",
                    median(sorted), sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
        }
        double compute = median(seconds.get("compute").stream().sorted().toList());
        if (seconds.containsKey("hand")) {
            System.out.printf(Locale.ROOT, "compute / hand = %.2f (target: at most 1.2)%n",
                    compute / median(seconds.get("hand").stream().sorted().toList()));
        }
        if (seconds.containsKey("postgresql")) {
            System.out.printf(Locale.ROOT, "postgresql / compute = %.2f (target: at least 10)%n",
                    median(seconds.get("postgresql").stream().sorted().toList()) / compute);
        }
        if (seconds.containsKey("spark")) {
            System.out.printf(Locale.ROOT, "spark / compute = %.2f (local[2]; its session's start not counted)%n",
                    median(seconds.get("spark").stream().sorted().toList()) / compute);
        }
        if (pg != null) pg.close();
    }

    /**
     * records-spark's engine on a local[2] session, by reflection: this file runs on the application's class path
     * too, which has no Spark (bench/records.sh puts records-spark's on it for --spark).
     */
    private static jp.kenpokpi.records.engine.RecordsEngine sparkEngine() throws Exception {
        long t0 = System.nanoTime();
        Class<?> engine = Class.forName("jp.kenpokpi.records.spark.SparkRecordsEngine");
        Object session = engine.getMethod("session", Optional.class).invoke(null, Optional.of("local[2]"));
        Object started = engine.getConstructors()[0].newInstance(session);
        System.out.printf(Locale.ROOT, "spark session started in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return (jp.kenpokpi.records.engine.RecordsEngine) started;
    }

    private static <T> T timed(Map<String, List<Double>> seconds, String what, int round, Supplier<T> work) {
        long t0 = System.nanoTime();
        T result = work.get();
        double s = (System.nanoTime() - t0) / 1e9;
        seconds.computeIfAbsent(what, k -> new ArrayList<>()).add(s);
        System.out.printf(Locale.ROOT, "round %d %-10s %8.2f s%n", round, what, s);
        return result;
    }

    private static double median(List<Double> sorted) {
        return sorted.get(sorted.size() / 2);
    }

    /** Each figure as "CODE@FY branch" → "numerator/denominator", exact. */
    private static Map<String, String> fingerprint(List<ComputedFigure> figures) {
        Map<String, String> out = new TreeMap<>();
        for (ComputedFigure f : figures) {
            out.put(f.kpiCode() + "@" + f.definitionVersion() + " " + f.org().value(),
                    exact(f.numerator()) + "/" + exact(f.denominator()));
        }
        return out;
    }

    private static void check(String what, Map<String, String> got, Map<String, String> engine) {
        if (!got.equals(engine)) {
            throw new IllegalStateException(what + " gives other figures than the engine: " + diff(got, engine));
        }
    }

    private static String diff(Map<String, String> got, Map<String, String> engine) {
        return engine.keySet().stream().filter(k -> !engine.get(k).equals(got.get(k))).limit(5)
                .collect(Collectors.joining(", "));
    }

    /** bench/records-hand.sql in a new in-memory DuckDB, its last statement's rows as figures. */
    private static Map<String, String> runHand(String script, Path data, String memory) {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET memory_limit = '" + memory + "'");
            String[] statements = script.replace("${data}", data.toAbsolutePath().toString()).split(";\\s*\\n");
            for (int i = 0; i < statements.length - 1; i++) s.execute(statements[i]);
            Map<String, String> out = new TreeMap<>();
            try (ResultSet r = s.executeQuery(statements[statements.length - 1])) {
                while (r.next()) {
                    out.put(r.getString(1) + " " + r.getString(2), fold(r));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As the engine reads them: a NULL sum is 0. */
    private static String fold(ResultSet r) throws SQLException {
        return exact(r.getBigDecimal("numerator")) + "/" + exact(r.getBigDecimal("denominator"));
    }

    private static String exact(java.math.BigDecimal value) {
        return value == null || value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** An operator of DuckDB's JSON profile: its keys are in alphabetical order, so timing comes before type. */
    private static final java.util.regex.Pattern OPERATOR =
            java.util.regex.Pattern.compile(
                    "\"timing\":\\s*([0-9.eE+-]+),\\s*(?:\"total_[a-z_]+\":\\s*\\d+,\\s*)*\"type\":\\s*\"([A-Z_]+)\"");

    private static String stage(String operator) {
        if (operator.contains("SCAN") || operator.contains("READ")) return "scan";
        if (operator.contains("JOIN")) return "join";
        if (operator.contains("GROUP_BY") || operator.contains("AGGREGATE") || operator.contains("WINDOW")
                || operator.contains("DISTINCT")) return "aggregation";
        return "other";
    }

    /** Each definition once under DuckDB's JSON profiler; operator time by stage, per definition and in all. */
    private static void profile(String script, Path data, String memory, List<KpiQuery> queries) throws Exception {
        QueryParameters parameters = QueryParameters.of(YEAR, Optional.empty());
        Path json = Files.createTempFile("records-profile", ".json");
        Map<String, Double> total = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET memory_limit = '" + memory + "'");
            String[] statements = script.replace("${data}", data.toAbsolutePath().toString()).split(";\\s*\\n");
            long t0 = System.nanoTime();
            for (int i = 0; i < statements.length - 1; i++) s.execute(statements[i]);
            System.out.printf(Locale.ROOT, "%-36s %6.2f s (views, and the shared selections as tables)%n", "setup",
                    (System.nanoTime() - t0) / 1e9);
            s.execute("SET enable_profiling = 'json'");
            s.execute("SET profiling_output = '" + json + "'");
            for (KpiQuery q : queries) {
                long q0 = System.nanoTime();
                try (ResultSet r = s.executeQuery(parameters.bind(q.sql()))) {
                    while (r.next()) {}
                }
                double wall = (System.nanoTime() - q0) / 1e9;
                Map<String, Double> stages = new TreeMap<>();
                java.util.regex.Matcher m = OPERATOR.matcher(Files.readString(json));
                while (m.find()) stages.merge(stage(m.group(2)), Double.parseDouble(m.group(1)), Double::sum);
                stages.forEach((k, v) -> total.merge(k, v, Double::sum));
                System.out.printf(Locale.ROOT, "%-36s %6.2f s wall; operators %s%n", q.fileName(), wall, shares(stages));
            }
        }
        Files.deleteIfExists(json);
        System.out.printf(Locale.ROOT, "%-36s operators %s%n", "all definitions", shares(total));
    }

    private static String shares(Map<String, Double> stages) {
        double sum = stages.values().stream().mapToDouble(Double::doubleValue).sum();
        return stages.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.2f s (%.0f%%)", e.getKey(), e.getValue(),
                        100 * e.getValue() / sum))
                .collect(Collectors.joining(", "));
    }

    /** The definition files, bound as the engine binds them, over the derived views, on PostgreSQL. */
    private static Map<String, String> runOnPostgresql(Connection pg, List<KpiQuery> queries) {
        QueryParameters parameters = QueryParameters.of(YEAR, Optional.empty());
        Map<String, String> out = new TreeMap<>();
        try (Statement s = pg.createStatement()) {
            for (KpiQuery q : queries) {
                try (ResultSet r = s.executeQuery(parameters.bind(q.sql()))) {
                    while (r.next()) {
                        out.put(q.definition().kpiCode() + "@" + q.definition().definitionFy() + " "
                                + r.getString("branch_code"), fold(r));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Loads every kind into a table of the schema's types (COPY of a CSV DuckDB writes from the Parquet file), with
     * an index on each join key the definitions use and ANALYZE, then creates the derived views for FY2023.
     */
    private static Connection load(String url, Path data) throws SQLException, IOException {
        long t0 = System.nanoTime();
        Connection pg = DriverManager.getConnection(url, "postgres", "");
        Path csvDir = Files.createTempDirectory("records-bench-pg");
        long rows = 0;
        try (Statement s = pg.createStatement();
                Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement d = duck.createStatement()) {
            for (RecordKind kind : RecordKind.values()) {
                String columns = kind.columns().stream().map(c -> c.name() + " " + c.sqlType())
                        .collect(Collectors.joining(", "));
                s.execute("DROP TABLE IF EXISTS " + kind.fileName() + " CASCADE");
                s.execute("CREATE TABLE " + kind.fileName() + " (" + columns + ")");
                Path csv = csvDir.resolve(kind.fileName() + ".csv");
                d.execute("COPY (SELECT " + kind.columns().stream().map(RecordColumn::name)
                        .collect(Collectors.joining(", ")) + " FROM read_parquet(" + RecordFiles.parquetPaths(RecordFiles.locate(data, kind))
                        + ")) TO '" + csv + "' (HEADER false)");
                try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                    rows += pg.unwrap(PGConnection.class).getCopyAPI()
                            .copyIn("COPY " + kind.fileName() + " FROM STDIN (FORMAT csv)", in);
                }
                Files.delete(csv);
            }
            for (String index : List.of("members (member_id)", "enrolments (member_id)", "checkups (member_id)",
                    "checkups (checkup_id)", "guidance (checkup_id)", "referral_letters (member_id)",
                    "claims (member_id)", "claims (claim_id)", "drug_lines (claim_id)", "offices (office_id)")) {
                s.execute("CREATE INDEX ON " + index);
            }
            s.execute("ANALYZE");
            QueryParameters parameters = QueryParameters.of(YEAR, Optional.empty());
            for (DerivedView view : DerivedView.all()) {
                s.execute("CREATE OR REPLACE VIEW " + view.name() + " AS " + parameters.bind(view.sql()));
            }
        }
        Files.delete(csvDir);
        System.out.printf(Locale.ROOT, "postgresql load: %d rows in %.1f s (COPY, indexes, ANALYZE)%n", rows,
                (System.nanoTime() - t0) / 1e9);
        return pg;
    }
}
