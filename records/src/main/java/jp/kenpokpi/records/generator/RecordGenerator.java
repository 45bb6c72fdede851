package jp.kenpokpi.records.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.records.engine.EngineSettings;
import jp.kenpokpi.records.engine.RecordFiles;
import jp.kenpokpi.records.engine.RecordsException;
import jp.kenpokpi.records.schema.RecordKind;

/**
 * Writes a synthetic (架空) data set as docs/RECORDS.md describes it: one Parquet file per record kind (a directory of
 * one file per month for check-ups, claims and drug lines), with the columns and types of {@link RecordKind}, for a
 * scale, fiscal years and a seed (docs/RECORDS.md, 「Generating a data set」).
 *
 * <p>Everything is generated in SQL on an embedded DuckDB: rows come from {@code range()}, every random choice from
 * {@code hash(key, hash(seed, purpose))}, so the same request gives the same rows, and {@code COPY (SELECT …) TO … (FORMAT
 * parquet)} writes them without passing through Java. The work tables live in a DuckDB file beside the output (deleted
 * at the end), bounded by the settings' memory limit and spilling to their directory.
 */
public final class RecordGenerator {

    /** Slots a uniform draw is mapped to for a branch (by population) and for an age (by the age structure). */
    private static final int BRANCH_SLOTS = 10_000;

    private static final int AGE_SLOTS = 1_000;

    /** Insured per office: about 2.5 million offices at scale 1.0. */
    private static final int INSURED_PER_OFFICE = 10;

    /**
     * Below this many members a branch would go years without a rare record (an after-loss refund claim, a
     * re-examined claim, a dependant selected for health guidance), and its KPIs over them would have no
     * denominator: the scripts draw those records more often there, by this number over the branch's members
     * ({@code rare_boost(branch_code)}); below a tenth of it, up to three times the members leave (setup.sql's
     * {@code leaving}: a branch with a handful of leavers has years without one). No branch is that small from scale
     * 0.03 on.
     */
    static final long RARE_EVENT_MEMBERS = 5_000;

    /**
     * The kinds written as a directory of one file per month (of service, of the check-up): a definition that reads a
     * month or a year skips the other months' files by their statistics. Writing them month by month from the work
     * tables, rather than sorting a kind by date, keeps the generator within its memory at national scale (a sort of
     * 300 million claims did not fit in 8 GB).
     */
    public static final Set<RecordKind> MONTHLY =
            EnumSet.of(RecordKind.CHECKUPS, RecordKind.CLAIMS, RecordKind.DRUG_LINES);

    /**
     * How every file is written: zstd at its fastest level, about as small as the default level and much faster to
     * write (bench/generator-floor.sh times writing with these options alone).
     */
    public static final String PARQUET_OPTIONS = "FORMAT parquet, COMPRESSION zstd, COMPRESSION_LEVEL 1";

    /** The work directory inside the output, deleted when done. */
    public static final String WORK_DIRECTORY = ".generating";

    private final EngineSettings settings;
    private final GeneratorProfile profile;

    public RecordGenerator(EngineSettings settings) {
        this(settings, GeneratorProfile.reference());
    }

    RecordGenerator(EngineSettings settings, GeneratorProfile profile) {
        this.settings = settings;
        this.profile = profile;
    }

    /**
     * Generates the data set into {@code out} (created if missing; it must hold no data set yet) and writes its
     * {@code README.txt}.
     *
     * @throws RecordsException naming the kind that failed, or why the directory cannot be used
     */
    public GenerationManifest generate(GenerationRequest request, Path out) {
        return generate(request, out, (step, seconds) -> {});
    }

    /** What a step of a generation took: the work tables ({@code setup}) or one kind's file ({@code claims}). */
    @FunctionalInterface
    public interface Progress {
        void done(String step, double seconds);
    }

    /** As {@link #generate(GenerationRequest, Path)}, telling {@code progress} what each step took. */
    public GenerationManifest generate(GenerationRequest request, Path out, Progress progress) {
        long started = System.nanoTime();
        Path work = prepare(out);
        Map<RecordKind, Long> rows = new EnumMap<>(RecordKind.class);
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + work.resolve("work.duckdb"));
                Statement statement = connection.createStatement()) {
            statement.execute("SET memory_limit = '" + settings.memoryLimit() + "'");
            statement.execute("SET temp_directory = " + RecordFiles.literal(settings.spillDirectory()));
            Map<String, String> values = values(request);
            for (String sql : shapeTables(request)) statement.execute(sql);
            for (String sql : GeneratorScript.statements("setup.sql", values)) statement.execute(sql);
            progress.done("setup", seconds(started));
            for (RecordKind kind : RecordKind.values()) {
                if (MONTHLY.contains(kind)) continue;
                long step = System.nanoTime();
                rows.put(kind, writeFile(statement, kind, values, out));
                progress.done(kind.fileName(), seconds(step));
            }
            Map<RecordKind, Double> monthly = writeMonthly(statement, values, request, out);
            for (RecordKind kind : MONTHLY) {
                rows.put(kind, rows(statement, out, kind));
                progress.done(kind.fileName(), monthly.get(kind));
            }
        } catch (SQLException e) {
            throw new RecordsException("記録の生成に失敗しました（" + out + "）: " + e.getMessage(), e);
        } finally {
            delete(work);
        }
        GenerationManifest manifest =
                new GenerationManifest(request, rows, Duration.ofNanos(System.nanoTime() - started));
        manifest.write(out);
        return manifest;
    }

    /** The output directory, checked to hold no data set, and a fresh work directory in it. */
    private static Path prepare(Path out) {
        try {
            Files.createDirectories(out);
            for (RecordKind kind : RecordKind.values()) {
                for (String name : List.of(kind.fileName() + ".parquet", kind.fileName() + ".csv", kind.fileName())) {
                    if (Files.exists(out.resolve(name))) {
                        throw new RecordsException("出力先 " + out + " には既にデータセットがあります（" + name + "）。空のフォルダを指定してください");
                    }
                }
            }
            Path work = out.resolve(WORK_DIRECTORY);
            delete(work);
            return Files.createDirectories(work);
        } catch (IOException e) {
            throw new RecordsException("出力先のフォルダ " + out + " を作れません: " + e.getMessage(), e);
        }
    }

    /**
     * A kind's rows: the kind's query (generator/kinds/KIND.sql) cast to the schema's columns in the schema's order, so
     * the file holds exactly what {@link RecordKind} declares.
     */
    private static String query(RecordKind kind, Map<String, String> values) {
        String columns = kind.columns().stream()
                .map(c -> "CAST(" + c.name() + " AS " + c.sqlType() + ") AS " + c.name())
                .collect(Collectors.joining(", "));
        return "SELECT " + columns + " FROM (" + GeneratorScript.query("kinds/" + kind.fileName() + ".sql", values)
                + ") AS generated";
    }

    /** Writes a kind that is not {@link #MONTHLY} as one file, {@code KIND.parquet}, and counts its rows. */
    private static long writeFile(Statement statement, RecordKind kind, Map<String, String> values, Path out) {
        try {
            copy(statement, query(kind, values), out.resolve(kind.fileName() + ".parquet"));
            return rows(statement, out, kind);
        } catch (SQLException e) {
            throw failed(kind, e);
        }
    }

    private static RecordsException failed(RecordKind kind, Exception e) {
        return new RecordsException(kind.nameJa() + "（" + kind.fileName() + "）の生成に失敗しました: " + e.getMessage(), e);
    }

    /**
     * Writes the kinds of {@link #MONTHLY} as directories of one file per month ({@code claims/2023-04.parquet}),
     * month by month: the scripts' {@code in_file(date)}, {@code in_year(fy)} and {@code in_month(index)} macros set to
     * the month, the month's claims made once into the temporary table {@code claim} (the claims' and the drug lines'
     * files are both written from it), then each kind's file. Nothing holds more than a month of claims, and nothing
     * is sorted.
     *
     * @return the seconds each kind took, the month's claims counted to the claims
     */
    private static Map<RecordKind, Double> writeMonthly(
            Statement statement, Map<String, String> values, GenerationRequest request, Path out) {
        Map<RecordKind, Double> seconds = new EnumMap<>(RecordKind.class);
        Map<RecordKind, String> queries = new EnumMap<>(RecordKind.class);
        RecordKind writing = RecordKind.CLAIMS;
        try {
            for (RecordKind kind : MONTHLY) {
                queries.put(kind, query(kind, values));
                seconds.put(kind, 0.0);
                Files.createDirectories(out.resolve(kind.fileName()));
            }
            List<YearMonth> months = months(request);
            for (int i = 0; i < months.size(); i++) {
                YearMonth month = months.get(i);
                // The first and the last file take anything before or after the years too: no row is left out.
                String from = i == 0 ? "DATE '0001-01-01'" : "DATE '" + month.atDay(1) + "'";
                String to = i == months.size() - 1
                        ? "DATE '9999-12-31'"
                        : "DATE '" + months.get(i + 1).atDay(1) + "'";
                FiscalYear fiscalYear = FiscalYear.containing(month);
                long monthOfYear = ChronoUnit.MONTHS.between(YearMonth.from(fiscalYear.firstDay()), month);
                long step = System.nanoTime();
                writing = RecordKind.CLAIMS;
                statement.execute("CREATE OR REPLACE TEMP MACRO in_file(d) AS d >= " + from + " AND d < " + to);
                statement.execute("CREATE OR REPLACE TEMP MACRO in_year(fy) AS fy = " + fiscalYear.value());
                statement.execute("CREATE OR REPLACE TEMP MACRO in_month(month_index) AS month_index = " + monthOfYear);
                statement.execute("CREATE OR REPLACE TEMP TABLE claim AS SELECT * FROM month_claim");
                seconds.merge(RecordKind.CLAIMS, seconds(step), Double::sum);
                for (RecordKind kind : MONTHLY) {
                    writing = kind;
                    step = System.nanoTime();
                    copy(
                            statement,
                            queries.get(kind),
                            out.resolve(kind.fileName()).resolve(month + ".parquet"));
                    seconds.merge(kind, seconds(step), Double::sum);
                }
            }
            statement.execute("DROP TABLE claim");
            return seconds;
        } catch (SQLException | IOException e) {
            throw failed(writing, e);
        }
    }

    private static void copy(Statement statement, String query, Path file) throws SQLException {
        statement.execute("COPY (" + query + ") TO " + RecordFiles.literal(file) + " (" + PARQUET_OPTIONS + ")");
    }

    /** The rows written for a kind, read from its file or files as the engines find them. */
    private static long rows(Statement statement, Path out, RecordKind kind) throws SQLException {
        String paths = RecordFiles.parquetPaths(RecordFiles.locate(out, kind));
        try (ResultSet count = statement.executeQuery("SELECT count(*) FROM read_parquet(" + paths + ")")) {
            count.next();
            return count.getLong(1);
        }
    }

    /** The months of the requested fiscal years, April of the first to March after the last. */
    private static List<YearMonth> months(GenerationRequest request) {
        List<YearMonth> months = new ArrayList<>();
        YearMonth last = YearMonth.of(request.lastYear().value() + 1, 3);
        for (YearMonth m = YearMonth.of(request.firstYear().value(), 4); !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** The values the scripts' placeholders take: numbers and date literals only. */
    private static Map<String, String> values(GenerationRequest request) {
        LocalDate firstStart = LocalDate.of(request.firstYear().value(), 4, 1);
        LocalDate lastEnd = LocalDate.of(request.lastYear().value() + 1, 3, 31);
        return Map.of(
                "seed", Long.toString(request.seed()),
                "members", Long.toString(request.members()),
                "first_start", "DATE '" + firstStart + "'",
                "last_end", "DATE '" + lastEnd + "'",
                "days", Long.toString(ChronoUnit.DAYS.between(firstStart, lastEnd) + 1),
                "insured_share", number(GenerationRequest.INSURED_SHARE));
    }

    /**
     * The small tables the scripts draw from: the fiscal years; each branch with its rates, its number of offices and
     * its slots (a share of {@value #BRANCH_SLOTS} by population); and the ages' slots (a share of {@value #AGE_SLOTS}
     * per kind of member by the age structure).
     */
    private List<String> shapeTables(GenerationRequest request) {
        List<String> sql = new ArrayList<>();
        sql.add("CREATE TABLE years AS SELECT CAST(range AS INTEGER) AS fy, make_date(CAST(range AS INTEGER), 4, 1) AS"
                + " fy_start, make_date(CAST(range AS INTEGER) + 1, 3, 31) AS fy_end FROM range("
                + request.firstYear().value() + ", " + (request.lastYear().value() + 1) + ")");
        List<String> branches = new ArrayList<>();
        List<String> boosts = new ArrayList<>();
        double total = profile.totalPopulationThousands();
        long before = 0;
        for (BranchProfile b : profile.branches()) {
            if (!b.code().matches("\\d{2}")) throw new IllegalStateException("branch code: " + b.code());
            long lo = Math.round(before / total * BRANCH_SLOTS);
            before += b.populationThousands();
            long hi = Math.round(before / total * BRANCH_SLOTS);
            long offices = Math.max(
                    1,
                    Math.round(request.members()
                            * (b.populationThousands() / total)
                            * GenerationRequest.INSURED_SHARE
                            / INSURED_PER_OFFICE));
            branches.add("('" + b.code() + "', "
                    + Stream.of(
                                    b.lifestyleRate(),
                                    b.employerDataRate(),
                                    b.dependantCheckupRate(),
                                    b.insuredGuidanceRate(),
                                    b.dependantGuidanceRate(),
                                    b.referralVisitRate(),
                                    b.commissionerCoverage())
                            .map(RecordGenerator::number)
                            .collect(Collectors.joining(", "))
                    + ", " + offices + ", " + lo + ", " + hi + ")");
            double members = request.members() * (b.populationThousands() / total);
            boosts.add("WHEN '" + b.code() + "' THEN "
                    + number(Math.max(1.0, RARE_EVENT_MEMBERS / Math.max(members, 1.0))));
        }
        // A macro, not a column of the branch table: a join there would cost the scripts their rows' order.
        sql.add("CREATE MACRO rare_boost(code) AS CASE code " + String.join(" ", boosts) + " ELSE 1.0 END");
        sql.add(
                "CREATE TABLE branch AS SELECT * FROM (VALUES " + String.join(", ", branches) + ") AS b(branch_code,"
                        + " lifestyle_rate, employer_data_rate, dependant_checkup_rate, insured_guidance_rate,"
                        + " dependant_guidance_rate, referral_visit_rate, commissioner_coverage, office_count, slot_lo, slot_hi)");
        sql.add("CREATE TABLE branch_slot AS SELECT branch_code, office_count, unnest(range(slot_lo, slot_hi)) AS slot"
                + " FROM branch");
        sql.add(
                "CREATE TABLE age_slot AS SELECT member_kind, age, unnest(range(slot_lo, slot_hi)) AS slot FROM (VALUES "
                        + String.join(", ", ageSlots()) + ") AS a(member_kind, age, slot_lo, slot_hi)");
        return sql;
    }

    /** Per kind of member, each age's slots: its band's percent spread evenly over the band's ages. */
    private List<String> ageSlots() {
        List<String> rows = new ArrayList<>();
        for (String kind : List.of("insured", "dependant")) {
            List<AgeBand> bands = profile.ages().stream()
                    .filter(a -> a.memberKind().equals(kind))
                    .toList();
            double total = bands.stream().mapToDouble(AgeBand::percent).sum();
            double before = 0;
            for (AgeBand band : bands) {
                double perAge = band.percent() / (band.ageTo() - band.ageFrom() + 1);
                for (int age = band.ageFrom(); age <= band.ageTo(); age++) {
                    long lo = Math.round(before / total * AGE_SLOTS);
                    before += perAge;
                    long hi = Math.round(before / total * AGE_SLOTS);
                    if (hi > lo) rows.add("('" + kind + "', " + age + ", " + lo + ", " + hi + ")");
                }
            }
        }
        return rows;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    private static void delete(Path directory) {
        if (!Files.exists(directory)) return;
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException("作業フォルダ " + directory + " を削除できません", e);
        }
    }
}
