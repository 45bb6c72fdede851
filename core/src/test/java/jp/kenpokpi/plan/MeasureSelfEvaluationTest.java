package jp.kenpokpi.plan;

import static jp.kenpokpi.evaluation.SelfEvaluation.A;
import static jp.kenpokpi.evaluation.SelfEvaluation.B;
import static jp.kenpokpi.evaluation.SelfEvaluation.C;
import static jp.kenpokpi.evaluation.SelfEvaluation.D;
import static jp.kenpokpi.evaluation.SelfEvaluation.S;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import jp.kenpokpi.evaluation.SelfEvaluation;
import org.junit.jupiter.api.Test;

class MeasureSelfEvaluationTest {

    @Test
    void aMeasureIsSuggestedTheMeanGradeOfItsKpis() {
        assertThat(suggest(S, A, B)).contains(A);
        assertThat(suggest(A, A, D)).contains(B);
        assertThat(suggest(C)).contains(C);
    }

    @Test
    void aMeanHalfwayBetweenTwoGradesRoundsTowardTheLowerSoThatTheSuggestionNeverFlatters() {
        assertThat(suggest(B, C)).contains(C);
        assertThat(suggest(S, A)).contains(A);
        assertThat(suggest(S, D)).contains(B);
    }

    @Test
    void kpisWithoutASuggestionAreLeftOutAndNoneAtAllGivesNoSuggestion() {
        assertThat(MeasureSelfEvaluation.suggest(List.of(Optional.empty(), Optional.of(S))))
                .contains(S);
        assertThat(MeasureSelfEvaluation.suggest(List.of(Optional.empty()))).isEmpty();
        assertThat(MeasureSelfEvaluation.suggest(List.of())).isEmpty();
    }

    private static Optional<SelfEvaluation> suggest(SelfEvaluation... grades) {
        return MeasureSelfEvaluation.suggest(
                java.util.Arrays.stream(grades).map(Optional::of).toList());
    }
}
