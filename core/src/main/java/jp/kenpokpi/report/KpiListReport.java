package jp.kenpokpi.report;

import java.util.ArrayList;
import java.util.List;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.plan.BusinessPlan;
import jp.kenpokpi.plan.Measure;
import jp.kenpokpi.plan.PlanArea;
import jp.kenpokpi.plan.PlanKpi;
import jp.kenpokpi.report.ReportTable.Group;
import jp.kenpokpi.report.ReportTable.Heading;
import jp.kenpokpi.summary.SummaryRow;

/**
 * Report R6: the plan's KPI一覧表 — each KPI of the year's plan with its target and 設定に当たっての考え方 (why the
 * target is set as it is), by area and in 項番 order, as the Akita FY2025 plan lists them.
 */
public final class KpiListReport {

    public static final String ITEM = "item",
            MEASURE = "measure",
            KPI = "kpi",
            TARGET = "target",
            REASONING = "reasoning";

    private KpiListReport() {}

    /**
     * Why R6 has nothing to print for this plan, or empty when it has: its own column, 設定に当たっての考え方, is
     * written in the plan that sets the targets (Akita's FY2025 plan), not in a report on a year's results (Tochigi's
     * FY2023 実施状況). A plan without one reason would print an empty column beside targets found elsewhere.
     */
    public static java.util.Optional<String> missingReason(BusinessPlan plan) {
        boolean reasoned = plan.measures().stream()
                .flatMap(m -> m.kpis().stream())
                .anyMatch(k -> k.targetReasoning().isPresent());
        return reasoned ? java.util.Optional.empty() : java.util.Optional.of("この年度の事業計画にはKPIの設定に当たっての考え方が記載されていません");
    }

    /**
     * @param rows the year's summary rows of the branch, for the KPI names and targets
     */
    public static ReportTable of(BusinessPlan plan, List<SummaryRow> rows, Organisation organisation, FiscalYear year) {
        List<Heading> headings = List.of(
                new Heading(ITEM, 4, "項番"),
                new Heading(MEASURE, 14, "施策"),
                new Heading(KPI, 30, "KPI"),
                new Heading(TARGET, 12, year.japanese() + "目標"),
                new Heading(REASONING, 48, "設定に当たっての考え方"));
        var byKpi = new java.util.HashMap<String, SummaryRow>();
        rows.forEach(r -> byKpi.putIfAbsent(r.definition().kpiCode(), r));
        List<Group> groups = new ArrayList<>();
        int n = 0;
        for (PlanArea area : PlanArea.values()) {
            List<KpiOfMeasure> kpis = new ArrayList<>();
            for (Measure m : plan.measures(area)) m.kpis().forEach(k -> kpis.add(new KpiOfMeasure(m, k)));
            if (kpis.isEmpty()) continue;
            kpis.sort(java.util.Comparator.comparingInt(k -> k.kpi().item()));
            n++;
            groups.add(new Group(
                    KpiSummaryReport.fullWidth(n) + "．" + area.nameJa() + "関係",
                    kpis.stream()
                            .map(k -> cells(k, byKpi.get(k.kpi().kpiCode())))
                            .toList()));
        }
        return ReportTable.withHeadings(
                year.japanese() + " " + organisation.nameJa() + " KPI一覧表", headings, groups, List.of());
    }

    private record KpiOfMeasure(Measure measure, PlanKpi kpi) {}

    private static List<ReportCell> cells(KpiOfMeasure k, SummaryRow row) {
        String name = row != null ? row.definition().nameJa() : k.kpi().kpiCode();
        ReportCell target = row == null ? ReportCell.empty() : KpiSummaryReport.text(row.targetFigure());
        return List.of(
                new ReportCell.Text("（" + k.kpi().item() + "）", false),
                new ReportCell.Text(k.measure().title(), false),
                new ReportCell.Text(name, false),
                target,
                new ReportCell.Text(k.kpi().targetReasoning().orElse(""), false));
    }
}
