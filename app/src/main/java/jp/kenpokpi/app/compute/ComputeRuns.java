package jp.kenpokpi.app.compute;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.kenpokpi.app.importing.ImportPreview;
import jp.kenpokpi.app.interchange.ImportProgress;
import jp.kenpokpi.app.interchange.ImportRejectedException;
import jp.kenpokpi.app.interchange.ImportReport;
import jp.kenpokpi.interchange.ImportProblem;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.period.JapanTime;
import jp.kenpokpi.records.definition.KpiQuery;
import jp.kenpokpi.records.engine.ComputeProgress;
import jp.kenpokpi.records.schema.RecordKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;

/**
 * The run history of KPIs computed from records (table compute_run, V19), kept by the one place both the compute page
 * and {@code ./kenpo-kpi compute} go through: a run is recorded when its computation ends (プレビューのみ, or 失敗 with
 * why), and becomes 反映 with its import batch when applied (or 失敗 when the apply is refused). Who, when, the data
 * set, the year, the as-of month, the KPIs, the engine, how long, the rows read and the figures made.
 */
@Service
public class ComputeRuns {

    /** The engines as the history names them: RecordsCompute.Engine's, lower case, and a figures file read in. */
    public static final String DUCKDB = "duckdb";

    public static final String FIGURES = "figures";

    private static final int MESSAGE_WIDTH = 2000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final RecordsCompute compute;
    private final JdbcClient jdbc;

    public ComputeRuns(RecordsCompute compute, JdbcClient jdbc) {
        this.compute = compute;
        this.jdbc = jdbc;
    }

    /**
     * What to compute, and who asks.
     *
     * @param dataSet the data set as the history names it: its folder's name (the web) or the path given (the CLI)
     * @param kpiCodes the KPIs asked for; empty: every KPI the records can compute
     */
    public record Request(
            String dataSet,
            Path data,
            FiscalYear year,
            Optional<AsOf> asOf,
            List<String> kpiCodes,
            String engine,
            String user) {
        public Request {
            kpiCodes = List.copyOf(kpiCodes);
        }
    }

    /** A run computed and recorded: its history row, its figures and file, the rows it read. */
    public record Computed(long id, RecordsCompute.Run run, long rowsRead, Duration took) {

        /** 令和5年度（2023年度）をデータセット「proof」から算出しました（記録 971行を読み、分子・分母 8件、架空。実行#3）. */
        public String summaryJa(String dataSet) {
            return run.year().label() + run.asOf().map(a -> " " + a.japanese()).orElse("") + "をデータセット「" + dataSet
                    + "」から算出しました（記録 " + String.format("%,d", rowsRead) + "行を読み、分子・分母 "
                    + run.figures().size() + "件" + (run.synthetic() ? "、架空" : "") + "。実行#" + id + "）";
        }
    }

    /** The outcomes of a run as its history row says them. */
    public enum Outcome {
        PREVIEW("プレビューのみ"),
        APPLIED("反映"),
        FAILED("失敗");

        private final String labelJa;

        Outcome(String labelJa) {
            this.labelJa = labelJa;
        }

        public String labelJa() {
            return labelJa;
        }
    }

    /** A run as the history lists it. */
    public record HistoryRow(
            long id,
            String runBy,
            Instant startedAt,
            String dataSet,
            FiscalYear year,
            Optional<AsOf> asOf,
            List<String> kpiCodes,
            String engine,
            Duration took,
            Optional<Long> rowsRead,
            Optional<Integer> figures,
            Outcome outcome,
            Optional<String> message,
            Optional<Long> importBatchId) {

        public String startedAtJa() {
            return WHEN.format(startedAt.atZone(JapanTime.ZONE));
        }

        /** 令和5年度, with 2023年9月末 when computed up to a month end. */
        public String periodJa() {
            return year.label() + asOf.map(a -> " " + a.japanese()).orElse("");
        }

        public String kpisJa() {
            return kpiCodes.isEmpty() ? "すべて" : String.join("、", kpiCodes);
        }

        /** 12,345, or — for a run that failed before it had read. */
        public String rowsReadJa() {
            return rowsRead.map(r -> String.format("%,d", r)).orElse("—");
        }

        /** 1.2秒, 2分3秒. */
        public String tookJa() {
            long millis = took.toMillis();
            if (millis < 60_000) return String.format("%.1f秒", millis / 1000.0);
            return millis / 60_000 + "分" + (millis % 60_000) / 1000 + "秒";
        }
    }

    /**
     * Computes the run (RecordsCompute), telling {@code progress} the engine's stages, and records it as
     * プレビューのみ; a computation that fails is recorded as 失敗 with its message, and the exception goes on.
     */
    public Computed compute(Request request, ComputeProgress progress) {
        RecordsCompute.Engine engine = RecordsCompute.Engine.parse(request.engine())
                .orElseThrow(
                        () -> new IllegalArgumentException("エンジン「" + request.engine() + "」はありません（duckdb または spark）"));
        return recorded(
                request,
                progress,
                counting -> compute.compute(
                        request.data(), request.year(), request.asOf(), request.kpiCodes(), engine, counting));
    }

    /** The figures a Spark job wrote ({@code ./kenpo-kpi compute --figures}), read in and recorded as a run. */
    public Computed fromFigures(Request request, Path figures) {
        return recorded(
                request,
                ComputeProgress.NONE,
                counting -> compute.fromFigures(
                        request.data(), request.year(), request.asOf(), request.kpiCodes(), figures));
    }

    private Computed recorded(
            Request request, ComputeProgress progress, Function<ComputeProgress, RecordsCompute.Run> computation) {
        Instant started = Instant.now();
        AtomicLong rows = new AtomicLong();
        ComputeProgress counting = new ComputeProgress() {
            @Override
            public void read(RecordKind kind, int index, int count, long kindRows) {
                rows.addAndGet(kindRows);
                progress.read(kind, index, count, kindRows);
            }

            @Override
            public void started(KpiQuery query, int index, int count) {
                progress.started(query, index, count);
            }

            @Override
            public void finished(KpiQuery query, int index, int count, int figures) {
                progress.finished(query, index, count, figures);
            }
        };
        RecordsCompute.Run run;
        try {
            run = computation.apply(counting);
        } catch (RuntimeException e) {
            insert(request, started, Duration.between(started, Instant.now()), null, null, Outcome.FAILED, why(e));
            throw e;
        }
        Duration took = Duration.between(started, Instant.now());
        long id = insert(request, started, took, rows.get(), run.figures().size(), Outcome.PREVIEW, null);
        return new Computed(id, run, rows.get(), took);
    }

    /**
     * What applying the run would change (RecordsCompute.preview); a preview refused (a locked year, a submitted
     * report) is recorded as 失敗 with why, and the exception goes on.
     */
    public List<ImportPreview> preview(Computed computed) {
        try {
            return compute.preview(computed.run());
        } catch (ImportRejectedException e) {
            refused(computed.id(), why(e));
            throw e;
        }
    }

    /** The run failed after its computation: 失敗, with why. */
    void refused(long id, String messageJa) {
        jdbc.sql("UPDATE compute_run SET outcome = ?, message = ? WHERE id = ?")
                .params(Outcome.FAILED.name(), clip(messageJa), id)
                .update();
    }

    /**
     * Stores the run's results as an import by {@code user} (RecordsCompute.apply) and records the run as 反映 with
     * its import batch; an apply refused or failed is recorded as 失敗 with why, and the exception goes on.
     */
    public ImportReport apply(Computed computed, String user, ImportProgress progress) {
        ImportReport report;
        try {
            report = compute.apply(computed.run(), user, progress);
        } catch (RuntimeException e) {
            refused(computed.id(), why(e));
            throw e;
        }
        jdbc.sql("UPDATE compute_run SET outcome = ?, message = NULL, import_batch_id = ?, applied_at = ? WHERE id = ?")
                .params(Outcome.APPLIED.name(), report.batchId(), Timestamp.from(Instant.now()), computed.id())
                .update();
        return report;
    }

    /** The newest runs first. */
    public List<HistoryRow> recent(int limit) {
        return jdbc.sql("SELECT * FROM compute_run ORDER BY id DESC").query(ComputeRuns::row).list().stream()
                .limit(limit)
                .toList();
    }

    /** One run, for a test and a page that names it. */
    public Optional<HistoryRow> find(long id) {
        return jdbc.sql("SELECT * FROM compute_run WHERE id = ?")
                .param(id)
                .query(ComputeRuns::row)
                .optional();
    }

    private long insert(
            Request request,
            Instant started,
            Duration took,
            Long rowsRead,
            Integer figures,
            Outcome outcome,
            String message) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO compute_run (run_by, started_at, data_set, fiscal_year, as_of, kpi_codes, engine,
                    duration_ms, rows_read, figures, outcome, message)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        request.user(),
                        Timestamp.from(started),
                        clip(request.dataSet()),
                        request.year().value(),
                        request.asOf().map(AsOf::iso).orElse(null),
                        clip(String.join(",", request.kpiCodes())),
                        request.engine(),
                        took.toMillis(),
                        rowsRead,
                        figures,
                        outcome.name(),
                        message == null ? null : clip(message))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private static HistoryRow row(ResultSet rs, int n) throws SQLException {
        String kpis = rs.getString("kpi_codes");
        return new HistoryRow(
                rs.getLong("id"),
                rs.getString("run_by"),
                rs.getTimestamp("started_at").toInstant(),
                rs.getString("data_set"),
                FiscalYear.of(rs.getInt("fiscal_year")),
                Optional.ofNullable(rs.getString("as_of")).flatMap(AsOf::parse),
                kpis == null || kpis.isEmpty() ? List.of() : List.of(kpis.split(",")),
                rs.getString("engine"),
                Duration.ofMillis(rs.getLong("duration_ms")),
                Optional.ofNullable(rs.getObject("rows_read", Long.class)),
                Optional.ofNullable(rs.getObject("figures", Integer.class)),
                Outcome.valueOf(rs.getString("outcome")),
                Optional.ofNullable(rs.getString("message")),
                Optional.ofNullable(rs.getObject("import_batch_id", Long.class)));
    }

    /** Why a run failed, as the history says it: the exception's Japanese message, or its kind. */
    static String why(RuntimeException e) {
        if (e instanceof ImportRejectedException rejected
                && !rejected.problems().isEmpty()) {
            return rejected.problems().stream().map(ImportProblem::describeJa).collect(Collectors.joining(" / "));
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String clip(String text) {
        return text.length() > MESSAGE_WIDTH ? text.substring(0, MESSAGE_WIDTH) : text;
    }
}
