package jp.kenpokpi.app.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import jp.kenpokpi.app.system.BulkInsert;
import jp.kenpokpi.period.JapanTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every change to a target, a result, a budget, a plan measure or a lock: who made it, when, what it is about
 * (branch, year, KPI, the row), the values before and after as JSON (ChangeValues), and where it came from
 * (ChangeSource). ChangeHistory reads it for people.
 */
@Repository
public class ChangeLog {

    private final JdbcClient jdbc;
    /** An import's changes, written in bulk (BulkInsert). */
    private final BulkInsert bulk;

    public ChangeLog(JdbcClient jdbc, DataSource data) {
        this.jdbc = jdbc;
        this.bulk = new BulkInsert(data, "data_change", COLUMNS);
    }

    /** One recorded change: the one model every page, and the audit log to come, reads. */
    public record Change(
            String table,
            String rowKey,
            String action,
            Map<String, String> before,
            Map<String, String> after,
            String changedBy,
            Instant changedAt,
            ChangeSource source) {

        public Optional<Long> batchId() {
            return source.batchId();
        }

        public ChangeSubject subject() {
            return ChangeSubject.of(table, rowKey);
        }
    }

    public void record(
            String table,
            String rowKey,
            Optional<Map<String, String>> before,
            Map<String, String> after,
            String changedBy,
            Instant at,
            ChangeSource source) {
        insert(
                new Change(
                        table,
                        rowKey,
                        before.isPresent() ? "UPDATE" : "INSERT",
                        before.orElse(Map.of()),
                        after,
                        changedBy,
                        at,
                        source),
                before.isPresent());
    }

    /** A row removed (a budget item no longer in a re-imported file, a lock lifted): its last values, nothing after. */
    public void recordDeletion(
            String table,
            String rowKey,
            Map<String, String> before,
            String changedBy,
            Instant at,
            ChangeSource source) {
        insert(new Change(table, rowKey, "DELETE", before, Map.of(), changedBy, at, source), true);
    }

    /**
     * Records many changes (an import's) with few statements, in the order given, in the caller's transaction. A change
     * whose action is INSERT keeps no values before.
     */
    public void recordAll(List<Change> changes) {
        if (changes.isEmpty()) return;
        DataVersion.forgetInThisRequest();
        List<List<Object>> rows = new ArrayList<>(changes.size());
        for (Change c : changes) rows.add(columns(c, !c.action().equals("INSERT")));
        bulk.insert(rows);
    }

    private static final String COLUMNS = "table_name, row_key, action, old_values, new_values, changed_by, changed_at,"
            + " batch_id, org_code, fiscal_year, kpi_code, source_kind, source_file, source_line";

    private void insert(Change c, boolean hasBefore) {
        DataVersion.forgetInThisRequest();
        jdbc.sql("INSERT INTO data_change (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(columns(c, hasBefore))
                .update();
    }

    /** A change's columns, in the order of COLUMNS. */
    private static List<Object> columns(Change c, boolean hasBefore) {
        ChangeSubject subject = c.subject();
        return java.util.Arrays.asList(
                c.table(),
                c.rowKey(),
                c.action(),
                hasBefore ? ChangeValues.json(c.before()) : null,
                ChangeValues.json(c.after()),
                c.changedBy(),
                Timestamp.from(c.changedAt()),
                c.source().batchId().orElse(null),
                subject.branch().orElse(null),
                subject.fiscalYear().orElse(null),
                subject.kpiCode().orElse(null),
                c.source().kind().name(),
                c.source().file().orElse(null),
                c.source().line().orElse(null));
    }

    /** One row's changes, oldest first. */
    public List<Change> history(String table, String rowKey) {
        return jdbc.sql("SELECT * FROM data_change WHERE table_name = ? AND row_key = ? ORDER BY id")
                .params(table, rowKey)
                .query((rs, n) -> change(rs))
                .list();
    }

    /** A branch's changes of a fiscal year to these tables, oldest first (a branch's target history of a year). */
    public List<Change> history(List<String> tables, String branch, int fiscalYear) {
        String in = String.join(", ", java.util.Collections.nCopies(tables.size(), "?"));
        List<Object> params = new ArrayList<>(tables);
        params.add(branch);
        params.add(fiscalYear);
        return jdbc.sql("SELECT * FROM data_change WHERE table_name IN (" + in
                        + ") AND org_code = ? AND fiscal_year = ?" + " ORDER BY id")
                .params(params)
                .query((rs, n) -> change(rs))
                .list();
    }

    /**
     * The changes the filter lets through, newest first by when they happened (a sample-data step is dated when it
     * happened in the story, not when it was loaded), at most {@code limit}.
     */
    public List<Change> list(ChangeFilter filter, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = where(filter, params);
        params.add(limit);
        return jdbc.sql("SELECT * FROM data_change" + where + " ORDER BY changed_at DESC, id DESC LIMIT ?")
                .params(params)
                .query((rs, n) -> change(rs))
                .list();
    }

    /** A change with its place in the log, which the audit log pages by. */
    public record Entry(long id, Change change) {}

    /**
     * A page of the audit log: the changes the filter lets through, newest first, at most {@code size}, before the
     * entry {@code beforeId} when given. Paged by the log's own order (its id), not by an offset, so that the thousandth
     * page costs what the first does.
     */
    public List<Entry> page(ChangeFilter filter, Optional<Long> beforeId, int size) {
        return page(filter, beforeId, Optional.empty(), size);
    }

    /**
     * A page as {@link #page(ChangeFilter, Optional, int)}, reading no entry below {@code fromId}: the window a free
     * text is looked for in (AuditLogController), which no index can serve.
     */
    public List<Entry> page(ChangeFilter filter, Optional<Long> beforeId, Optional<Long> fromId, int size) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = where(filter, params);
        filter.fromDay().ifPresent(d -> {
            where.append(" AND changed_at >= ?");
            params.add(Timestamp.from(d.atStartOfDay(JapanTime.ZONE).toInstant()));
        });
        filter.toDay().ifPresent(d -> {
            where.append(" AND changed_at < ?");
            params.add(Timestamp.from(d.plusDays(1).atStartOfDay(JapanTime.ZONE).toInstant()));
        });
        filter.text().filter(t -> !t.isBlank()).ifPresent(t -> {
            // The values are JSON text: a word typed is looked for as it is written there (ChangeValues).
            String like =
                    "%" + t.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(
                    " AND (new_values LIKE ? ESCAPE '\\' OR old_values LIKE ? ESCAPE '\\' OR row_key LIKE ? ESCAPE '\\')");
            params.add(like);
            params.add(like);
            params.add(like);
        });
        beforeId.ifPresent(id -> {
            where.append(" AND id < ?");
            params.add(id);
        });
        fromId.ifPresent(id -> {
            where.append(" AND id >= ?");
            params.add(id);
        });
        params.add(size);
        return jdbc.sql("SELECT * FROM data_change" + where + " ORDER BY id DESC LIMIT ?")
                .params(params)
                .query((rs, n) -> new Entry(rs.getLong("id"), change(rs)))
                .list();
    }

    /** The filter's conditions on branch, KPI, who and source, their values added to {@code params}. */
    private static StringBuilder where(ChangeFilter filter, List<Object> params) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        filter.branch().ifPresent(b -> condition(where, params, "org_code", b));
        filter.kpiCode().ifPresent(k -> condition(where, params, "kpi_code", k));
        filter.changedBy().ifPresent(u -> condition(where, params, "changed_by", u));
        filter.source().ifPresent(s -> condition(where, params, "source_kind", s.name()));
        filter.batch().ifPresent(b -> condition(where, params, "batch_id", b));
        return where;
    }

    private static void condition(StringBuilder where, List<Object> params, String column, Object value) {
        where.append(" AND ").append(column).append(" = ?");
        params.add(value);
    }

    /** The entry of this id, if the log holds it. */
    public Optional<Entry> entry(long id) {
        return jdbc.sql("SELECT * FROM data_change WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Entry(rs.getLong("id"), change(rs)))
                .optional();
    }

    /** Every entry an import batch wrote, in the order it wrote them. */
    public List<Entry> ofBatch(long batchId) {
        return jdbc.sql("SELECT * FROM data_change WHERE batch_id = ? ORDER BY id")
                .param(batchId)
                .query((rs, n) -> new Entry(rs.getLong("id"), change(rs)))
                .list();
    }

    /** The entries after {@code afterId} about the same record (table and row key), oldest first. */
    public List<Entry> laterChanges(String table, String rowKey, long afterId) {
        return jdbc.sql("SELECT * FROM data_change WHERE table_name = ? AND row_key = ? AND id > ? ORDER BY id")
                .params(table, rowKey, afterId)
                .query((rs, n) -> new Entry(rs.getLong("id"), change(rs)))
                .list();
    }

    /** Whether an undo already names this entry or batch (ChangeSource.undo). */
    public Optional<Entry> undoOf(String undone) {
        return jdbc.sql("SELECT * FROM data_change WHERE source_kind = 'UNDO' AND source_file = ? ORDER BY id LIMIT 1")
                .param(undone)
                .query((rs, n) -> new Entry(rs.getLong("id"), change(rs)))
                .optional();
    }

    public int count() {
        return jdbc.sql("SELECT COUNT(*) FROM data_change").query(Integer.class).single();
    }

    /** How long the values are as one change-log entry, which holds at most FieldLimits.CHANGE_LOG_VALUES. */
    public static int length(Map<String, String> values) {
        return ChangeValues.json(values).length();
    }

    private static Change change(ResultSet rs) throws SQLException {
        ChangeSource source = new ChangeSource(
                ChangeSource.Kind.valueOf(rs.getString("source_kind")),
                Optional.ofNullable(rs.getObject("batch_id", Long.class)),
                Optional.ofNullable(rs.getString("source_file")),
                Optional.ofNullable(rs.getObject("source_line", Integer.class)));
        return new Change(
                rs.getString("table_name"),
                rs.getString("row_key"),
                rs.getString("action"),
                ChangeValues.fields(rs.getString("old_values")),
                ChangeValues.fields(rs.getString("new_values")),
                rs.getString("changed_by"),
                rs.getTimestamp("changed_at").toInstant(),
                source);
    }
}
