package jp.kenpokpi.incentive;

import static jp.kenpokpi.incentive.IncentiveFixtures.A;
import static jp.kenpokpi.incentive.IncentiveFixtures.B;
import static jp.kenpokpi.incentive.IncentiveFixtures.fourBranches;
import static jp.kenpokpi.incentive.IncentiveFixtures.topTwo;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which indicator and sub-item cost a branch most points against the branch at the reward line. */
class RewardLineGapTest {

    @Test
    void the_gaps_are_sorted_by_the_points_they_cost_and_add_up_to_the_total_gap() {
        // line 2: the line branch is B (251). A (241) against B: ① 44−44 = 0, ② 52−52 = 0, ③ 60−40 = 20,
        // ④ 45−55 = −10, ⑤ 0 → 10 points behind in all
        RewardLineGap gap = RewardLineGap.of(IncentiveEngine.score(fourBranches(), topTwo()), A);

        assertThat(gap.lineBranch()).isEqualTo(B);
        assertThat(gap.totalGap()).isEqualByComparingTo("10");
        assertThat(gap.byIndicator())
                .extracting(PointsGap::indicator)
                .containsExactly(
                        Indicator.GUIDANCE_TARGET_REDUCTION,
                        Indicator.CHECK_UP_RATE,
                        Indicator.HEALTH_GUIDANCE_RATE,
                        Indicator.GENERIC_DRUG_SHARE,
                        Indicator.REFERRAL_VISIT_RATE);
        assertThat(gap.byIndicator().get(0).points()).isEqualByComparingTo("20");
        assertThat(gap.byIndicator().get(4).points()).isEqualByComparingTo("-10");
        assertThat(gap.byIndicator().stream().map(PointsGap::points).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(gap.totalGap());
        // by sub-item: ③'s reduction rate costs 20 (1.0 × (60 − 40)); ④'s rise gains 10 (0.5 × (40 − 60))
        assertThat(gap.bySubItem().get(0).subItem()).isEqualTo(Optional.of(SubItem.GUIDANCE_TARGET_REDUCTION_LEVEL));
        assertThat(gap.bySubItem().get(0).points()).isEqualByComparingTo("20");
        assertThat(gap.bySubItem().get(gap.bySubItem().size() - 1).subItem())
                .isEqualTo(Optional.of(SubItem.REFERRAL_VISIT_RATE_RISE));
        assertThat(gap.bySubItem().get(gap.bySubItem().size() - 1).points()).isEqualByComparingTo("-10");
        assertThat(gap.bySubItem()).hasSize(SubItem.values().length);
    }
}
