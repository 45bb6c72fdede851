package jp.kenpokpi.plan;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import jp.kenpokpi.evaluation.SelfEvaluation;

/**
 * 施策: a measure of a branch's business plan, with what it plans, what was done and how the branch judges it.
 *
 * @param number               the measure's number within its area (1 for １．健全な財政運営)
 * @param area                 分野
 * @param group                担当グループ (業務, レセプト, 保健, 企画総務)
 * @param title                健全な財政運営
 * @param planText             the plan's text for the measure (具体的施策等)
 * @param doneText             what was done over the year (実施状況), blank until reported
 * @param issues               課題: problems noted against the measure
 * @param importanceReason     why the measure is 【重要度：高】; empty when it is not tagged
 * @param difficultyReason     why the measure is 【困難度：高】; empty when it is not tagged
 * @param selfEvaluation       自己評価 S–D the branch gave, empty until it judges
 * @param selfEvaluationReason the reason for the self-evaluation, required with it
 */
public record Measure(
        int number,
        PlanArea area,
        String group,
        String title,
        String planText,
        String doneText,
        String issues,
        Optional<String> importanceReason,
        Optional<String> difficultyReason,
        Optional<SelfEvaluation> selfEvaluation,
        String selfEvaluationReason,
        List<PlanAction> actions,
        List<PlanKpi> kpis) {

    public Measure {
        if (number < 1) throw new IllegalArgumentException("measure number < 1: " + number);
        planText = strip(planText);
        doneText = strip(doneText);
        issues = strip(issues);
        selfEvaluationReason = strip(selfEvaluationReason);
        importanceReason = importanceReason.map(String::strip).filter(s -> !s.isEmpty());
        difficultyReason = difficultyReason.map(String::strip).filter(s -> !s.isEmpty());
        actions = List.copyOf(actions);
        kpis = List.copyOf(kpis);
    }

    public boolean important() {
        return importanceReason.isPresent();
    }

    public boolean difficult() {
        return difficultyReason.isPresent();
    }

    /** The tags as the plan prints them before their reasons: 【重要度：高】【困難度：高】. */
    public String tagsJa() {
        return (important() ? "【重要度：高】" : "") + (difficult() ? "【困難度：高】" : "");
    }

    /**
     * The measure as a new year's plan starts from it (前年度の計画を写して始める): what it plans, its tags, actions and
     * KPIs with their 項番 and reasoning; nothing done, no 課題, marks or self-evaluation yet.
     *
     * @param kpiKept whether a KPI (by code) goes on: the new year's catalogue may have dropped it
     */
    /** The same measure judged by these KPIs (a KPI's 項番 or reasoning changed). */
    public Measure withKpis(List<PlanKpi> changed) {
        return new Measure(
                number,
                area,
                group,
                title,
                planText,
                doneText,
                issues,
                importanceReason,
                difficultyReason,
                selfEvaluation,
                selfEvaluationReason,
                actions,
                changed);
    }

    public Measure withoutYearEnd(Predicate<String> kpiKept) {
        return new Measure(
                number,
                area,
                group,
                title,
                planText,
                "",
                "",
                importanceReason,
                difficultyReason,
                Optional.empty(),
                "",
                actions.stream()
                        .map(a -> new PlanAction(a.number(), a.planText(), "", Optional.empty()))
                        .toList(),
                kpis.stream().filter(k -> kpiKept.test(k.kpiCode())).toList());
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
