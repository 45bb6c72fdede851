package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.kenpokpi.app.audit.ChangeSource;
import jp.kenpokpi.app.audit.ChangeSubject;
import jp.kenpokpi.app.audit.ChangeValues;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Issue 9 (3), helper "log": the change log's values become JSON objects, and each change names what it is about
 * (branch, year, KPI) and where it came from (form, import file, sample data). Written in Java because the
 * "field=value" lines the rows held until now (escaped \n and \\ since V4, raw line breaks before) cannot be
 * converted by SQL that both H2 and PostgreSQL run.
 */
public class V8__log_change_log_as_json extends BaseJavaMigration {

    /** actual, self_evaluation_reason, action1.done_text, kpi.SS_ACHIEVEMENT.item_no. */
    private static final Pattern FIELD_NAME = Pattern.compile("[a-z][A-Za-z0-9_.]*");

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE data_change ADD COLUMN org_code VARCHAR(2)");
            ddl.execute("ALTER TABLE data_change ADD COLUMN fiscal_year INTEGER");
            ddl.execute("ALTER TABLE data_change ADD COLUMN kpi_code VARCHAR(64)");
            ddl.execute("ALTER TABLE data_change ADD COLUMN source_kind VARCHAR(20)");
            ddl.execute("ALTER TABLE data_change ADD COLUMN source_file VARCHAR(500)");
            ddl.execute("ALTER TABLE data_change ADD COLUMN source_line INTEGER");
        }
        try (Statement select = connection.createStatement();
                ResultSet rs = select.executeQuery("""
                     SELECT c.id, c.table_name, c.row_key, c.old_values, c.new_values, c.batch_id, b.kind, b.files
                     FROM data_change c LEFT JOIN import_batch b ON b.id = c.batch_id""");
                PreparedStatement update = connection.prepareStatement("""
                     UPDATE data_change SET old_values = ?, new_values = ?, org_code = ?, fiscal_year = ?, kpi_code = ?,
                         source_kind = ?, source_file = ? WHERE id = ?""")) {
            int pending = 0;
            while (rs.next()) {
                String old = rs.getString("old_values");
                ChangeSubject subject = ChangeSubject.of(rs.getString("table_name"), rs.getString("row_key"));
                update.setString(1, old == null ? null : ChangeValues.json(fields(old)));
                update.setString(2, ChangeValues.json(fields(rs.getString("new_values"))));
                update.setString(3, subject.branch().orElse(null));
                update.setObject(4, subject.fiscalYear().orElse(null), java.sql.Types.INTEGER);
                update.setString(5, subject.kpiCode().orElse(null));
                update.setString(6, source(rs).kind().name());
                update.setString(7, source(rs).file().orElse(null));
                update.setLong(8, rs.getLong("id"));
                update.addBatch();
                if (++pending == 500) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) update.executeBatch();
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE data_change ALTER COLUMN source_kind SET NOT NULL");
            ddl.execute("CREATE INDEX data_change_org ON data_change (org_code, changed_at)");
            ddl.execute("CREATE INDEX data_change_at ON data_change (changed_at)");
        }
    }

    /** A batch's changes came from its file when it had one (the names are listed ", "-separated); no line is known. */
    private static ChangeSource source(ResultSet rs) throws java.sql.SQLException {
        long batch = rs.getLong("batch_id");
        if (rs.wasNull()) return ChangeSource.form();
        String files = rs.getString("files");
        Optional<String> file = files == null || files.contains(", ") ? Optional.empty() : Optional.of(files);
        return ChangeSource.batch(rs.getString("kind"), batch, file, Optional.empty());
    }

    /**
     * The "field=value" lines of a row written before this migration, in their order, with line breaks and
     * backslashes restored. Rows written before V4 kept a multi-line note's breaks raw: a line that does not start
     * with a field name continues the value before it.
     */
    static Map<String, String> fields(String lines) {
        Map<String, String> values = new LinkedHashMap<>();
        if (lines == null) return values;
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
