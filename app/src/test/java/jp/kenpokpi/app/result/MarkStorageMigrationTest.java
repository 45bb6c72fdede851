package jp.kenpokpi.app.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import jp.kenpokpi.evaluation.Mark;
import org.junit.jupiter.api.Test;

/**
 * A mark is kept by its name in every table: the migration turns the symbols kpi_result.printed_mark held (〇 as
 * well as ○) into names, which the repositories read back with {@link Mark#fromStored}.
 */
class MarkStorageMigrationTest {

    @Test
    void printed_marks_stored_as_symbols_become_names() throws SQLException {
        MigratedDatabase db = new MigratedDatabase("marks").migrateTo("5").withTochigi();
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            int n = 0;
            for (String symbol : new String[] {"◎", "○", "〇", "△", "×", "—"}) {
                s.executeUpdate(
                        "INSERT INTO kpi_result (org_code, fiscal_year, as_of, kpi_code, definition_fy, printed_mark,"
                                + " synthetic, version, changed_by, changed_at) VALUES ('09', 2023, '', 'K" + n++
                                + "', 2021, '"
                                + symbol + "', FALSE, 0, 'test', CURRENT_TIMESTAMP)");
            }
            s.executeUpdate(
                    "INSERT INTO kpi_result (org_code, fiscal_year, as_of, kpi_code, definition_fy,"
                            + " synthetic, version, changed_by, changed_at) VALUES ('09', 2023, '', 'NONE', 2021, FALSE, 0, 'test', CURRENT_TIMESTAMP)");

            db.migrateToLatest();

            List<String> stored = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT printed_mark FROM kpi_result ORDER BY kpi_code")) {
                while (rs.next()) stored.add(rs.getString(1));
            }
            assertThat(stored.subList(0, 6))
                    .containsExactly("EXCEEDED", "AS_PLANNED", "AS_PLANNED", "BELOW_PLAN", "NOT_CARRIED_OUT", "NONE");
            assertThat(stored.get(6)).as("no mark stays none").isNull();
            assertThat(stored.subList(0, 6))
                    .extracting(Mark::fromStored)
                    .containsExactly(
                            Mark.EXCEEDED,
                            Mark.AS_PLANNED,
                            Mark.AS_PLANNED,
                            Mark.BELOW_PLAN,
                            Mark.NOT_CARRIED_OUT,
                            Mark.NONE);
        }
    }
}
