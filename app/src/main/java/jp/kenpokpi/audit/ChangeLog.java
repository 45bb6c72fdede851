package jp.kenpokpi.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every change to a target, a result, a budget or a lock, with who made it, when, and the values before and after. */
@Repository
public class ChangeLog {

    private final JdbcClient jdbc;

    public ChangeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One recorded change. Values are kept as "field=value" lines, readable without the schema of the day. */
    public record Change(String table, String rowKey, String action, Optional<String> oldValues, String newValues,
                         String changedBy, Instant changedAt, Optional<Long> batchId) {

        public Map<String, String> before() {
            return oldValues.map(ChangeLog::values).orElse(Map.of());
        }

        public Map<String, String> after() {
            return values(newValues);
        }
    }

    public void record(String table, String rowKey, Optional<Map<String, String>> before, Map<String, String> after,
                       String changedBy, Instant at, Long batchId) {
        insert(table, rowKey, before.isPresent() ? "UPDATE" : "INSERT", before, lines(after), changedBy, at, batchId);
    }

    /** A row removed (a budget item no longer in a re-imported file): its last values are kept as the old values. */
    public void recordDeletion(String table, String rowKey, Map<String, String> before, String changedBy, Instant at,
                               Long batchId) {
        insert(table, rowKey, "DELETE", Optional.of(before), "", changedBy, at, batchId);
    }

    /** A row that no longer exists (a lock lifted): what it held, and nothing after. */
    public void recordRemoval(String table, String rowKey, Map<String, String> before, String changedBy, Instant at) {
        insert(table, rowKey, "DELETE", Optional.of(before), "", changedBy, at, null);
    }

    private void insert(String table, String rowKey, String action, Optional<Map<String, String>> before,
                        String newValues, String changedBy, Instant at, Long batchId) {
        jdbc.sql("""
                INSERT INTO data_change (table_name, row_key, action, old_values, new_values, changed_by, changed_at, batch_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(table, rowKey, action, before.map(ChangeLog::lines).orElse(null), newValues, changedBy,
                        Timestamp.from(at), batchId)
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

    /**
     * One line per field. A narrative runs over several lines: line breaks and backslashes in a value are
     * escaped (\n, \\) so that every line stays one field.
     */
    static String lines(Map<String, String> values) {
        StringBuilder sb = new StringBuilder();
        new LinkedHashMap<>(values).forEach((k, v) -> sb.append(k).append('=').append(escape(v == null ? "" : v)).append('\n'));
        return sb.toString();
    }

    /** How long the values are as one change-log entry, which holds at most FieldLimits.CHANGE_LOG_VALUES. */
    public static int length(Map<String, String> values) {
        return lines(values).length();
    }

    /**
     * The fields of {@link #lines}, in their order, with line breaks and backslashes restored. Rows written before
     * V4 kept a multi-line note's breaks raw: a line that does not start with a field name continues the value
     * before it.
     */
    static Map<String, String> values(String lines) {
        Map<String, String> values = new LinkedHashMap<>();
        String last = null;
        for (String line : lines.split("\n", -1)) {
            int eq = line.indexOf('=');
            if (eq > 0 && FIELD_NAME.matcher(line.substring(0, eq)).matches()) {
                last = line.substring(0, eq);
                values.put(last, unescape(line.substring(eq + 1)));
            } else if (last != null && !line.isEmpty()) {
                values.put(last, values.get(last) + "\n" + unescape(line));
            }
        }
        return values;
    }

    /** actual, self_evaluation_reason, action1.done_text, kpi.SS_ACHIEVEMENT.item_no. */
    private static final Pattern FIELD_NAME = Pattern.compile("[a-z][A-Za-z0-9_.]*");

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
    }

    private static String unescape(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                sb.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
