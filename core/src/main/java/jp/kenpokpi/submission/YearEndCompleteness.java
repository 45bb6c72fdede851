package jp.kenpokpi.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.evaluation.KpiEvaluation;
import jp.kenpokpi.evaluation.SelfEvaluation;
import jp.kenpokpi.plan.Measure;
import jp.kenpokpi.plan.PlanAction;
import jp.kenpokpi.report.PlanResults;
import jp.kenpokpi.submission.MissingItem.What;
import jp.kenpokpi.summary.SummaryRow;

/**
 * 年度実績・自己評価: every KPI of the branch's year with a result or a reason for none, every missed target with its
 * narrative ({@link KpiEvaluation#needsNarrative}, the entry form's rule), and every measure of the plan with its
 * 実施状況 and a self-evaluation with its reason ({@link SelfEvaluation#lacking}, the plan form's rule).
 */
final class YearEndCompleteness implements CompletenessCheck {

    @Override
    public List<MissingItem> missing(BranchYearData data) {
        List<MissingItem> missing = new ArrayList<>();
        for (PlanResults.ItemRow item : data.branchKpis()) kpi(data, item, missing);
        if (data.plan().isEmpty() || data.plan().get().measures().isEmpty()) {
            missing.add(PlanCompleteness.noPlan(data));
        } else {
            for (Measure m : data.plan().get().measures()) measure(m, missing);
        }
        return missing;
    }

    private static void kpi(BranchYearData data, PlanResults.ItemRow item, List<MissingItem> missing) {
        SummaryRow row = item.row();
        String code = row.definition().kpiCode();
        String label = BranchYearData.kpiLabel(item);
        if (!BranchYearData.resultOrReason(data.finalResult(row))) {
            missing.add(MissingItem.ofKpi(What.RESULT, code, label, "年度実績を入力するか、実績がない理由を備考に入力してください"));
            return;
        }
        if (row.evaluation().needsNarrative() && row.narrative().isEmpty()) {
            missing.add(MissingItem.ofKpi(
                    What.NARRATIVE, code, label, row.evaluation().narrativeDueJa()));
        }
    }

    private static void measure(Measure m, List<MissingItem> missing) {
        // 実施状況 is the measure's own text or its actions' texts, as R2 prints it: without its own text, each
        // action needs one.
        if (m.doneText().isEmpty()) {
            if (m.actions().isEmpty()) {
                missing.add(MissingItem.ofMeasure(What.DONE_TEXT, m, "実施状況を入力してください"));
            }
            for (PlanAction a : m.actions()) {
                if (a.doneText().isEmpty()) {
                    missing.add(MissingItem.ofMeasure(What.DONE_TEXT, m, "具体的取組" + a.label() + "の実施状況を入力してください"));
                }
            }
        }
        if (m.selfEvaluation().isEmpty() && m.selfEvaluationReason().isEmpty()) {
            missing.add(MissingItem.ofMeasure(What.SELF_EVALUATION, m, "自己評価（S〜D）とその理由を入力してください"));
            return;
        }
        SelfEvaluation.lacking(m.selfEvaluation(), Optional.of(m.selfEvaluationReason()))
                .ifPresent(lacking -> missing.add(MissingItem.ofMeasure(
                        lacking == SelfEvaluation.Lacking.REASON ? What.SELF_EVALUATION_REASON : What.SELF_EVALUATION,
                        m,
                        lacking.messageJa(m.selfEvaluation()))));
    }
}
