package jp.kenpokpi.submission;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.plan.BusinessPlan;
import jp.kenpokpi.plan.Measure;
import jp.kenpokpi.plan.PlanKpi;
import jp.kenpokpi.submission.MissingItem.What;

/**
 * 事業計画・目標: a plan for the year, every KPI it names with a target, and the reasoning (設定に当たっての考え方)
 * where the branch set the target itself. Which KPIs headquarters expects in every branch's plan (its target grid)
 * is not in the model yet; until it is, the plan's own KPIs are the ones checked.
 */
final class PlanCompleteness implements CompletenessCheck {

    @Override
    public List<MissingItem> missing(BranchYearData data) {
        if (data.plan().isEmpty() || data.plan().get().measures().isEmpty()) {
            return List.of(noPlan(data));
        }
        BusinessPlan plan = data.plan().get();
        List<MissingItem> missing = new ArrayList<>();
        plan.measures().stream()
                .flatMap(m -> m.kpis().stream().map(k -> new Named(m, k)))
                .sorted(Comparator.comparingInt(n -> n.kpi().item()))
                .forEach(n -> {
                    String code = n.kpi().kpiCode();
                    String label = "（" + n.kpi().item() + "）" + name(data, code);
                    if (data.data().target(data.branch(), data.year(), code).isEmpty()) {
                        missing.add(MissingItem.ofKpi(What.TARGET, code, label, "目標が設定されていません"));
                    }
                    if (data.branchSetTargets().contains(code)
                            && n.kpi().targetReasoning().isEmpty()) {
                        missing.add(MissingItem.ofKpi(
                                What.TARGET_REASONING, code, label, "支部が設定した目標の「設定に当たっての考え方」を入力してください"));
                    }
                });
        return missing;
    }

    static MissingItem noPlan(BranchYearData data) {
        return new MissingItem(
                What.PLAN, Optional.empty(), Optional.empty(), data.year().japanese() + "の事業計画（施策）が登録されていません");
    }

    private static String name(BranchYearData data, String code) {
        return data.rows().stream()
                .filter(r -> r.definition().kpiCode().equals(code))
                .findFirst()
                .map(r -> r.definition().nameJa())
                .orElse(code);
    }

    private record Named(Measure measure, PlanKpi kpi) {}
}
