package jp.kenpokpi.app.result;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import jp.kenpokpi.app.audit.DataVersion;
import jp.kenpokpi.app.system.BulkInsert;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.evaluation.SelfEvaluation;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.KpiDataSet;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.result.StoredResult;
import jp.kenpokpi.result.StoredTarget;
import jp.kenpokpi.value.PrintedValue;
import jp.kenpokpi.value.StoredValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Targets and results as stored. Texts are kept as printed; a result's value is kept typed beside its text and read
 * back from its columns ({@link StoredValue}), never parsed from the text again on load.
 */
@Repository
public class KpiRecordRepository {

    /** The columns an insert writes: what a target records (see recorded), then its version, 0. */
    private static final String TARGET_COLUMNS =
            "org_code, fiscal_year, kpi_code, target_text, note, source, synthetic, changed_by, changed_at, batch_id,"
                    + " version";
    /** The columns an insert writes: what a result records (see recorded), who and when, then its version, 0. */
    private static final String RESULT_COLUMNS = """
            org_code, fiscal_year, as_of, kpi_code, definition_fy, actual_text, actual_kind,
                actual_value, actual_unit, actual_scale,
                numerator, denominator, national_value_text, national_value, national_value_scale, national_rank,
                printed_mark, self_evaluation, note, source, synthetic, changed_by, changed_at, batch_id, version""";

    private static final String UPDATE_TARGET = """
            UPDATE kpi_target SET target_text = ?, note = ?, source = ?, synthetic = ?, version = version + 1,
                changed_by = ?, changed_at = ?, batch_id = ? WHERE id = ? AND version = ?""";
    private static final String UPDATE_RESULT = """
            UPDATE kpi_result SET actual_text = ?, actual_kind = ?, actual_value = ?, actual_unit = ?,
                actual_scale = ?, numerator = ?, denominator = ?,
                national_value_text = ?, national_value = ?, national_value_scale = ?, national_rank = ?,
                printed_mark = ?, self_evaluation = ?,
                note = ?, source = ?, synthetic = ?, version = version + 1, changed_by = ?, changed_at = ?,
                batch_id = ? WHERE id = ? AND version = ?""";

    private final JdbcClient jdbc;
    private final DataVersion version;
    /** The batched updates of an import (JdbcClient has no batch). */
    private final JdbcTemplate batches;

    private final BulkInsert targetInsert;
    private final BulkInsert resultInsert;

    private final VersionedCache cache = new VersionedCache();

    public KpiRecordRepository(JdbcClient jdbc, DataVersion version, DataSource dataSource) {
        this.jdbc = jdbc;
        this.version = version;
        this.batches = new JdbcTemplate(dataSource);
        this.targetInsert = new BulkInsert(dataSource, "kpi_target", TARGET_COLUMNS);
        this.resultInsert = new BulkInsert(dataSource, "kpi_result", RESULT_COLUMNS);
    }

    /**
     * Everything recorded for the fiscal years from..to, for all organisations. Pages ask for the same years again
     * and again, so loaded sets are kept until the data changes: every change writes a data_change row, so the
     * highest data_change id is the version of the data (also when another process, the command line, imports).
     */
    public KpiDataSet load(FiscalYear from, FiscalYear to) {
        long version = dataVersion();
        return cache.get("load " + from + "-" + to, version, () -> {
            Span span = this.span;
            if (span != null && span.covers(version, from, to)) return span.between(from, to);
            return loadFromDatabase(from, to);
        });
    }

    /**
     * The rows of the fiscal years from..to as read once at a version of the data, which the loads of narrower spans
     * at that version are cut from while {@link #withSpan} runs: an import's re-evaluation asks for each year's span
     * (the year, two before it and the next), and ten years would otherwise read each year four times.
     */
    private record Span(
            long version, FiscalYear from, FiscalYear to, List<StoredTarget> targets, List<StoredResult> results) {

        boolean covers(long atVersion, FiscalYear first, FiscalYear last) {
            return version == atVersion && !first.isBefore(from) && !last.isAfter(to);
        }

        KpiDataSet between(FiscalYear first, FiscalYear last) {
            return new KpiDataSet(
                    targets.stream()
                            .filter(t -> !t.year().isBefore(first) && !t.year().isAfter(last))
                            .toList(),
                    results.stream()
                            .filter(r -> !r.year().isBefore(first) && !r.year().isAfter(last))
                            .toList());
        }
    }

    private volatile Span span;

    /**
     * Runs {@code work} with the fiscal years from..to read once: every {@link #load} of years within them at the
     * same version of the data is cut from that read. The rows are let go when the work ends.
     */
    public <T> T withSpan(FiscalYear from, FiscalYear to, java.util.function.Supplier<T> work) {
        long version = dataVersion();
        span = new Span(version, from, to, targetRows(from, to), resultRows(from, to));
        try {
            return work.get();
        } finally {
            span = null;
        }
    }

    /**
     * The targets of the fiscal years from..to alone, without their results (a set with no result in it): what the
     * target grid reads, which a save reloads after every change.
     */
    public KpiDataSet targets(FiscalYear from, FiscalYear to) {
        return cache.get(
                "targets " + from + "-" + to, dataVersion(), () -> new KpiDataSet(targetRows(from, to), List.of()));
    }

    private List<StoredTarget> targetRows(FiscalYear from, FiscalYear to) {
        return jdbc.sql("SELECT * FROM kpi_target WHERE fiscal_year BETWEEN ? AND ?")
                .params(from.value(), to.value())
                .query(KpiRecordRepository::target)
                .list();
    }

    /** The version of the data: changes whenever a target or a result changes (DataVersion). */
    public long dataVersion() {
        return version.current();
    }

    private KpiDataSet loadFromDatabase(FiscalYear from, FiscalYear to) {
        return new KpiDataSet(targetRows(from, to), resultRows(from, to));
    }

    private List<StoredResult> resultRows(FiscalYear from, FiscalYear to) {
        return jdbc.sql("SELECT * FROM kpi_result WHERE fiscal_year BETWEEN ? AND ?")
                .params(from.value(), to.value())
                .query(KpiRecordRepository::result)
                .list();
    }

    /** One fiscal year's targets and results as stored. */
    public record YearRecords(List<StoredTarget> targets, List<StoredResult> results) {}

    /** One fiscal year's records read afresh, not kept: the export reads each year once, one year at a time. */
    public YearRecords year(FiscalYear year) {
        return new YearRecords(
                targetRows(year, year),
                jdbc.sql("SELECT * FROM kpi_result WHERE fiscal_year = ?")
                        .param(year.value())
                        .query(KpiRecordRepository::result)
                        .list());
    }

    public record StoredRow<T>(long id, int version, T value) {}

    public Optional<StoredRow<StoredTarget>> findTarget(OrgCode org, FiscalYear year, String kpiCode) {
        return jdbc.sql("SELECT * FROM kpi_target WHERE org_code = ? AND fiscal_year = ? AND kpi_code = ?")
                .params(org.value(), year.value(), kpiCode)
                .query((rs, n) -> new StoredRow<>(rs.getLong("id"), rs.getInt("version"), target(rs, n)))
                .optional();
    }

    /**
     * Which stored rows a list asks for: each condition given narrows it (an empty one does not). {@code asOf} is the
     * month end as stored ("" for year-end results); targets have none.
     */
    public record RowFilter(
            Optional<OrgCode> org,
            Optional<FiscalYear> year,
            Optional<Optional<AsOf>> asOf,
            Optional<String> kpiCode) {}

    /** A page of stored rows with their versions, and how many rows the filter matches in all. */
    public record RowPage<T>(List<StoredRow<T>> rows, long total) {}

    /** Stored targets with their versions, by organisation, year and KPI: a page of the API's list. */
    public RowPage<StoredTarget> targetPage(RowFilter filter, long offset, int limit) {
        return page(
                "kpi_target", filter, "org_code, fiscal_year, kpi_code", offset, limit, KpiRecordRepository::target);
    }

    /** Stored results with their versions, by organisation, year, month end (year-end first), KPI and version. */
    public RowPage<StoredResult> resultPage(RowFilter filter, long offset, int limit) {
        return page(
                "kpi_result",
                filter,
                "org_code, fiscal_year, as_of, kpi_code, definition_fy",
                offset,
                limit,
                KpiRecordRepository::result);
    }

    private <T> RowPage<T> page(
            String table,
            RowFilter filter,
            String order,
            long offset,
            int limit,
            org.springframework.jdbc.core.RowMapper<T> mapper) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        filter.org().ifPresent(o -> {
            conditions.add("org_code = ?");
            params.add(o.value());
        });
        filter.year().ifPresent(y -> {
            conditions.add("fiscal_year = ?");
            params.add(y.value());
        });
        filter.asOf().ifPresent(a -> {
            conditions.add("as_of = ?");
            params.add(asOfKey(a));
        });
        filter.kpiCode().ifPresent(k -> {
            conditions.add("kpi_code = ?");
            params.add(k);
        });
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT COUNT(*) FROM " + table + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(offset);
        pageParams.add(limit);
        List<StoredRow<T>> rows = jdbc.sql("SELECT * FROM " + table + where + " ORDER BY " + order
                        + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(pageParams)
                .query((rs, n) -> new StoredRow<>(rs.getLong("id"), rs.getInt("version"), mapper.mapRow(rs, n)))
                .list();
        return new RowPage<>(rows, total);
    }

    /** The version of each stored target of the year by organisation and KPI, for a form that edits many at once. */
    public Map<OrgCode, Map<String, Integer>> targetVersions(FiscalYear year) {
        Map<OrgCode, Map<String, Integer>> versions = new HashMap<>();
        jdbc.sql("SELECT org_code, kpi_code, version FROM kpi_target WHERE fiscal_year = ?")
                .param(year.value())
                .query(rs -> {
                    versions.computeIfAbsent(OrgCode.of(rs.getString("org_code")), o -> new HashMap<>())
                            .put(rs.getString("kpi_code"), rs.getInt("version"));
                });
        return versions;
    }

    public Optional<StoredRow<StoredResult>> findResult(
            OrgCode org, FiscalYear year, Optional<AsOf> asOf, String kpiCode, int definitionFy) {
        return jdbc.sql("""
                SELECT * FROM kpi_result WHERE org_code = ? AND fiscal_year = ? AND as_of = ? AND kpi_code = ?
                AND definition_fy = ?""")
                .params(org.value(), year.value(), asOfKey(asOf), kpiCode, definitionFy)
                .query((rs, n) -> new StoredRow<>(rs.getLong("id"), rs.getInt("version"), result(rs, n)))
                .optional();
    }

    /**
     * The stored targets of these organisations in a year, by their change-log key (TargetAudit.key): what an import
     * compares its rows with, read together (see ofYear).
     */
    public Map<String, StoredRow<StoredTarget>> targetsOf(FiscalYear year, Collection<OrgCode> orgs) {
        Map<String, StoredRow<StoredTarget>> found = new HashMap<>();
        ofYear("kpi_target", year, orgs, rs -> {
            StoredTarget t = target(rs, 0);
            found.put(
                    TargetAudit.key(t.org(), t.year(), t.kpiCode()),
                    new StoredRow<>(rs.getLong("id"), rs.getInt("version"), t));
        });
        return found;
    }

    /** The stored results of these organisations in a year, by their change-log key (ResultAudit.key). */
    public Map<String, StoredRow<StoredResult>> resultsOf(FiscalYear year, Collection<OrgCode> orgs) {
        Map<String, StoredRow<StoredResult>> found = new HashMap<>();
        ofYear("kpi_result", year, orgs, rs -> {
            StoredResult r = result(rs, 0);
            found.put(ResultAudit.key(r), new StoredRow<>(rs.getLong("id"), rs.getInt("version"), r));
        });
        return found;
    }

    /** Organisations up to this many are read one by one (the unique key's prefix); more, the year at once. */
    private static final int ORGS_READ_ONE_BY_ONE = 8;

    /**
     * The rows of a table in a year for these organisations: a few organisations through the unique key's prefix
     * (org_code, fiscal_year), many through the year's index in one query, the others' rows passed over. (H2 reads an
     * IN list of organisations through the unique key as a scan of each organisation's every year.)
     */
    private void ofYear(
            String table,
            FiscalYear year,
            Collection<OrgCode> orgs,
            org.springframework.jdbc.core.RowCallbackHandler rows) {
        if (orgs.size() <= ORGS_READ_ONE_BY_ONE) {
            for (OrgCode org : orgs) {
                jdbc.sql("SELECT * FROM " + table + " WHERE org_code = ? AND fiscal_year = ?")
                        .params(org.value(), year.value())
                        .query(rows);
            }
            return;
        }
        Set<String> wanted = new HashSet<>();
        orgs.forEach(o -> wanted.add(o.value()));
        jdbc.sql("SELECT * FROM " + table + " WHERE fiscal_year = ?")
                .param(year.value())
                .query(rs -> {
                    if (wanted.contains(rs.getString("org_code"))) rows.processRow(rs);
                });
    }

    /** @param batchId the import batch, or null for a target set on the target grid or by an accepted proposal */
    public void insertTarget(StoredTarget t, String by, Instant at, Long batchId) {
        insertTargets(List.of(t), by, at, batchId);
    }

    /** Inserts the targets in bulk (BulkInsert), in the caller's transaction. */
    public void insertTargets(List<StoredTarget> targets, String by, Instant at, Long batchId) {
        List<List<Object>> rows = new ArrayList<>(targets.size());
        for (StoredTarget t : targets) {
            List<Object> row = new ArrayList<>(10);
            row.addAll(Arrays.asList(t.org().value(), t.year().value(), t.kpiCode()));
            row.addAll(recorded(t, by, at, batchId));
            row.add(0);
            rows.add(row);
        }
        targetInsert.insert(rows);
    }

    /** Updates only the version that was read, so that a change made meanwhile is never silently overwritten. */
    public boolean updateTarget(long id, int version, StoredTarget t, String by, Instant at, Long batchId) {
        return jdbc.sql(UPDATE_TARGET)
                        .params(recorded(t, by, at, batchId))
                        .params(id, version)
                        .update()
                == 1;
    }

    /**
     * Updates each target of the version that was read ({@code StoredRow}: the id and version read, the new value), as
     * one JDBC batch; false when any had moved on since (the caller's transaction must then be rolled back).
     */
    public boolean updateTargets(List<StoredRow<StoredTarget>> targets, String by, Instant at, Long batchId) {
        List<List<Object>> rows = new ArrayList<>(targets.size());
        for (StoredRow<StoredTarget> t : targets) {
            List<Object> row = new ArrayList<>(recorded(t.value(), by, at, batchId));
            row.addAll(Arrays.asList(t.id(), t.version()));
            rows.add(row);
        }
        return batchUpdate(UPDATE_TARGET, rows);
    }

    /** Each statement of the batch must change exactly one row. */
    private boolean batchUpdate(String sql, List<List<Object>> rows) {
        if (rows.isEmpty()) return true;
        int[][] counts = batches.batchUpdate(sql, rows, 1_000, (ps, row) -> {
            for (int i = 0; i < row.size(); i++) {
                Object value = row.get(i);
                // The type of a NULL is left to the database, without asking the driver for the statement's metadata.
                if (value == null) ps.setNull(i + 1, Types.NULL);
                else ps.setObject(i + 1, value);
            }
        });
        for (int[] part : counts) {
            for (int count : part) {
                // SUCCESS_NO_INFO: the driver ran it without a count; only an explicit 0 means a version moved on.
                if (count != 1 && count != java.sql.Statement.SUCCESS_NO_INFO) return false;
            }
        }
        return true;
    }

    /**
     * What a target records and who wrote it, in the column order insert and update share: target_text, note,
     * source, synthetic, changed_by, changed_at, batch_id.
     */
    private static List<Object> recorded(StoredTarget t, String by, Instant at, Long batchId) {
        return Arrays.asList(
                t.text(),
                t.note().orElse(null),
                t.source().orElse(null),
                t.synthetic(),
                by,
                Timestamp.from(at),
                batchId);
    }

    /** @param batchId the import batch, or null for a result entered on the form */
    public void insertResult(StoredResult r, String by, Instant at, Long batchId) {
        insertResults(List.of(r), by, at, batchId);
    }

    /** Inserts the results in bulk (BulkInsert), in the caller's transaction. */
    public void insertResults(List<StoredResult> results, String by, Instant at, Long batchId) {
        Timestamp when = Timestamp.from(at);
        List<List<Object>> rows = new ArrayList<>(results.size());
        for (StoredResult r : results) {
            List<Object> row = new ArrayList<>(24);
            row.addAll(
                    Arrays.asList(r.org().value(), r.year().value(), asOfKey(r.asOf()), r.kpiCode(), r.definitionFy()));
            row.addAll(recorded(r));
            row.addAll(Arrays.asList(by, when, batchId, 0));
            rows.add(row);
        }
        resultInsert.insert(rows);
    }

    /** Updates only the version that was read; the self-evaluation's reason and the narrative are left as they are. */
    public boolean updateResult(long id, int version, StoredResult r, String by, Instant at, Long batchId) {
        return jdbc.sql(UPDATE_RESULT)
                        .params(resultUpdate(new StoredRow<>(id, version, r), by, at, batchId))
                        .update()
                == 1;
    }

    /** Updates each result of the version that was read, as one JDBC batch; false when any had moved on since. */
    public boolean updateResults(List<StoredRow<StoredResult>> results, String by, Instant at, Long batchId) {
        List<List<Object>> rows = new ArrayList<>(results.size());
        for (StoredRow<StoredResult> r : results) rows.add(resultUpdate(r, by, at, batchId));
        return batchUpdate(UPDATE_RESULT, rows);
    }

    private static List<Object> resultUpdate(StoredRow<StoredResult> r, String by, Instant at, Long batchId) {
        List<Object> params = new ArrayList<>(recorded(r.value()));
        params.addAll(Arrays.asList(by, Timestamp.from(at), batchId, r.id(), r.version()));
        return params;
    }

    /**
     * What a result records, in the column order insert and update share: the text as printed, its value typed
     * ({@link StoredValue}), numerator, denominator, national value, rank, printed mark, self-evaluation, note,
     * source and the 架空 flag.
     */
    private static List<Object> recorded(StoredResult r) {
        StoredValue value = StoredValue.of(r.result().value());
        return Arrays.asList(
                r.actualText().orElse(null),
                value.kind().name(),
                value.number().orElse(null),
                value.unit().map(Enum::name).orElse(null),
                value.scale().orElse(null),
                r.result().numerator().orElse(null),
                r.result().denominator().orElse(null),
                r.nationalValueText().orElse(null),
                r.nationalValue().orElse(null),
                r.nationalValue().map(v -> Math.max(0, v.scale())).orElse(null),
                r.nationalRank().orElse(null),
                r.printedMark().map(Mark::stored).orElse(null),
                r.selfEvaluation().map(Enum::name).orElse(null),
                r.note().orElse(null),
                r.source().orElse(null),
                r.synthetic());
    }

    /** Removes a target (an undone insert); false when there was none. */
    public boolean deleteTarget(long id, int version) {
        return jdbc.sql("DELETE FROM kpi_target WHERE id = ? AND version = ?")
                        .params(id, version)
                        .update()
                == 1;
    }

    /** Removes a result (an undone insert); false when it changed since it was read. */
    public boolean deleteResult(long id, int version) {
        return jdbc.sql("DELETE FROM kpi_result WHERE id = ? AND version = ?")
                        .params(id, version)
                        .update()
                == 1;
    }

    /** What the entry form writes beside a result; an import leaves it alone. */
    public record EntryTexts(Optional<String> selfEvaluationReason, Optional<String> narrative) {}

    public EntryTexts entryTexts(long resultId) {
        return jdbc.sql("SELECT self_evaluation_reason, narrative FROM kpi_result WHERE id = ?")
                .param(resultId)
                .query((rs, n) -> new EntryTexts(
                        Optional.ofNullable(rs.getString("self_evaluation_reason")),
                        Optional.ofNullable(rs.getString("narrative"))))
                .single();
    }

    /** Sets the entry texts of a year-end result, in the transaction that inserted or updated it. */
    public void saveEntryTexts(StoredResult r, EntryTexts texts) {
        jdbc.sql("""
                UPDATE kpi_result SET self_evaluation_reason = ?, narrative = ? WHERE org_code = ? AND fiscal_year = ?
                AND as_of = ? AND kpi_code = ? AND definition_fy = ?""")
                .params(
                        texts.selfEvaluationReason().orElse(null),
                        texts.narrative().orElse(null),
                        r.org().value(),
                        r.year().value(),
                        asOfKey(r.asOf()),
                        r.kpiCode(),
                        r.definitionFy())
                .update();
    }

    public int countTargets() {
        return jdbc.sql("SELECT COUNT(*) FROM kpi_target").query(Integer.class).single();
    }

    public int countResults() {
        return jdbc.sql("SELECT COUNT(*) FROM kpi_result").query(Integer.class).single();
    }

    /** The fiscal years that hold any target or result, newest first. */
    public List<FiscalYear> fiscalYears() {
        return cache.get(
                "fiscalYears",
                dataVersion(),
                () -> jdbc.sql("""
                SELECT fiscal_year FROM kpi_result UNION SELECT fiscal_year FROM kpi_target ORDER BY 1 DESC""")
                        .query((rs, n) -> FiscalYear.of(rs.getInt(1)))
                        .list());
    }

    /** The latest fiscal year with a real (not synthetic) year-end result of the organisation. */
    public Optional<FiscalYear> latestRealYear(OrgCode org) {
        return latestReal("MAX(fiscal_year)", "as_of = ''", org, Integer.class).map(FiscalYear::of);
    }

    /** The latest month end with a real (not synthetic) interim result of the organisation. */
    public Optional<AsOf> latestRealAsOf(OrgCode org) {
        return latestReal("MAX(as_of)", "as_of <> ''", org, String.class).flatMap(AsOf::parse);
    }

    /** The maximum over the organisation's real results that match the condition; empty when it has none. */
    private <T> Optional<T> latestReal(String maximum, String condition, OrgCode org, Class<T> type) {
        return jdbc
                .sql("SELECT " + maximum + " FROM kpi_result WHERE org_code = ? AND " + condition
                        + " AND synthetic = FALSE")
                .param(org.value())
                .query(type)
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    static String asOfKey(Optional<AsOf> asOf) {
        return asOf.map(AsOf::iso).orElse("");
    }

    private static StoredTarget target(ResultSet rs, int n) throws SQLException {
        return new StoredTarget(
                OrgCode.of(rs.getString("org_code")),
                FiscalYear.of(rs.getInt("fiscal_year")),
                rs.getString("kpi_code"),
                rs.getString("target_text"),
                Optional.ofNullable(rs.getString("note")),
                Optional.ofNullable(rs.getString("source")),
                rs.getBoolean("synthetic"));
    }

    private static StoredResult result(ResultSet rs, int n) throws SQLException {
        Optional<String> actualText = Optional.ofNullable(rs.getString("actual_text"));
        // The value was parsed once, when it came in (import, form): read back typed, never parsed from the text again.
        PrintedValue value = StoredValue.read(
                        rs.getString("actual_kind"),
                        rs.getBigDecimal("actual_value"),
                        rs.getString("actual_unit"),
                        (Integer) rs.getObject("actual_scale", Integer.class))
                .value();
        Integer nationalScale = (Integer) rs.getObject("national_value_scale", Integer.class);
        String asOf = rs.getString("as_of");
        // At the decimals it was printed with (82.10%), as the result's value.
        Optional<BigDecimal> national =
                Optional.ofNullable(rs.getBigDecimal("national_value")).map(v -> StoredValue.atScale(v, nationalScale));
        return new StoredResult(
                OrgCode.of(rs.getString("org_code")),
                FiscalYear.of(rs.getInt("fiscal_year")),
                asOf.isEmpty() ? Optional.empty() : AsOf.parse(asOf),
                rs.getString("kpi_code"),
                rs.getInt("definition_fy"),
                actualText,
                new Result(
                        value,
                        Optional.ofNullable(rs.getBigDecimal("numerator")).map(BigDecimal::stripTrailingZeros),
                        Optional.ofNullable(rs.getBigDecimal("denominator")).map(BigDecimal::stripTrailingZeros)),
                Optional.ofNullable(rs.getString("national_value_text")),
                national,
                Optional.ofNullable((Integer) rs.getObject("national_rank", Integer.class)),
                Optional.ofNullable(rs.getString("printed_mark")).map(Mark::fromStored),
                Optional.ofNullable(rs.getString("self_evaluation")).flatMap(SelfEvaluation::parse),
                Optional.ofNullable(rs.getString("note")),
                Optional.ofNullable(rs.getString("source")),
                rs.getBoolean("synthetic"),
                Optional.ofNullable(rs.getString("self_evaluation_reason")),
                Optional.ofNullable(rs.getString("narrative")));
    }
}
