package jp.kenpokpi.app.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.evaluation.SelfEvaluation;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.plan.Measure;
import jp.kenpokpi.plan.PlanAction;
import jp.kenpokpi.plan.PlanArea;
import jp.kenpokpi.plan.PlanKpi;

/**
 * A measure as the change log keeps it: one row key per measure (09/2023/基盤的保険者機能/2), and its fields with
 * its actions and KPI links flattened (action1.done_text, kpi.SS_ACHIEVEMENT.item_no), so that one entry tells all
 * that changed in the measure, whether by import or on the edit page.
 */
public final class PlanAudit {

    public static final String TABLE = "plan_measure";

    private PlanAudit() {}

    public static String key(OrgCode org, FiscalYear year, PlanArea area, int measureNo) {
        return org + "/" + year + "/" + area.nameJa() + "/" + measureNo;
    }

    public static Map<String, String> values(Measure m, Optional<String> source) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("group", m.group());
        v.put("title", m.title());
        v.put("plan_text", m.planText());
        v.put("done_text", m.doneText());
        v.put("issues", m.issues());
        v.put("importance_reason", m.importanceReason().orElse(""));
        v.put("difficulty_reason", m.difficultyReason().orElse(""));
        v.put("self_evaluation", m.selfEvaluation().map(SelfEvaluation::name).orElse(""));
        v.put("self_evaluation_reason", m.selfEvaluationReason());
        v.put("source", source.orElse(""));
        for (PlanAction a : m.actions()) {
            String prefix = "action" + a.number() + ".";
            v.put(prefix + "plan_text", a.planText());
            v.put(prefix + "done_text", a.doneText());
            v.put(prefix + "mark", a.mark().map(Mark::symbol).orElse(""));
        }
        for (PlanKpi k : m.kpis()) {
            String prefix = "kpi." + k.kpiCode() + ".";
            v.put(prefix + "item_no", Integer.toString(k.item()));
            v.put(prefix + "target_reasoning", k.targetReasoning().orElse(""));
        }
        return v;
    }
}
