package jp.kenpokpi.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every change to a target, a result or a budget, with who made it, when, and the values before and after. */
@Repository
public class ChangeLog {

    private final JdbcClient jdbc;

    public ChangeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One recorded change. Values are kept as "field=value" lines, readable without the schema of the day. */
    public record Change(String table, String rowKey, String action, Optional<String> oldValues, String newValues,
                         String changedBy, Instant changedAt, Optional<Long> batchId) {
    }

    public void record(String table, String rowKey, Optional<Map<String, String>> before, Map<String, String> after,
                       String changedBy, Instant at, Long batchId) {
        insert(table, rowKey, before.isPresent() ? "UPDATE" : "INSERT", before.map(ChangeLog::lines).orElse(null),
                lines(after), changedBy, at, batchId);
    }

    /** A row removed (a budget item no longer in a re-imported file): its last values are kept as the old values. */
    public void recordDeletion(String table, String rowKey, Map<String, String> before, String changedBy, Instant at,
                               Long batchId) {
        insert(table, rowKey, "DELETE", lines(before), "", changedBy, at, batchId);
    }

    private void insert(String table, String rowKey, String action, String oldValues, String newValues,
                        String changedBy, Instant at, Long batchId) {
        jdbc.sql("""
                INSERT INTO data_change (table_name, row_key, action, old_values, new_values, changed_by, changed_at, batch_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(table, rowKey, action, oldValues, newValues, changedBy, Timestamp.from(at), batchId)
                .update();
    }

    public List<Change> history(String table, String rowKey) {
        return jdbc.sql("SELECT * FROM data_change WHERE table_name = ? AND row_key = ? ORDER BY id")
                .params(table, rowKey)
                .query((rs, n) -> new Change(rs.getString("table_name"), rs.getString("row_key"), rs.getString("action"),
                        Optional.ofNullable(rs.getString("old_values")), rs.getString("new_values"),
                        rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant(),
                        Optional.ofNullable((Long) rs.getObject("batch_id", Long.class))))
                .list();
    }

    public int count() {
        return jdbc.sql("SELECT COUNT(*) FROM data_change").query(Integer.class).single();
    }

    static String lines(Map<String, String> values) {
        StringBuilder sb = new StringBuilder();
        new LinkedHashMap<>(values).forEach((k, v) -> sb.append(k).append('=').append(v == null ? "" : v).append('\n'));
        return sb.toString();
    }
}
