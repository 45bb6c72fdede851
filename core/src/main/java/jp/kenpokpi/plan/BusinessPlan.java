package jp.kenpokpi.plan;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;

/**
 * 事業計画: a branch's (or the association's) plan for a fiscal year: its measures by area, their actions and the
 * KPIs that judge them, with the narrative the council reports print.
 *
 * @param source where the plan's text comes from (a report named in the sample data, an import file)
 */
public record BusinessPlan(OrgCode organisation, FiscalYear year, List<Measure> measures, Optional<String> source) {

    private static final Comparator<Measure> ORDER =
            Comparator.comparing(Measure::area).thenComparingInt(Measure::number);

    public BusinessPlan {
        measures = measures.stream().sorted(ORDER).toList();
    }

    public List<Measure> measures(PlanArea area) {
        return measures.stream().filter(m -> m.area() == area).toList();
    }

    /** 項番 of each KPI the plan names. */
    public Map<String, Integer> kpiItems() {
        Map<String, Integer> items = new HashMap<>();
        measures.forEach(m -> m.kpis().forEach(k -> items.put(k.kpiCode(), k.item())));
        return items;
    }

    public Optional<Measure> measure(PlanArea area, int number) {
        return measures.stream()
                .filter(m -> m.area() == area && m.number() == number)
                .findFirst();
    }
}
