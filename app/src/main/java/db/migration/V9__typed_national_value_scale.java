package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import jp.kenpokpi.value.PrintedValue;
import jp.kenpokpi.value.PrintedValueParser;
import jp.kenpokpi.value.UnreadableValueException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The 全国平均 a branch printed keeps the decimals it was printed with (82.10% has two), as a result's value does
 * (actual_scale, V7): national_value is DECIMAL(24, 8) and loading stripped its trailing zeros, so a report had to
 * read the printed text again to show 82.10%. Existing rows are read once here, as the import read them. Java, not
 * SQL: the text's reading is the domain's parser, on H2 and PostgreSQL alike.
 */
public class V9__typed_national_value_scale extends BaseJavaMigration {

    private record Row(long id, int scale) {}

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE kpi_result ADD COLUMN national_value_scale INTEGER");
        }
        List<Row> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT id, national_value_text FROM kpi_result WHERE national_value IS NOT NULL"
                                + " AND national_value_text IS NOT NULL")) {
            while (rs.next()) {
                String text = rs.getString("national_value_text");
                try {
                    if (PrintedValueParser.parse(text).value() instanceof PrintedValue.Amount a) {
                        rows.add(
                                new Row(rs.getLong("id"), Math.max(0, a.number().scale())));
                    }
                } catch (UnreadableValueException e) {
                    throw new IllegalStateException("保存済みの全国平均「" + text + "」が読めません（id " + rs.getLong("id") + "）", e);
                }
            }
        }
        try (PreparedStatement update =
                c.prepareStatement("UPDATE kpi_result SET national_value_scale = ? WHERE id = ?")) {
            for (Row row : rows) {
                update.setInt(1, row.scale());
                update.setLong(2, row.id());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
