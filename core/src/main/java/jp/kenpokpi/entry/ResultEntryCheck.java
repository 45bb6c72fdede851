package jp.kenpokpi.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.evaluation.KpiEvaluation;
import jp.kenpokpi.evaluation.SelfEvaluation;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.result.ResultValueCheck;
import jp.kenpokpi.value.FieldLimits;

/**
 * Checks an entered year-end result before anything is saved: the value checks every input shares
 * ({@link ResultValueCheck}), then what the entry form adds: a self-evaluation needs its reason and a reason its grade ({@link SelfEvaluation#lacking}), and a result that
 * misses its target needs the narrative saying what was done and why. Missing is judged on the values being saved,
 * by the same evaluation the dashboard shows.
 */
public final class ResultEntryCheck {

    private ResultEntryCheck() {}

    public enum Field {
        ACTUAL,
        NUMERATOR,
        DENOMINATOR,
        NOTE,
        SELF_EVALUATION,
        SELF_EVALUATION_REASON,
        NARRATIVE
    }

    public record Problem(Field field, String messageJa) {}

    /**
     * @param evaluation the entered result judged against its target; empty when the value did not read
     */
    public record Outcome(Result result, Optional<KpiEvaluation> evaluation, List<Problem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * @param judge evaluates a result of this KPI for the organisation and year (target rule, prior year for a
     *              relative target, mark policy)
     */
    public static Outcome check(
            ResultEntry entry, KpiDefinition definition, OrgCode org, Function<Result, KpiEvaluation> judge) {
        List<Problem> problems = new ArrayList<>();
        ResultValueCheck.Outcome value = valueAndNote(entry, definition, org, problems);
        text(
                Field.SELF_EVALUATION_REASON,
                entry.selfEvaluationReason(),
                FieldLimits.Text.RESULT_SELF_EVALUATION_REASON,
                problems);
        text(Field.NARRATIVE, entry.narrative(), FieldLimits.Text.NARRATIVE, problems);
        SelfEvaluation.lacking(entry.selfEvaluation(), entry.selfEvaluationReason())
                .ifPresent(lacking -> problems.add(
                        switch (lacking) {
                            case REASON ->
                                new Problem(
                                        Field.SELF_EVALUATION_REASON,
                                        "自己評価（" + entry.selfEvaluation().get() + "）を選んだときは、その理由を入力してください");
                            case GRADE -> new Problem(Field.SELF_EVALUATION, lacking.messageJa(entry.selfEvaluation()));
                        }));
        if (!value.ok()) return new Outcome(value.result(), Optional.empty(), List.copyOf(problems));
        KpiEvaluation evaluation = judge.apply(value.result());
        if (evaluation.needsNarrative() && entry.narrative().isEmpty()) {
            problems.add(new Problem(Field.NARRATIVE, evaluation.narrativeDueJa()));
        }
        return new Outcome(value.result(), Optional.of(evaluation), List.copyOf(problems));
    }

    /**
     * Checks an entered month-end (interim) result: its value and note as a year-end result's. A result part way
     * through the year is not judged against the year's target, so no self-evaluation or narrative goes with it.
     */
    public static Outcome checkInterim(ResultEntry entry, KpiDefinition definition, OrgCode org) {
        List<Problem> problems = new ArrayList<>();
        ResultValueCheck.Outcome value = valueAndNote(entry, definition, org, problems);
        if (entry.selfEvaluation().isPresent()
                || entry.selfEvaluationReason().isPresent()
                || entry.narrative().isPresent()) {
            throw new IllegalArgumentException("a month-end result takes no self-evaluation or narrative");
        }
        return new Outcome(value.result(), Optional.empty(), List.copyOf(problems));
    }

    /** The value checks every input shares, and the note as an import checks it; adds what it finds to problems. */
    private static ResultValueCheck.Outcome valueAndNote(
            ResultEntry entry, KpiDefinition definition, OrgCode org, List<Problem> problems) {
        ResultValueCheck.Outcome value =
                ResultValueCheck.check(definition, org, entry.actual(), entry.numerator(), entry.denominator());
        value.problems()
                .forEach(p -> problems.add(new Problem(Field.valueOf(p.field().name()), p.messageJa())));
        // The texts as an import checks them: what their columns hold, no control characters.
        text(Field.NOTE, entry.note(), FieldLimits.Text.NOTE, problems);
        return value;
    }

    private static void text(Field field, Optional<String> text, FieldLimits.Text limit, List<Problem> problems) {
        text.flatMap(limit::problem).ifPresent(m -> problems.add(new Problem(field, m)));
    }
}
