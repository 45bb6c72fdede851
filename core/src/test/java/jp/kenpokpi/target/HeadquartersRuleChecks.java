package jp.kenpokpi.target;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kenpokpi.evaluation.KpiEvaluation;

/** What the tests of a headquarters rule check of every case: the rule wrapped the target and judged it so. */
final class HeadquartersRuleChecks {

    private HeadquartersRuleChecks() {}

    /** The evaluation was made by the rule named and reached the achievement expected, for the reason given. */
    static void assertJudgedBy(
            KpiEvaluation evaluation, Class<? extends TargetRule> rule, Achievement expected, String why) {
        assertThat(evaluation.rule()).containsInstanceOf(rule);
        assertThat(evaluation.outcome().achievement())
                .as(why + ": " + evaluation.outcome().reason())
                .isEqualTo(expected);
    }
}
