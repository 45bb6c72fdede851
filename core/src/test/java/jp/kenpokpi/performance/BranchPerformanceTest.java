package jp.kenpokpi.performance;

import static jp.kenpokpi.catalogue.ReferenceCatalogue.definition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.value.PrintedValue;
import org.junit.jupiter.api.Test;

/**
 * 支部業績評価 on eight branches valued 10, 20, …, 80 (branch 01 = 10 … 08 = 80). PERCENTILE.INC: Q1 at position
 * 0.25 × 7 = 1.75 → 20 + 0.75 × 10 = 27.5; the median at 3.5 → 45; Q3 at 5.25 → 60 + 0.25 × 10 = 62.5. Mean 45,
 * population sd √((35² + 25² + 15² + 5²) × 2 / 8) = √525 = 22.913.
 */
class BranchPerformanceTest {

    private static final KpiDefinition LIFESTYLE = definition("LIFESTYLE_CHECKUP_RATE", 2023); // higher, 1 decimal
    private static final KpiDefinition SINGLE_BID = definition("SINGLE_BID_RATE", 2023); // lower, 1 decimal
    private static final Map<OrgCode, Result> EIGHT = eight();

    @Test
    void the_best_branch_is_in_the_top_quarter_with_rank_and_deviation_score() {
        KpiStanding s = BranchPerformance.of(LIFESTYLE, EIGHT, OrgCode.of("08")).orElseThrow();

        assertThat(s.rank()).isEqualTo(1);
        assertThat(s.median()).isEqualByComparingTo("45");
        assertThat(s.topQuartile()).isEqualByComparingTo("62.5");
        assertThat(s.bottomQuartile()).isEqualByComparingTo("27.5");
        // 50 + 10 × 35 / 22.913 = 65.275
        assertThat(s.deviation().doubleValue()).isCloseTo(65.275, within(1e-3));
        assertThat(s.standing()).isEqualTo(Standing.TOP_QUARTILE);
        assertThat(s.wordsJa()).isEqualTo("全国上位25%（8支部中1位、偏差値65.3）");
    }

    @Test
    void above_the_median_it_says_how_far_the_top_quarter_is() {
        KpiStanding s = BranchPerformance.of(LIFESTYLE, EIGHT, OrgCode.of("06")).orElseThrow(); // 60

        assertThat(s.marginOverMedian()).isEqualByComparingTo("15");
        assertThat(s.wordsJa()).isEqualTo("中央値以上（上位25%まで2.5ポイント）");
        // 偏差値 50 + 10 × 15 / 22.913 = 56.547; neither a strength nor a weakness, so no verdict
        assertThat(s.sentenceJa()).isEqualTo("生活習慣病予防健診実施率（実績のある8支部中3位、偏差値56.5、中央値を15.0ポイント上回り、上位25%の水準まであと2.5ポイント）");
    }

    @Test
    void below_the_median_it_says_how_far_the_median_is() {
        assertThat(BranchPerformance.of(LIFESTYLE, EIGHT, OrgCode.of("04"))
                        .orElseThrow()
                        .wordsJa())
                .isEqualTo("中央値まで5.0ポイント"); // 40 against 45
        assertThat(BranchPerformance.of(LIFESTYLE, EIGHT, OrgCode.of("02"))
                        .orElseThrow()
                        .wordsJa())
                .isEqualTo("全国下位25%（中央値まで25.0ポイント）"); // 20 ≤ Q1 27.5
    }

    @Test
    void where_lower_is_better_the_lowest_values_are_the_top_quarter() {
        KpiStanding best =
                BranchPerformance.of(SINGLE_BID, EIGHT, OrgCode.of("01")).orElseThrow(); // 10
        KpiStanding worst =
                BranchPerformance.of(SINGLE_BID, EIGHT, OrgCode.of("08")).orElseThrow(); // 80

        assertThat(best.rank()).isEqualTo(1);
        assertThat(best.topQuartile()).isEqualByComparingTo("27.5");
        assertThat(best.standing()).isEqualTo(Standing.TOP_QUARTILE);
        assertThat(best.deviation().doubleValue()).isCloseTo(65.275, within(1e-3));
        assertThat(worst.standing()).isEqualTo(Standing.BOTTOM_QUARTILE);
        assertThat(worst.marginOverMedian()).isEqualByComparingTo("-35");
        assertThat(worst.wordsJa()).isEqualTo("全国下位25%（中央値まで35.0ポイント）");
    }

    @Test
    void a_branch_without_a_value_has_no_standing() {
        assertThat(BranchPerformance.of(LIFESTYLE, EIGHT, OrgCode.of("09"))).isEmpty();
    }

    @Test
    void the_evaluation_lists_strengths_best_first_and_weaknesses_worst_first() {
        // for branch 02 (20): lifestyle check-ups 20 is in the bottom quarter (higher is better);
        // single-bid 20 is in the top quarter (lower is better, ≤ 27.5)
        BranchEvaluation e = BranchEvaluation.of(OrgCode.of("02"), Map.of(LIFESTYLE, EIGHT, SINGLE_BID, EIGHT));

        assertThat(e.strengths()).extracting(s -> s.definition().kpiCode()).containsExactly("SINGLE_BID_RATE");
        assertThat(e.weaknesses()).extracting(s -> s.definition().kpiCode()).containsExactly("LIFESTYLE_CHECKUP_RATE");
        assertThat(e.strengths().get(0).wordsJa()).startsWith("全国上位25%（8支部中2位");
    }

    @Test
    void quantiles_interpolate_as_percentile_inc_does() {
        List<BigDecimal> five = List.of(
                new BigDecimal("1"),
                new BigDecimal("2"),
                new BigDecimal("3"),
                new BigDecimal("4"),
                new BigDecimal("10"));
        // positions 1, 2, 3 of 0–4: exact values, no interpolation
        assertThat(BranchPerformance.quantile(five, 1, 4)).isEqualByComparingTo("2");
        assertThat(BranchPerformance.quantile(five, 1, 2)).isEqualByComparingTo("3");
        assertThat(BranchPerformance.quantile(five, 3, 4)).isEqualByComparingTo("4");
    }

    private static Map<OrgCode, Result> eight() {
        Map<OrgCode, Result> results = new LinkedHashMap<>();
        for (int n = 1; n <= 8; n++) {
            results.put(
                    OrgCode.of(n), Result.of(new PrintedValue.Amount(BigDecimal.valueOf(n * 10L), Optional.empty())));
        }
        return results;
    }
}
