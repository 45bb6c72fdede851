package jp.kenpokpi.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import jp.kenpokpi.catalogue.Direction;
import jp.kenpokpi.organisation.OrgCode;
import org.junit.jupiter.api.Test;

/** 偏差値 = 50 + 10 × (x − mean) / sd, sd the population standard deviation over the branches with a value. */
class DeviationScoresTest {

    private static final OrgCode A = OrgCode.of("01");
    private static final OrgCode B = OrgCode.of("02");
    private static final OrgCode C = OrgCode.of("03");
    private static final OrgCode D = OrgCode.of("04");

    @Test
    void the_standard_deviation_is_the_population_one() {
        // 1, 1, 5, 5: mean 3; population variance (4 + 4 + 4 + 4) / 4 = 4, sd 2 (the sample sd would be 2.31)
        // → 50 + 10 × (1 − 3) / 2 = 40 and 50 + 10 × (5 − 3) / 2 = 60
        DeviationScores scores = DeviationScores.of(values("1", "1", "5", "5"), Direction.HIGHER);

        assertThat(scores.statistics().mean()).isEqualByComparingTo("3");
        assertThat(scores.statistics().standardDeviation()).isEqualByComparingTo("2");
        assertThat(scores.of(A)).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("40"));
        assertThat(scores.of(C)).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("60"));
    }

    @Test
    void uneven_values_score_to_ten_decimals() {
        // 50, 54, 54, 54: mean 53, variance (9 + 1 + 1 + 1) / 4 = 3, sd √3 = 1.7320508076
        // 50 − 30 / √3 = 32.6794919243, 50 + 10 / √3 = 55.7735026919
        DeviationScores scores = DeviationScores.of(values("50", "54", "54", "54"), Direction.HIGHER);

        assertThat(scores.of(A)).contains(new BigDecimal("32.6794919243"));
        assertThat(scores.of(B)).contains(new BigDecimal("55.7735026919"));
        assertThat(scores.lowest()).isEqualByComparingTo("32.6794919243");
    }

    @Test
    void where_lower_is_better_the_lowest_value_scores_highest() {
        DeviationScores scores = DeviationScores.of(values("1", "1", "5", "5"), Direction.LOWER);

        assertThat(scores.of(A)).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("60"));
        assertThat(scores.of(D)).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("40"));
    }

    @Test
    void equal_values_all_score_fifty() {
        DeviationScores scores = DeviationScores.of(values("7", "7", "7", "7"), Direction.HIGHER);

        assertThat(scores.scores().values()).allSatisfy(s -> assertThat(s).isEqualByComparingTo("50"));
    }

    @Test
    void a_value_outside_the_population_is_scored_against_its_mean_and_sd() {
        DeviationScores scores = DeviationScores.of(values("1", "1", "5", "5"), Direction.HIGHER);

        // 50 + 10 × (9 − 3) / 2 = 80
        assertThat(scores.scoreOf(new BigDecimal("9"))).isEqualByComparingTo("80");
    }

    @Test
    void no_values_give_no_scores_and_a_lowest_of_fifty() {
        DeviationScores scores = DeviationScores.of(Map.of(), Direction.HIGHER);

        assertThat(scores.scores()).isEmpty();
        assertThat(scores.lowest()).isEqualByComparingTo("50");
    }

    private static Map<OrgCode, BigDecimal> values(String a, String b, String c, String d) {
        return Map.of(A, new BigDecimal(a), B, new BigDecimal(b), C, new BigDecimal(c), D, new BigDecimal(d));
    }
}
