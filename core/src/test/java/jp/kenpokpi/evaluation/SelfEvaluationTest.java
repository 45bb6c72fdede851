package jp.kenpokpi.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one rule for a self-evaluation, wherever it is given: a grade needs its reason, and a reason its grade. */
class SelfEvaluationTest {

    @Test
    void a_grade_needs_its_reason() {
        assertThat(SelfEvaluation.lacking(Optional.of(SelfEvaluation.B), Optional.empty()))
                .contains(SelfEvaluation.Lacking.REASON);
        assertThat(SelfEvaluation.lacking(Optional.of(SelfEvaluation.B), Optional.of("　 ")))
                .as("blank is no reason")
                .contains(SelfEvaluation.Lacking.REASON);
        assertThat(SelfEvaluation.lacking(Optional.of(SelfEvaluation.B), Optional.of("概ね計画どおり実施")))
                .isEmpty();
    }

    @Test
    void a_reason_needs_its_grade() {
        assertThat(SelfEvaluation.lacking(Optional.empty(), Optional.of("理由だけ")))
                .contains(SelfEvaluation.Lacking.GRADE);
    }

    @Test
    void neither_is_fine() {
        assertThat(SelfEvaluation.lacking(Optional.empty(), Optional.empty())).isEmpty();
        assertThat(SelfEvaluation.lacking(Optional.empty(), Optional.of(""))).isEmpty();
    }
}
