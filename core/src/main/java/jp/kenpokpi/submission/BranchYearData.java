package jp.kenpokpi.submission;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kenpokpi.catalogue.KpiCatalogue;
import jp.kenpokpi.evaluation.MarkPolicy;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.plan.BusinessPlan;
import jp.kenpokpi.report.PlanResults;
import jp.kenpokpi.result.KpiDataSet;
import jp.kenpokpi.result.StoredResult;
import jp.kenpokpi.summary.BranchYearSummary;
import jp.kenpokpi.summary.SummaryRow;
import jp.kenpokpi.target.Dropped;

/**
 * What the completeness checks read about a branch's year: the summary rows the dashboard shows (judged by the
 * branch's mark policy), the stored results behind them, and the plan.
 *
 * @param rows             the branch's year as {@link BranchYearSummary#rows} gives it (the app's cached summary)
 * @param branchSetTargets the KPIs whose target the branch proposed itself (目標設定), which need their reasoning;
 *                         the model does not record who set a target yet, so the application supplies them
 */
public record BranchYearData(
        OrgCode branch,
        FiscalYear year,
        List<SummaryRow> rows,
        KpiDataSet data,
        Optional<BusinessPlan> plan,
        Set<String> branchSetTargets) {

    public BranchYearData {
        rows = List.copyOf(rows);
        branchSetTargets = Set.copyOf(branchSetTargets);
    }

    public static BranchYearData of(
            KpiCatalogue catalogue,
            KpiDataSet data,
            MarkPolicy policy,
            OrgCode branch,
            FiscalYear year,
            Optional<BusinessPlan> plan,
            Set<String> branchSetTargets) {
        List<SummaryRow> rows = new BranchYearSummary(catalogue, data, policy).rows(branch, year);
        return new BranchYearData(branch, year, rows, data, plan, branchSetTargets);
    }

    /**
     * The branch's KPIs of the year: those with a target for it (not 削除) and those its plan names, numbered and
     * ordered as R1 numbers them ({@link PlanResults#inItemOrder}: the plan's 項番, then the others after its last).
     */
    public List<PlanResults.ItemRow> branchKpis() {
        Set<String> planned = plan.map(BusinessPlan::kpiItems).orElse(Map.of()).keySet();
        List<SummaryRow> own = rows.stream()
                .filter(r -> planned.contains(code(r))
                        || (r.target().isPresent() && !(r.evaluation().rule().orElse(null) instanceof Dropped)))
                .toList();
        return PlanResults.inItemOrder(own, plan);
    }

    /** （8）被扶養者資格の確認対象事業所からの確認書の提出率: a KPI as a missing item names it. */
    static String kpiLabel(PlanResults.ItemRow item) {
        return "（" + item.item() + "）" + item.row().definition().nameJa();
    }

    public Optional<StoredResult> finalResult(SummaryRow row) {
        return data.finalResult(branch, year, code(row), row.definition().definitionFy());
    }

    /** The latest interim result taken within 上期 (at or before the end of September). */
    public Optional<StoredResult> firstHalfResult(SummaryRow row) {
        AsOf end = new AsOf(YearMonth.of(year.value(), SubmissionKind.FIRST_HALF_LAST_MONTH));
        return data.latestInterim(branch, code(row), row.definition().definitionFy(), end);
    }

    /**
     * A result that is present, or the branch's reason why there is none (備考, or 取組内容と理由): the one rule of
     * "a result or a reason for none" for the year-end and the 上期 report.
     */
    static boolean resultOrReason(Optional<StoredResult> stored) {
        if (stored.isEmpty()) return false;
        StoredResult s = stored.get();
        return s.result().isPresent()
                || s.note().filter(n -> !n.isBlank()).isPresent()
                || s.narrative().filter(n -> !n.isBlank()).isPresent();
    }

    private static String code(SummaryRow row) {
        return row.definition().kpiCode();
    }
}
