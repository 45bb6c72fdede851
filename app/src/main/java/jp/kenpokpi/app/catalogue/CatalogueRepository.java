package jp.kenpokpi.app.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.catalogue.Direction;
import jp.kenpokpi.catalogue.KpiCatalogue;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.catalogue.ReportingPrecision;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.value.Unit;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The KPI catalogue as stored: definitions by version, in catalogue order. */
@Repository
public class CatalogueRepository {

    private final JdbcClient jdbc;
    private volatile KpiCatalogue cached;

    public CatalogueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(KpiCatalogue catalogue) {
        List<KpiDefinition> definitions = catalogue.allDefinitions();
        for (int i = 0; i < definitions.size(); i++) {
            KpiDefinition d = definitions.get(i);
            jdbc.sql("""
                    INSERT INTO kpi_definition (kpi_code, valid_from_fy, valid_to_fy, area_ja, group_ja, name_ja, unit,
                        direction, decimals, numerator_ja, denominator_ja, definition_note_ja, catalogue_order,
                        headquarters_indicator)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            d.kpiCode(),
                            d.definitionFy(),
                            d.validTo().map(FiscalYear::value).orElse(null),
                            d.areaJa(),
                            d.groupJa(),
                            d.nameJa(),
                            d.unit().symbol(),
                            d.direction().name().toLowerCase(),
                            d.precision().decimals(),
                            d.numeratorJa(),
                            d.denominatorJa(),
                            d.definitionNoteJa(),
                            i,
                            catalogue.isHeadquartersIndicator(d.kpiCode()))
                    .update();
        }
        cached = null;
    }

    /** The catalogue, read once: it changes only when headquarters edits it, through this repository. */
    public KpiCatalogue load() {
        KpiCatalogue c = cached;
        if (c == null) {
            List<KpiDefinition> plan = new ArrayList<>();
            List<KpiDefinition> indicators = new ArrayList<>();
            jdbc.sql("SELECT * FROM kpi_definition ORDER BY catalogue_order, valid_from_fy")
                    .query((RowCallbackHandler)
                            rs -> (rs.getBoolean("headquarters_indicator") ? indicators : plan).add(definition(rs)));
            c = new KpiCatalogue(plan, indicators);
            cached = c;
        }
        return c;
    }

    private static KpiDefinition definition(ResultSet rs) throws SQLException {
        return new KpiDefinition(
                rs.getString("kpi_code"),
                FiscalYear.of(rs.getInt("valid_from_fy")),
                Optional.ofNullable((Integer) rs.getObject("valid_to_fy", Integer.class))
                        .map(FiscalYear::of),
                rs.getString("area_ja"),
                rs.getString("group_ja"),
                rs.getString("name_ja"),
                Unit.fromCatalogue(rs.getString("unit")).orElseThrow(),
                Direction.fromCatalogue(rs.getString("direction")),
                new ReportingPrecision(rs.getInt("decimals")),
                rs.getString("numerator_ja"),
                rs.getString("denominator_ja"),
                rs.getString("definition_note_ja"));
    }
}
