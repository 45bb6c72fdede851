package jp.kenpokpi.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.kenpokpi.evaluation.SelfEvaluation;
import jp.kenpokpi.plan.BusinessPlan;
import jp.kenpokpi.plan.Measure;
import jp.kenpokpi.plan.MeasureSelfEvaluation;
import jp.kenpokpi.plan.PlanArea;
import jp.kenpokpi.plan.PlanKpi;
import jp.kenpokpi.summary.SummaryRow;

/**
 * A branch's plan joined with its year's KPI rows, as the narrative reports (R2, R3, R6) read it: each measure with
 * the summary rows of its KPIs in 項番 order, and the measure's self-evaluation — the branch's own, else the one
 * suggested from its KPIs, which the reports mark as a suggestion.
 */
public final class PlanResults {

    /** A measure with its KPIs' rows (a KPI without a row that year is left out). */
    public record MeasureResults(Measure measure, List<ItemRow> kpis) {

        /** The branch's self-evaluation, or the suggestion from the KPIs (then {@code suggested} is true). */
        public Optional<Judged> selfEvaluation() {
            if (measure.selfEvaluation().isPresent()) {
                return Optional.of(new Judged(measure.selfEvaluation().get(), false));
            }
            return suggestion().map(s -> new Judged(s, true));
        }

        /** The S–D its KPIs suggest, whatever the branch gave: what the edit page offers. */
        public Optional<SelfEvaluation> suggestion() {
            return MeasureSelfEvaluation.suggest(kpis.stream()
                    .map(k -> k.row().evaluation().suggestedSelfEvaluation())
                    .toList());
        }
    }

    /** A summary row with its 項番 in the plan. */
    public record ItemRow(int item, SummaryRow row) {}

    /** An S–D grade and whether it is only a suggestion. */
    public record Judged(SelfEvaluation grade, boolean suggested) {

        /** B, or B（提案） for a suggestion. */
        public String text() {
            return grade.name() + (suggested ? "（提案）" : "");
        }
    }

    private final BusinessPlan plan;
    private final Map<String, SummaryRow> rowsByKpi;

    public PlanResults(BusinessPlan plan, List<SummaryRow> rows) {
        this.plan = plan;
        this.rowsByKpi = rows.stream()
                .collect(Collectors.toMap(r -> r.definition().kpiCode(), Function.identity(), (a, b) -> a));
    }

    public BusinessPlan plan() {
        return plan;
    }

    public List<MeasureResults> measures(PlanArea area) {
        return plan.measures(area).stream().map(this::results).toList();
    }

    /**
     * A report's body: one group per area that has measures, headed as the reports head it (１．基盤的保険者機能関係),
     * holding the rows each measure gives.
     */
    List<ReportTable.Group> groupsByArea(java.util.function.Function<MeasureResults, List<List<ReportCell>>> rows) {
        List<ReportTable.Group> groups = new ArrayList<>();
        for (PlanArea area : PlanArea.values()) {
            List<MeasureResults> measures = measures(area);
            if (measures.isEmpty()) continue;
            groups.add(new ReportTable.Group(
                    KpiSummaryReport.fullWidth(groups.size() + 1) + "．" + area.nameJa() + "関係",
                    measures.stream().flatMap(m -> rows.apply(m).stream()).toList()));
        }
        return groups;
    }

    public List<MeasureResults> measures() {
        return plan.measures().stream().map(this::results).toList();
    }

    private MeasureResults results(Measure m) {
        List<ItemRow> kpis = new ArrayList<>();
        for (PlanKpi k :
                m.kpis().stream().sorted(Comparator.comparingInt(PlanKpi::item)).toList()) {
            SummaryRow row = rowsByKpi.get(k.kpiCode());
            if (row != null) kpis.add(new ItemRow(k.item(), row));
        }
        return new MeasureResults(m, kpis);
    }

    /**
     * The summary rows in the plan's 項番 order, each with its number: KPIs the plan does not name follow, numbered
     * on from the plan's last, in the order given.
     */
    public static List<ItemRow> inItemOrder(List<SummaryRow> rows, Optional<BusinessPlan> plan) {
        Map<String, Integer> items = plan.map(BusinessPlan::kpiItems).orElse(Map.of());
        int next = items.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<ItemRow> numbered = new ArrayList<>();
        for (SummaryRow row : rows) {
            Integer item = items.get(row.definition().kpiCode());
            numbered.add(new ItemRow(item != null ? item : ++next, row));
        }
        numbered.sort(Comparator.comparingInt(ItemRow::item));
        return numbered;
    }

    /** The legend of the S–D grades, as reports print it under the table. */
    public static List<String> selfEvaluationLegend() {
        List<String> legend = new ArrayList<>();
        for (SelfEvaluation e : SelfEvaluation.values()) legend.add(e.name() + "：" + e.legendJa());
        legend.add("（提案）：自己評価が未入力のため、KPIの結果から算出した提案");
        return legend;
    }
}
