package jp.kenpokpi.incentive;

import static jp.kenpokpi.incentive.IncentiveFixtures.A;
import static jp.kenpokpi.incentive.IncentiveFixtures.B;
import static jp.kenpokpi.incentive.IncentiveFixtures.C;
import static jp.kenpokpi.incentive.IncentiveFixtures.D;
import static jp.kenpokpi.incentive.IncentiveFixtures.fourBranches;
import static jp.kenpokpi.incentive.IncentiveFixtures.topTwo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** 「①を4.0ポイント上げると」: the year scored again by the same engine, with one branch's rate moved. */
class WhatIfTest {

    @Test
    void raising_a_rate_moves_that_indicators_sub_items_for_every_branch_and_nothing_else() {
        WhatIfOutcome w = WhatIf.of(fourBranches(), topTwo(), A, RateChange.parse("1:+4.0"));

        // A's ① rate 50 → 54, and its count 100 → 108 (4 points of 200); prior rate 50, prior count 100.
        // rate 54 50 54 54: mean 53, sd √3 → A, C, D 50 + 10/√3 = 55.7735, B 50 − 30/√3 = 32.6795
        // rise 4 0 0 0 and count rise 8% 0 0 0: mean 1 (2), sd √3 (2√3) → A 50 + 30/√3 = 67.3205, others 44.2265
        // ① A = 0.6 × 55.7735 + 0.4 × 67.3205 = 60.3923; B = 0.6 × 32.6795 + 0.4 × 44.2265 = 37.2983;
        //   C, D = 0.6 × 55.7735 + 0.4 × 44.2265 = 51.1547
        assertThat(w.additionalCount()).hasValue(8);
        assertThat(checkUp(w, A)).isCloseTo(60.3923, within(1e-4));
        assertThat(checkUp(w, B)).isCloseTo(37.2983, within(1e-4));
        assertThat(checkUp(w, C)).isCloseTo(51.1547, within(1e-4));
        // totals: A 241 − 44 + 60.3923 = 257.3923, B 251 − 44 + 37.2983 = 244.2983, D 269 − 56 + 51.1547 = 264.1547
        assertThat(w.after().total().doubleValue()).isCloseTo(257.3923, within(1e-4));
        assertThat(w.ranking().branch(B).orElseThrow().total().doubleValue()).isCloseTo(244.2983, within(1e-4));
        assertThat(w.ranking().branch(D).orElseThrow().total().doubleValue()).isCloseTo(264.1547, within(1e-4));
        // A goes from 3rd to 2nd, past B, and takes B's place in the reward
        assertThat(w.before().rank()).hasValue(3);
        assertThat(w.after().rank()).hasValue(2);
        assertThat(w.overtaken()).containsExactly(B);
        assertThat(w.overtakenBy()).isEmpty();
        assertThat(w.after().rewarded()).isTrue();
        assertThat(w.ranking().branch(B).orElseThrow().rewarded()).isFalse();
        // ② to ⑤ are untouched for every branch
        IncentiveRanking before = IncentiveEngine.score(fourBranches(), topTwo());
        for (Indicator i : new Indicator[] {
            Indicator.HEALTH_GUIDANCE_RATE,
            Indicator.GUIDANCE_TARGET_REDUCTION,
            Indicator.REFERRAL_VISIT_RATE,
            Indicator.GENERIC_DRUG_SHARE
        }) {
            for (BranchScore b : before.branches()) {
                assertThat(w.ranking().branch(b.branch()).orElseThrow().indicator(i))
                        .isEqualTo(b.indicator(i));
            }
        }
    }

    @Test
    void a_change_of_nothing_changes_nothing() {
        WhatIfOutcome w = WhatIf.of(fourBranches(), topTwo(), C, RateChange.parse("2:+0"));

        assertThat(w.after()).isEqualTo(w.before());
        assertThat(w.ranking()).isEqualTo(IncentiveEngine.score(fourBranches(), topTwo()));
        assertThat(w.overtaken()).isEmpty();
        assertThat(w.overtakenBy()).isEmpty();
        assertThat(w.additionalCount()).hasValue(0);
    }

    @Test
    void lowering_a_rate_can_let_others_pass() {
        // D's ③ has no count: its reduction rate 34 → 24 makes it the lowest and drops it below B
        WhatIfOutcome w = WhatIf.of(fourBranches(), topTwo(), D, RateChange.parse("3:-10"));

        assertThat(w.overtakenBy()).contains(B);
        assertThat(w.after().rank().getAsInt()).isGreaterThan(w.before().rank().getAsInt());
        assertThat(w.additionalCount()).isEmpty();
        assertThat(w.change().labelJa()).isEqualTo("③を10ポイント下げると");
    }

    @Test
    void what_a_rise_means_in_people_is_rounded_up() {
        // 1.0 point of 12,345 people is 123.45: 124 more check-ups are needed
        IndicatorInput input = IndicatorInput.ratesAndCounts("60.0", "59.0", 7407, 7200, 12_345);

        assertThat(input.additionalCount(new BigDecimal("1.0"))).hasValue(124);
        assertThat(input.raisedBy(new BigDecimal("1.0")).count()).hasValue(7531);
        assertThat(new RateChange(Indicator.HEALTH_GUIDANCE_RATE, new BigDecimal("1.0")).labelJa())
                .isEqualTo("②を1.0ポイント上げると");
    }

    @Test
    void a_change_is_written_indicator_colon_points() {
        assertThat(RateChange.parse("5:+0.5"))
                .isEqualTo(new RateChange(Indicator.GENERIC_DRUG_SHARE, new BigDecimal("0.5")));
        assertThatThrownBy(() -> RateChange.parse("6:+1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("例 2:+1.0");
    }

    private static double checkUp(WhatIfOutcome w, jp.kenpokpi.organisation.OrgCode branch) {
        return w.ranking()
                .branch(branch)
                .orElseThrow()
                .indicator(Indicator.CHECK_UP_RATE)
                .score()
                .doubleValue();
    }
}
