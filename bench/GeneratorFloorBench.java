import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.records.definition.DefinitionLibrary;
import jp.kenpokpi.records.engine.DuckDbRecordsEngine;
import jp.kenpokpi.records.engine.EngineSettings;
import jp.kenpokpi.records.engine.RecordFiles;
import jp.kenpokpi.records.generator.RecordGenerator;
import jp.kenpokpi.records.schema.RecordKind;

/**
 * How fast could any generator write a year (bench/generator-floor.sh)? Over a generated data set DIR, each round
 * times the engine computing FY2023 (every definition, as bench/RecordsBench.java does) and, side by side, DuckDB
 * writing rows that already exist with the generator's Parquet options ({@link RecordGenerator#PARQUET_OPTIONS}): the
 * FY2023 months of the kinds kept by month (check-ups, claims, drug lines), and the kinds kept as one file whole. Each
 * kind's rows are loaded into memory before its clock starts, so only the encoding and the writing are timed: no drawing, no
 * generating. A generator can be no faster than that; it says whether "generates faster than the compute reads" can
 * hold for these files on this machine.
 *   java -cp CLASSPATH bench/GeneratorFloorBench.java DIR ROUNDS [YEARS_IN_SET]
 */
public class GeneratorFloorBench {

    private static final FiscalYear YEAR = FiscalYear.of(2023);

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        int yearsInSet = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        Path out = Files.createTempDirectory("generator-floor");
        DuckDbRecordsEngine engine = new DuckDbRecordsEngine(
                new EngineSettings("12GB", Path.of(System.getProperty("java.io.tmpdir"), "records-bench-spill")));
        var queries = DefinitionLibrary.reference().all();
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET memory_limit = '8GB'");
            for (int round = 1; round <= rounds; round++) {
                long t0 = System.nanoTime();
                engine.compute(data, YEAR, Optional.empty(), queries);
                add(seconds, "compute FY2023", t0);
                for (RecordKind kind : RecordKind.values()) {
                    long rows = load(s, data, kind);
                    if (round == 1) {
                        System.out.printf(Locale.ROOT, "%-16s %,14d rows%s%n", kind.fileName(), rows,
                                RecordGenerator.MONTHLY.contains(kind) ? " (FY2023)" : " (all years)");
                    }
                    t0 = System.nanoTime();
                    s.execute("COPY " + kind.fileName() + " TO " + RecordFiles.literal(out.resolve(kind.fileName()
                            + ".parquet")) + " (" + RecordGenerator.PARQUET_OPTIONS + ")");
                    add(seconds, "write " + kind.fileName(), t0);
                    s.execute("DROP TABLE " + kind.fileName());
                }
                System.out.printf(Locale.ROOT, "round %d done%n", round);
            }
        } finally {
            try (Stream<Path> files = Files.walk(out)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        Map<String, Double> median = new LinkedHashMap<>();
        for (Map.Entry<String, List<Double>> e : seconds.entrySet()) {
            List<Double> sorted = e.getValue().stream().sorted().toList();
            median.put(e.getKey(), sorted.get(sorted.size() / 2));
            System.out.printf(Locale.ROOT, "%-22s median %8.2f  min %8.2f  max %8.2f  (%d rounds)%n", e.getKey() + " s",
                    sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
        }
        double monthly = RecordGenerator.MONTHLY.stream().mapToDouble(k -> median.get("write " + k.fileName())).sum();
        double others = Stream.of(RecordKind.values()).filter(k -> !RecordGenerator.MONTHLY.contains(k))
                .mapToDouble(k -> median.get("write " + k.fileName())).sum();
        double year = monthly + others / yearsInSet;
        double compute = median.get("compute FY2023");
        System.out.printf(Locale.ROOT, "writing a year: %.2f s (check-ups, claims and drug lines %.2f s; the other kinds"
                + " %.2f s for %d years, a year's share %.2f s)%n", year, monthly, others, yearsInSet, others / yearsInSet);
        System.out.printf(Locale.ROOT, "writing a year / computing it = %.2f (a generator faster than the compute needs"
                + " below 1)%n", year / compute);
    }

    /**
     * A kind as an in-memory table (one at a time: at scale 1.0 a year's drug lines alone are a hundred million
     * rows): the FY2023 months of a kind kept by month (its files named by month), the whole of any other.
     */
    private static long load(Statement s, Path data, RecordKind kind) throws SQLException {
        RecordFiles.Location location = RecordFiles.locate(data, kind);
        String source;
        if (RecordGenerator.MONTHLY.contains(kind)) {
            List<String> files = new ArrayList<>();
            for (YearMonth m = YearMonth.from(YEAR.firstDay()); YEAR.contains(m); m = m.plusMonths(1)) {
                files.add(RecordFiles.literal(location.path().resolve(m + ".parquet")));
            }
            source = "[" + files.stream().collect(Collectors.joining(", ")) + "]";
        } else {
            source = RecordFiles.parquetPaths(location);
        }
        s.execute("CREATE TABLE " + kind.fileName() + " AS SELECT * FROM read_parquet(" + source + ")");
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + kind.fileName())) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void add(Map<String, List<Double>> seconds, String what, long since) {
        seconds.computeIfAbsent(what, k -> new ArrayList<>()).add((System.nanoTime() - since) / 1e9);
    }
}
