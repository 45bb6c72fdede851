import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kenpokpi.app.cli.CliApplication;
import jp.kenpokpi.app.interchange.ImportReport;
import jp.kenpokpi.app.interchange.InterchangeImport;
import jp.kenpokpi.app.system.BulkInsert;
import jp.kenpokpi.interchange.InterchangeFile;

/**
 * Times the KPI import in one JVM, after its start (bench/import.sh): the command line's context (no web server) on an
 * empty database, then ROUNDS times: the tables emptied, the file read from disk and imported by the import the
 * command line and the page use (InterchangeImport.importFiles: read, check, store, log, re-evaluate), the same file
 * imported again (nothing changes), the floor: the rows the import stored (targets, results, change log) read back and
 * written again into the emptied tables by the import's own bulk insert in one transaction, nothing read, checked or
 * evaluated (what the database alone costs for these rows in this schema), and the naive way for comparison: the
 * tables emptied, one INSERT per row into kpi_result with autocommit and no batching, no check and no log. Prints each
 * round, then median and spread.
 *   java -cp CLASSPATH bench/ImportBench.java (H2_PATH | jdbc:postgresql://…/db) FILE ROUNDS [naive|no-naive]
 *   (AGAIN=0: no second import; NAIVE_SECONDS=N: how long the naive insert runs, default 30)
 */
public class ImportBench {

    public static void main(String[] args) throws Exception {
        String db = args[0];
        Path file = Path.of(args[1]);
        int rounds = Integer.parseInt(args[2]);
        boolean naive = args.length < 4 || !args[3].equals("no-naive");
        List<String> properties = new ArrayList<>(List.of("--kenpo.sample-data=false"));
        if (db.startsWith("jdbc:postgresql:")) {
            properties.add("--spring.datasource.url=" + db);
            properties.add("--spring.datasource.username=postgres");
            properties.add("--spring.datasource.password=");
            properties.add("--kenpo.db=/nonexistent/unused");
        } else {
            properties.add("--kenpo.db=" + db);
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CliApplication.class)
                .web(WebApplicationType.NONE).profiles("cli").logStartupInfo(false)
                .run(properties.toArray(String[]::new))) {
            InterchangeImport importer = context.getBean(InterchangeImport.class);
            DataSource data = context.getBean(DataSource.class);
            String product;
            try (Connection c = data.getConnection()) {
                product = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
            }
            System.out.printf("machine: %d cores, %s %s, max heap %,d MB; database %s%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                    System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, product);
            List<double[]> results = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                empty(data);
                System.gc();
                resetPeaks();
                Map<String, Long> stages = new LinkedHashMap<>();
                Map<String, Long> cpuStages = new LinkedHashMap<>();
                java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                long[] lastCpu = {threads.getCurrentThreadCpuTime()};
                long cpu0 = lastCpu[0];
                long[] last = {System.nanoTime()};
                String[] stage = {""};
                long t0 = System.nanoTime();
                byte[] bytes = Files.readAllBytes(file);
                ImportReport report = importer.importFiles(List.of(new InterchangeFile(file.getFileName().toString(), bytes)),
                        "bench", "import", (s, done, total) -> {
                            if (!s.equals(stage[0])) {
                                long now = System.nanoTime();
                                long cpu = threads.getCurrentThreadCpuTime();
                                if (!stage[0].isEmpty()) {
                                    stages.merge(stage[0], now - last[0], Long::sum);
                                    cpuStages.merge(stage[0], cpu - lastCpu[0], Long::sum);
                                }
                                stage[0] = s;
                                last[0] = now;
                                lastCpu[0] = cpu;
                            }
                        });
                long t1 = System.nanoTime();
                long cpu1 = threads.getCurrentThreadCpuTime();
                if (!stage[0].isEmpty()) {
                    stages.merge(stage[0], t1 - last[0], Long::sum);
                    cpuStages.merge(stage[0], cpu1 - lastCpu[0], Long::sum);
                }
                bytes = null;
                long peak = heapPeak();
                int rows = report.rowsRead();
                StringBuilder split = new StringBuilder();
                stages.forEach((s, ns) -> split.append(String.format(Locale.ROOT, " %s %.0f ms (cpu %.0f)", s, ns / 1e6,
                        cpuStages.get(s) / 1e6)));
                System.out.printf(Locale.ROOT,
                        "round %d: import %,d rows in %.0f ms = %,.0f rows/s (importing thread's cpu %.0f ms = %,.0f rows/s);%s; heap peak %,d MB%n",
                        round, rows, (t1 - t0) / 1e6, rows / ((t1 - t0) / 1e9), (cpu1 - cpu0) / 1e6,
                        rows / ((cpu1 - cpu0) / 1e9), split, peak >> 20);
                long t2 = System.nanoTime();
                ImportReport again = System.getenv().getOrDefault("AGAIN", "1").equals("0")
                        ? report
                        : importer.importFiles(List.of(new InterchangeFile(file.getFileName().toString(),
                                Files.readAllBytes(file))), "bench", "import");
                long t3 = System.nanoTime();
                double floorMs = floor(data, context.getBean(TransactionTemplate.class));
                double naiveRate = Double.NaN;
                if (naive) {
                    empty(data);
                    long n0 = System.nanoTime();
                    int inserted = naiveInsert(data, file);
                    naiveRate = inserted / ((System.nanoTime() - n0) / 1e9);
                    empty(data);
                }
                double rate = rows / ((t1 - t0) / 1e9);
                double againRate = again == report ? Double.NaN : rows / ((t3 - t2) / 1e9);
                double floorShare = floorMs / ((t1 - t0) / 1e6);
                results.add(new double[] {rate, againRate, naiveRate, rate / naiveRate, floorMs, floorShare, peak >> 20});
                System.out.printf(Locale.ROOT,
                        "         %s | again: %.0f ms = %,.0f rows/s (%s) | floor: %.0f ms = %.0f%% of the import, %,.0f rows/s at most | naive: %,.0f rows/s | import/naive %.1f×%n",
                        report.summaryJa(), (t3 - t2) / 1e6, againRate, again.summaryJa(), floorMs, floorShare * 100,
                        rows / (floorMs / 1e3), naiveRate, rate / naiveRate);
            }
            String[] names = {"import rows/s", "again rows/s", "naive rows/s", "import/naive", "floor ms", "floor/import",
                "heap peak MB"};
            for (int i = 0; i < names.length; i++) {
                final int k = i;
                double[] v = results.stream().mapToDouble(r -> r[k]).sorted().toArray();
                System.out.printf(Locale.ROOT, "%-14s median %,12.1f  min %,12.1f  max %,12.1f  (%d rounds)%n", names[i],
                        v[v.length / 2], v[0], v[v.length - 1], v.length);
            }
        }
    }

    /**
     * The database's part alone: the targets, results and change-log rows the import stored, read back, the tables
     * emptied, and the rows written again by BulkInsert (the import's own writer) in one transaction, commit included.
     * Returns the milliseconds; the tables hold the same rows after.
     */
    private static double floor(DataSource data, TransactionTemplate transaction) throws Exception {
        List<String> tables = List.of("kpi_target", "kpi_result", "data_change");
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, List<List<Object>>> rows = new LinkedHashMap<>();
        try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
            for (String table : tables) {
                try (java.sql.ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY id")) {
                    java.sql.ResultSetMetaData meta = rs.getMetaData();
                    List<String> names = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) names.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
                    List<List<Object>> values = new ArrayList<>();
                    while (rs.next()) {
                        List<Object> row = new ArrayList<>(names.size());
                        for (int i = 1; i <= names.size(); i++) row.add(rs.getObject(i));
                        values.add(row);
                    }
                    columns.put(table, names);
                    rows.put(table, values);
                }
            }
            for (String table : List.of("data_change", "kpi_result", "kpi_target")) s.executeUpdate("DELETE FROM " + table);
        }
        System.gc();
        long t0 = System.nanoTime();
        transaction.executeWithoutResult(status -> {
            for (String table : tables) {
                new BulkInsert(data, table, String.join(", ", columns.get(table))).insert(rows.get(table));
            }
        });
        return (System.nanoTime() - t0) / 1e6;
    }

    private static void empty(DataSource data) throws Exception {
        try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("notice", "data_change", "kpi_result", "kpi_target", "import_batch")) {
                s.executeUpdate("DELETE FROM " + table);
            }
        }
    }

    /**
     * One INSERT per row, autocommit, no batch: the texts of the row as they are, nothing checked or logged. Stops
     * after NAIVE_SECONDS (default 30): its rate is the rows it inserted by then (row by row, the rate does not change
     * with the length of the file).
     */
    private static int naiveInsert(DataSource data, Path file) throws Exception {
        long until = System.nanoTime() + Long.parseLong(System.getenv().getOrDefault("NAIVE_SECONDS", "30")) * 1_000_000_000L;
        int n = 0;
        try (Connection c = data.getConnection()) {
            c.setAutoCommit(true);
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> header = Arrays.asList(lines.get(0).split(",", -1));
            for (String line : lines.subList(1, lines.size())) {
                // Split at the commas outside double quotes (6,535円 is quoted), the quotes taken off.
                String[] f = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
                for (int i = 0; i < f.length; i++) f[i] = f[i].replace("\"", "");
                try (PreparedStatement p = c.prepareStatement("""
                        INSERT INTO kpi_result (org_code, fiscal_year, as_of, kpi_code, definition_fy, actual_text,
                            actual_kind, numerator, denominator, source, synthetic, version, changed_by, changed_at)
                        VALUES (?, ?, ?, ?, ?, ?, 'AMOUNT', ?, ?, ?, TRUE, 0, 'naive', ?)""")) {
                    p.setString(1, f[header.indexOf("branch_code")]);
                    p.setInt(2, Integer.parseInt(f[header.indexOf("fiscal_year")]));
                    p.setString(3, f[header.indexOf("as_of")]);
                    p.setString(4, f[header.indexOf("kpi_code")]);
                    p.setInt(5, 2021);
                    p.setString(6, f[header.indexOf("actual")]);
                    String num = f[header.indexOf("numerator")];
                    String den = f[header.indexOf("denominator")];
                    p.setBigDecimal(7, num.isEmpty() ? null : new java.math.BigDecimal(num));
                    p.setBigDecimal(8, den.isEmpty() ? null : new java.math.BigDecimal(den));
                    p.setString(9, f[header.indexOf("source")]);
                    p.setTimestamp(10, Timestamp.from(Instant.now()));
                    n += p.executeUpdate();
                }
                if (System.nanoTime() > until) break;
            }
        }
        return n;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
    }

    /** The sum of the heap pools' peaks since the last reset (an upper bound of the heap in use at any moment). */
    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }
}
