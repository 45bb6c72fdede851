package jp.kenpokpi.evaluation;

import java.math.BigDecimal;
import java.util.Optional;
import jp.kenpokpi.target.Achievement;
import jp.kenpokpi.target.TargetOutcome;

/**
 * Suggests an S–D self-evaluation from the same outcome the marks come from; staff may override it with a reason.
 * Relative to the target value: beaten by the large margin (10%) or more → S, beaten → A, met or short by less
 * than 5% → B, short by less than the large margin → C, further short → D. Done → B, not done → D.
 */
public final class SelfEvaluationSuggestion {

    private static final BigDecimal LARGE = new BigDecimal("0.10");
    private static final BigDecimal ROUGHLY = new BigDecimal("0.05");

    private SelfEvaluationSuggestion() {}

    public static Optional<SelfEvaluation> suggest(TargetOutcome outcome) {
        Achievement a = outcome.achievement();
        if (a == Achievement.NOT_CARRIED_OUT) return Optional.of(SelfEvaluation.D);
        if (a.achieved().isEmpty()) return Optional.empty();
        Optional<BigDecimal> relative = outcome.relativeMargin();
        if (relative.isEmpty()) {
            return Optional.of(
                    a == Achievement.EXCEEDED
                            ? SelfEvaluation.A
                            : a == Achievement.MET ? SelfEvaluation.B : SelfEvaluation.C);
        }
        BigDecimal r = relative.get();
        if (r.compareTo(LARGE) >= 0) return Optional.of(SelfEvaluation.S);
        if (r.signum() > 0) return Optional.of(SelfEvaluation.A);
        if (r.compareTo(ROUGHLY.negate()) > 0) return Optional.of(SelfEvaluation.B);
        if (r.compareTo(LARGE.negate()) > 0) return Optional.of(SelfEvaluation.C);
        return Optional.of(SelfEvaluation.D);
    }
}
