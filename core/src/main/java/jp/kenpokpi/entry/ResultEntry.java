package jp.kenpokpi.entry;

import java.util.Optional;
import jp.kenpokpi.evaluation.SelfEvaluation;

/**
 * What a branch editor typed for a KPI's year-end result, before it is read. Texts are stripped; a blank field is
 * empty.
 *
 * @param actual    the value as people print it (72.2%, 6,535円, 実施); may be left empty when numerator and
 *                  denominator are given, the value is then their quotient
 * @param narrative what was done and why: required when the result misses its target
 */
public record ResultEntry(
        Optional<String> actual,
        Optional<String> numerator,
        Optional<String> denominator,
        Optional<String> note,
        Optional<SelfEvaluation> selfEvaluation,
        Optional<String> selfEvaluationReason,
        Optional<String> narrative) {

    public ResultEntry {
        actual = stripped(actual);
        numerator = stripped(numerator);
        denominator = stripped(denominator);
        note = stripped(note);
        selfEvaluationReason = stripped(selfEvaluationReason);
        narrative = stripped(narrative);
    }

    /** A form's fields as they come, null or blank meaning "not entered". */
    public static ResultEntry of(
            String actual,
            String numerator,
            String denominator,
            String note,
            Optional<SelfEvaluation> selfEvaluation,
            String selfEvaluationReason,
            String narrative) {
        return new ResultEntry(
                Optional.ofNullable(actual),
                Optional.ofNullable(numerator),
                Optional.ofNullable(denominator),
                Optional.ofNullable(note),
                selfEvaluation,
                Optional.ofNullable(selfEvaluationReason),
                Optional.ofNullable(narrative));
    }

    /** Nothing typed at all: no row is worth creating for it. */
    public boolean isEmpty() {
        return actual.isEmpty()
                && numerator.isEmpty()
                && denominator.isEmpty()
                && note.isEmpty()
                && selfEvaluation.isEmpty()
                && selfEvaluationReason.isEmpty()
                && narrative.isEmpty();
    }

    /** Browsers send a textarea's line breaks as CR LF; one kind is kept. */
    private static Optional<String> stripped(Optional<String> text) {
        return text.map(s -> s.replace("\r\n", "\n").strip()).filter(s -> !s.isEmpty());
    }
}
