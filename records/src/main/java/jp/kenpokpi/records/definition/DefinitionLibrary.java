package jp.kenpokpi.records.definition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.kenpokpi.catalogue.CatalogueCsv;
import jp.kenpokpi.catalogue.KpiCatalogue;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.period.FiscalYear;

/**
 * The KPI definitions that records can compute: for each catalogue definition version, the SQL file
 * {@code kpi-definitions/CODE@FY.sql} on the class path, if there is one. KPI codes and versions come from the
 * catalogue only; a file the catalogue does not know is never read (and a test fails on it).
 */
public final class DefinitionLibrary {

    static final String DIRECTORY = "/kpi-definitions/";

    private final KpiCatalogue catalogue;

    public DefinitionLibrary(KpiCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The library over the reference catalogue (core's catalogue/kpi-catalogue.csv). */
    public static DefinitionLibrary reference() {
        return new DefinitionLibrary(CatalogueCsv.reference());
    }

    public KpiCatalogue catalogue() {
        return catalogue;
    }

    /** The query of one definition version; empty when records cannot compute it. */
    public Optional<KpiQuery> find(KpiDefinition definition) {
        String resource = DIRECTORY + KpiQuery.fileName(definition.kpiCode(), definition.definitionFy());
        try (InputStream in = DefinitionLibrary.class.getResourceAsStream(resource)) {
            if (in == null) return Optional.empty();
            return Optional.of(new KpiQuery(definition, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    /** Every definition version, of every KPI, that has a query: in catalogue order. */
    public List<KpiQuery> all() {
        return catalogue.allDefinitions().stream()
                .map(this::find)
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * The queries of the versions in force in a year, for the KPIs asked for (all computable KPIs when none are).
     *
     * @throws IllegalArgumentException naming a KPI the catalogue lacks, or one records cannot compute in the year
     */
    public List<KpiQuery> inForce(FiscalYear year, Collection<String> kpiCodes) {
        if (kpiCodes.isEmpty()) {
            return catalogue.everyDefinitionIn(year).stream()
                    .map(this::find)
                    .flatMap(Optional::stream)
                    .toList();
        }
        List<KpiQuery> queries = new ArrayList<>();
        for (String code : kpiCodes) {
            KpiDefinition definition = catalogue.get(code).versions().stream()
                    .filter(v -> v.isValidIn(year))
                    .findFirst()
                    .orElseThrow(
                            () -> new IllegalArgumentException("KPI「" + code + "」は" + year.label() + "のカタログにありません"));
            queries.add(find(definition)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "KPI「" + code + "」（" + definition.definitionFy() + "年度からの定義）は記録から算出できません（定義のSQLがありません）")));
        }
        return List.copyOf(queries);
    }

    /**
     * The queries in force in a year ({@link #inForce}), each followed by the later versions of its KPI that records
     * can compute: a prior year restated under the definition that replaced it is what makes next year's comparison
     * with it possible.
     */
    public List<KpiQuery> inForceAndLater(FiscalYear year, Collection<String> kpiCodes) {
        Set<KpiQuery> queries = new LinkedHashSet<>();
        for (KpiQuery query : inForce(year, kpiCodes)) {
            queries.add(query);
            for (KpiDefinition later :
                    catalogue.get(query.definition().kpiCode()).versions()) {
                if (later.definitionFy() > query.definition().definitionFy())
                    find(later).ifPresent(queries::add);
            }
        }
        return List.copyOf(queries);
    }
}
