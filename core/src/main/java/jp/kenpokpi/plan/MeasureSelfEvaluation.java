package jp.kenpokpi.plan;

import java.util.List;
import java.util.Optional;
import jp.kenpokpi.evaluation.SelfEvaluation;

/**
 * Suggests a measure's S–D self-evaluation from the suggestions of its KPIs, for staff to confirm or override with a
 * reason: the mean grade (S = 5 … D = 1), rounded down on a half so that a suggestion never flatters the branch. No
 * suggestion while none of its KPIs has one (no result yet, or a measure without KPIs).
 */
public final class MeasureSelfEvaluation {

    private MeasureSelfEvaluation() {}

    public static Optional<SelfEvaluation> suggest(List<Optional<SelfEvaluation>> kpiSuggestions) {
        List<SelfEvaluation> grades =
                kpiSuggestions.stream().flatMap(Optional::stream).toList();
        if (grades.isEmpty()) return Optional.empty();
        // ordinal: S = 0 … D = 4, so a half rounds toward D when the ordinal's half rounds up.
        double mean = grades.stream().mapToInt(Enum::ordinal).average().orElseThrow();
        return Optional.of(SelfEvaluation.values()[(int) Math.floor(mean + 0.5)]);
    }
}
