package jp.kenpokpi.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import jp.kenpokpi.period.FiscalYear;

/**
 * The KPI catalogue: every KPI with its definition versions, in catalogue order.
 *
 * <p>Two kinds of entry share the catalogue's layout, its versions and everything that stores, imports, computes and
 * records values: the <b>KPIs</b> of the branches' business plans (the reference kpi-catalogue.csv), which branch
 * pages, reports, targets and the synthetic sample data list; and <b>headquarters' indicators</b> (the incentive
 * scheme's ③ 特定保健指導対象者の減少率), measured by headquarters from records for its own analysis, set as no
 * branch's target and listed on no branch page. {@link #find}/{@link #get} know both; {@link #kpis} and
 * {@link #definitionsIn} list the plan's KPIs only.
 */
public final class KpiCatalogue {

    private final Map<String, Kpi> kpis;
    private final Map<String, Kpi> indicators;

    public KpiCatalogue(Collection<KpiDefinition> definitions) {
        this(definitions, List.of());
    }

    /**
     * @param planKpis the business plans' KPIs
     * @param headquartersIndicators headquarters' indicators, after them in catalogue order
     */
    public KpiCatalogue(Collection<KpiDefinition> planKpis, Collection<KpiDefinition> headquartersIndicators) {
        this.kpis = byCode(planKpis);
        this.indicators = byCode(headquartersIndicators);
        for (String code : indicators.keySet()) {
            if (kpis.containsKey(code)) {
                throw new IllegalArgumentException("コード「" + code + "」がKPIと本部の指標の両方にあります");
            }
        }
    }

    private static Map<String, Kpi> byCode(Collection<KpiDefinition> definitions) {
        Map<String, List<KpiDefinition>> byCode = new LinkedHashMap<>();
        for (KpiDefinition d : definitions) {
            byCode.computeIfAbsent(d.kpiCode(), c -> new ArrayList<>()).add(d);
        }
        FiscalYear start = definitions.stream()
                .map(KpiDefinition::validFrom)
                .min(Comparator.naturalOrder())
                .orElse(FiscalYear.of(2021));
        Map<String, Kpi> map = new LinkedHashMap<>();
        byCode.forEach((code, versions) -> map.put(code, new Kpi(code, versions, start)));
        return Collections.unmodifiableMap(map);
    }

    /** A KPI or a headquarters' indicator. */
    public Optional<Kpi> find(String code) {
        Kpi kpi = kpis.get(code);
        return Optional.ofNullable(kpi != null ? kpi : indicators.get(code));
    }

    public Kpi get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("KPIコード「" + code + "」はカタログにありません"));
    }

    /** The business plans' KPIs. */
    public Collection<Kpi> kpis() {
        return kpis.values();
    }

    /** Headquarters' indicators (not the plans' KPIs). */
    public Collection<Kpi> headquartersIndicators() {
        return indicators.values();
    }

    /** The plans' KPIs, then headquarters' indicators, in catalogue order. */
    public List<Kpi> kpisAndIndicators() {
        return Stream.concat(kpis.values().stream(), indicators.values().stream())
                .toList();
    }

    public boolean isHeadquartersIndicator(String code) {
        return indicators.containsKey(code);
    }

    /** The KPI names of the year's catalogue, by code (a page or message naming the KPIs of a plan). */
    public Map<String, String> namesIn(FiscalYear year) {
        Map<String, String> names = new HashMap<>();
        definitionsIn(year).forEach(d -> names.put(d.kpiCode(), d.nameJa()));
        return names;
    }

    /** The plans' KPIs that have a definition valid in the year, in catalogue order. */
    public List<KpiDefinition> definitionsIn(FiscalYear year) {
        return validIn(kpis.values().stream(), year);
    }

    /** The KPIs and headquarters' indicators that have a definition valid in the year, in catalogue order. */
    public List<KpiDefinition> everyDefinitionIn(FiscalYear year) {
        return validIn(kpisAndIndicators().stream(), year);
    }

    private static List<KpiDefinition> validIn(Stream<Kpi> kpis, FiscalYear year) {
        return kpis.map(k ->
                        k.versions().stream().filter(v -> v.isValidIn(year)).findFirst())
                .flatMap(Optional::stream)
                .toList();
    }

    /** Every definition version of the plans' KPIs, then of headquarters' indicators. */
    public List<KpiDefinition> allDefinitions() {
        return kpisAndIndicators().stream().flatMap(k -> k.versions().stream()).toList();
    }

    /** Every definition version of the plans' KPIs. */
    public List<KpiDefinition> planDefinitions() {
        return kpis.values().stream().flatMap(k -> k.versions().stream()).toList();
    }
}
