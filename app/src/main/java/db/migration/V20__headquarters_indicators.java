package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import jp.kenpokpi.catalogue.CatalogueCsv;
import jp.kenpokpi.catalogue.KpiCatalogue;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.period.FiscalYear;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Headquarters' indicators join the catalogue (the incentive scheme's ③, computed from records): a flag on each
 * definition, and in a database whose catalogue is already stored, the shipped indicators' definitions after its
 * KPIs. A new database's catalogue is stored whole at its first start (DatabaseInitializer), indicators included.
 * Java, not SQL: the definitions are read from the one file that ships them.
 */
public class V20__headquarters_indicators extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE kpi_definition ADD COLUMN headquarters_indicator BOOLEAN DEFAULT FALSE NOT NULL");
        }
        Integer last = null;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT MAX(catalogue_order) FROM kpi_definition")) {
            if (rs.next()) last = (Integer) rs.getObject(1, Integer.class);
        }
        if (last == null) return;
        KpiCatalogue shipped = CatalogueCsv.reference();
        List<KpiDefinition> indicators = shipped.headquartersIndicators().stream()
                .flatMap(k -> k.versions().stream())
                .toList();
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO kpi_definition (kpi_code, valid_from_fy, valid_to_fy, area_ja, group_ja, name_ja, unit,
                    direction, decimals, numerator_ja, denominator_ja, definition_note_ja, catalogue_order,
                    headquarters_indicator)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE)""")) {
            int order = last;
            for (KpiDefinition d : indicators) {
                insert.setString(1, d.kpiCode());
                insert.setInt(2, d.definitionFy());
                insert.setObject(3, d.validTo().map(FiscalYear::value).orElse(null), java.sql.Types.INTEGER);
                insert.setString(4, d.areaJa());
                insert.setString(5, d.groupJa());
                insert.setString(6, d.nameJa());
                insert.setString(7, d.unit().symbol());
                insert.setString(8, d.direction().name().toLowerCase());
                insert.setInt(9, d.precision().decimals());
                insert.setString(10, d.numeratorJa());
                insert.setString(11, d.denominatorJa());
                insert.setString(12, d.definitionNoteJa());
                insert.setInt(13, ++order);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
