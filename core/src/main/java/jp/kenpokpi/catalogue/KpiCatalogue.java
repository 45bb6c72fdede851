package jp.kenpokpi.catalogue;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.period.FiscalYear;

/** The KPI catalogue: every KPI with its definition versions, in catalogue order. */
public final class KpiCatalogue {

    private final Map<String, Kpi> kpis;

    public KpiCatalogue(Collection<KpiDefinition> definitions) {
        Map<String, List<KpiDefinition>> byCode = new LinkedHashMap<>();
        for (KpiDefinition d : definitions) {
            byCode.computeIfAbsent(d.kpiCode(), c -> new java.util.ArrayList<>())
                    .add(d);
        }
        FiscalYear start = definitions.stream()
                .map(KpiDefinition::validFrom)
                .min(java.util.Comparator.naturalOrder())
                .orElse(FiscalYear.of(2021));
        Map<String, Kpi> map = new LinkedHashMap<>();
        byCode.forEach((code, versions) -> map.put(code, new Kpi(code, versions, start)));
        this.kpis = java.util.Collections.unmodifiableMap(map);
    }

    public Optional<Kpi> find(String code) {
        return Optional.ofNullable(kpis.get(code));
    }

    public Kpi get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("KPIコード「" + code + "」はカタログにありません"));
    }

    public Collection<Kpi> kpis() {
        return kpis.values();
    }

    /** The KPIs that have a definition valid in the year, in catalogue order. */
    /** The KPI names of the year's catalogue, by code (a page or message naming the KPIs of a plan). */
    public java.util.Map<String, String> namesIn(FiscalYear year) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        definitionsIn(year).forEach(d -> names.put(d.kpiCode(), d.nameJa()));
        return names;
    }

    public List<KpiDefinition> definitionsIn(FiscalYear year) {
        return kpis.values().stream()
                .map(k -> k.versions().stream().filter(v -> v.isValidIn(year)).findFirst())
                .flatMap(Optional::stream)
                .toList();
    }

    public List<KpiDefinition> allDefinitions() {
        return kpis.values().stream().flatMap(k -> k.versions().stream()).toList();
    }
}
