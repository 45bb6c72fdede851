package jp.kenpokpi.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.evaluation.SelfEvaluation;
import jp.kenpokpi.value.FieldLimits;

/**
 * What a branch reports against a measure over the year, as entered on the edit page: what was done, 課題, the
 * self-evaluation with its reason, and per action what was done and its mark. The plan's text and structure are
 * not part of it: they change by import only.
 *
 * @param actions by action number; an action not listed keeps what it has
 */
public record MeasureReport(
        String doneText,
        String issues,
        Optional<SelfEvaluation> selfEvaluation,
        String selfEvaluationReason,
        Map<Integer, ActionReport> actions) {

    /** What was done for one action, and its mark when it has no KPI of its own. */
    public record ActionReport(String doneText, Optional<Mark> mark) {}

    public enum Field {
        DONE_TEXT,
        ISSUES,
        SELF_EVALUATION,
        SELF_EVALUATION_REASON
    }

    public record Problem(Field field, String messageJa) {}

    public MeasureReport {
        doneText = doneText == null ? "" : doneText.strip();
        issues = issues == null ? "" : issues.strip();
        selfEvaluationReason = selfEvaluationReason == null ? "" : selfEvaluationReason.strip();
        actions = Map.copyOf(actions);
    }

    /**
     * The rules the plan CSV holds a measure to as well: texts its columns hold without control characters, a
     * self-evaluation has its reason, a reason its grade.
     */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        FieldLimits.Text.PLAN_TEXT.problem(doneText).ifPresent(m -> problems.add(new Problem(Field.DONE_TEXT, m)));
        FieldLimits.Text.PLAN_TEXT.problem(issues).ifPresent(m -> problems.add(new Problem(Field.ISSUES, m)));
        // The form shows an action's problem beside the measure's 実施状況, naming the action.
        new java.util.TreeMap<>(actions)
                .forEach((number, action) -> FieldLimits.Text.PLAN_TEXT
                        .problem(Optional.ofNullable(action.doneText()).orElse(""))
                        .ifPresent(m -> problems.add(new Problem(Field.DONE_TEXT, "具体的取組" + number + "の実施状況: " + m))));
        FieldLimits.Text.PLAN_REASON
                .problem(selfEvaluationReason)
                .ifPresent(m -> problems.add(new Problem(Field.SELF_EVALUATION_REASON, m)));
        SelfEvaluation.lacking(selfEvaluation, Optional.of(selfEvaluationReason))
                .ifPresent(lacking -> problems.add(new Problem(
                        lacking == SelfEvaluation.Lacking.REASON ? Field.SELF_EVALUATION_REASON : Field.SELF_EVALUATION,
                        lacking.messageJa(selfEvaluation))));
        return problems;
    }

    /** The measure as reported: its plan, tags and KPIs as they were. */
    public Measure applyTo(Measure m) {
        List<PlanAction> reported = m.actions().stream()
                .map(a -> {
                    ActionReport r = actions.get(a.number());
                    return r == null ? a : new PlanAction(a.number(), a.planText(), r.doneText(), r.mark());
                })
                .toList();
        return new Measure(
                m.number(),
                m.area(),
                m.group(),
                m.title(),
                m.planText(),
                doneText,
                issues,
                m.importanceReason(),
                m.difficultyReason(),
                selfEvaluation,
                selfEvaluationReason,
                reported,
                m.kpis());
    }
}
