package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import jp.kenpokpi.value.PrintedValueParser;
import jp.kenpokpi.value.StoredValue;
import jp.kenpokpi.value.UnreadableValueException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A result's value is stored typed beside its printed text (jp.kenpokpi.value.StoredValue): its kind, the number as
 * printed in actual_value (until now the number at reporting precision, written and never read), the unit printed
 * and the decimals printed. Existing rows are parsed once here, as the import parsed them, so that loading reads the
 * columns and never the text. Java, not SQL: the text's reading is the domain's parser, on H2 and PostgreSQL alike.
 */
public class V7__judge_result_values_typed extends BaseJavaMigration {

    private record Row(long id, StoredValue value) {}

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE kpi_result ADD COLUMN actual_kind VARCHAR(10)");
            s.execute("ALTER TABLE kpi_result ADD COLUMN actual_unit VARCHAR(20)");
            s.execute("ALTER TABLE kpi_result ADD COLUMN actual_scale INTEGER");
        }
        List<Row> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, actual_text FROM kpi_result")) {
            while (rs.next()) {
                String text = rs.getString("actual_text");
                try {
                    rows.add(new Row(
                            rs.getLong("id"),
                            StoredValue.of(PrintedValueParser.parse(text).value())));
                } catch (UnreadableValueException e) {
                    throw new IllegalStateException("保存済みの実績「" + text + "」が読めません（id " + rs.getLong("id") + "）", e);
                }
            }
        }
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE kpi_result SET actual_kind = ?, actual_value = ?, actual_unit = ?, actual_scale = ? WHERE id = ?")) {
            for (Row row : rows) {
                update.setString(1, row.value().kind().name());
                update.setBigDecimal(2, row.value().number().orElse(null));
                update.setString(3, row.value().unit().map(Enum::name).orElse(null));
                if (row.value().scale().isPresent())
                    update.setInt(4, row.value().scale().get());
                else update.setNull(4, Types.INTEGER);
                update.setLong(5, row.id());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
