package jp.kenpokpi.plan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.kenpokpi.submission.SubmissionKind;

/**
 * The two halves of a measure and the report each belongs to: what the plan says (its title, texts, tags' reasons,
 * actions as planned, KPIs with 項番 and 設定に当たっての考え方, and which measures and actions there are) is the
 * 事業計画・目標 report's; what was done (実施状況, 課題, the actions' marks, the self-evaluation with its reason) is the
 * 年度実績・自己評価 report's. While a report is submitted or approved its half cannot change: this is the one place
 * that says which fields a change touches.
 */
public enum PlanPart {
    PLAN(SubmissionKind.PLAN),
    YEAR_END(SubmissionKind.YEAR_END);

    private final SubmissionKind report;

    PlanPart(SubmissionKind report) {
        this.report = report;
    }

    /** The report whose submission freezes this half. */
    public SubmissionKind report() {
        return report;
    }

    /**
     * The halves a change of a measure touches; empty before or after is a measure added or removed (removing one
     * touches the year end too when something was reported against it).
     */
    public static Set<PlanPart> touched(Optional<Measure> before, Optional<Measure> after) {
        Set<PlanPart> parts = EnumSet.noneOf(PlanPart.class);
        if (!before.map(PlanPart::planSide).equals(after.map(PlanPart::planSide))) parts.add(PLAN);
        if (!yearEnd(before).equals(yearEnd(after))) parts.add(YEAR_END);
        return parts;
    }

    /** What the plan says of a measure. */
    private static List<Object> planSide(Measure m) {
        List<Object> values = new ArrayList<>(List.of(
                m.area(),
                m.number(),
                m.group(),
                m.title(),
                m.planText(),
                m.importanceReason(),
                m.difficultyReason(),
                m.kpis()));
        m.actions().forEach(a -> values.add(List.of(a.number(), a.planText())));
        return values;
    }

    /** What was reported against a measure; an absent measure and one with nothing reported are alike. */
    private static List<Object> yearEnd(Optional<Measure> measure) {
        List<Object> values = new ArrayList<>();
        measure.ifPresent(m -> {
            if (!m.doneText().isEmpty()) values.add("done:" + m.doneText());
            if (!m.issues().isEmpty()) values.add("issues:" + m.issues());
            m.selfEvaluation().ifPresent(e -> values.add("evaluation:" + e));
            if (!m.selfEvaluationReason().isEmpty()) values.add("reason:" + m.selfEvaluationReason());
            m.actions().stream()
                    .filter(a -> !a.doneText().isEmpty() || a.mark().isPresent())
                    .forEach(a -> values.add(List.of(a.number(), a.doneText(), a.mark())));
        });
        return values;
    }
}
