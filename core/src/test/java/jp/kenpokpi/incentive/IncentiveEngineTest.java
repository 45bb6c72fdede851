package jp.kenpokpi.incentive;

import static jp.kenpokpi.incentive.IncentiveFixtures.A;
import static jp.kenpokpi.incentive.IncentiveFixtures.B;
import static jp.kenpokpi.incentive.IncentiveFixtures.BASE;
import static jp.kenpokpi.incentive.IncentiveFixtures.C;
import static jp.kenpokpi.incentive.IncentiveFixtures.D;
import static jp.kenpokpi.incentive.IncentiveFixtures.FY2023;
import static jp.kenpokpi.incentive.IncentiveFixtures.fourBranches;
import static jp.kenpokpi.incentive.IncentiveFixtures.topTwo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import jp.kenpokpi.organisation.OrgCode;
import org.junit.jupiter.api.Test;

/** The scheme's arithmetic on the four-branch case of {@link IncentiveFixtures}, every figure worked by hand there. */
class IncentiveEngineTest {

    private final IncentiveRanking ranking = IncentiveEngine.score(fourBranches(), topTwo());

    @Test
    void each_sub_item_is_scored_against_the_branches_that_have_it() {
        // ① rate 50 50 54 54: mean 52, population sd 2 → 40 40 60 60; its rise and count rise are 0 everywhere → 50
        assertThat(ranking.branch(A)
                        .orElseThrow()
                        .indicator(Indicator.CHECK_UP_RATE)
                        .subItems())
                .extracting(SubItemScore::deviation)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("40"), new BigDecimal("50"), new BigDecimal("50"));
        assertThat(ranking.statistics().get(SubItem.CHECK_UP_RATE_LEVEL).standardDeviation())
                .isEqualByComparingTo("2");
    }

    @Test
    void an_indicator_scores_the_weighted_sum_of_its_sub_items() {
        // ② = 0.6 × 50 + 0.2 × rise's 偏差値 + 0.2 × 50: A (rise +1 → 60) 52, C (rise −1 → 40) 48
        assertThat(score(A, Indicator.HEALTH_GUIDANCE_RATE)).isEqualByComparingTo("52");
        assertThat(score(C, Indicator.HEALTH_GUIDANCE_RATE)).isEqualByComparingTo("48");
        // ④ = 0.5 × 50 + 0.5 × rise's 偏差値: A (+1 → 60) 55, B (−1 → 40) 45
        assertThat(score(A, Indicator.REFERRAL_VISIT_RATE)).isEqualByComparingTo("55");
        assertThat(score(B, Indicator.REFERRAL_VISIT_RATE)).isEqualByComparingTo("45");
    }

    @Test
    void the_total_is_the_sum_of_the_five_and_ranks_the_branches() {
        assertThat(ranking.branches()).extracting(BranchScore::branch).containsExactly(D, B, A, C);
        assertThat(ranking.branches())
                .extracting(BranchScore::total)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(
                        new BigDecimal("269"), new BigDecimal("251"), new BigDecimal("241"), new BigDecimal("239"));
        assertThat(ranking.branches()).extracting(b -> b.rank().getAsInt()).containsExactly(1, 2, 3, 4);
        for (BranchScore b : ranking.branches()) {
            BigDecimal sum =
                    b.indicators().stream().map(IndicatorScore::score).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(b.total()).isEqualByComparingTo(sum);
        }
    }

    @Test
    void each_indicator_is_ranked_too_with_ties_sharing() {
        // ① 44 44 56 56: C and D share 1st, A and B share 3rd
        assertThat(indicatorRank(C, Indicator.CHECK_UP_RATE)).hasValue(1);
        assertThat(indicatorRank(D, Indicator.CHECK_UP_RATE)).hasValue(1);
        assertThat(indicatorRank(A, Indicator.CHECK_UP_RATE)).hasValue(3);
        assertThat(indicatorRank(B, Indicator.CHECK_UP_RATE)).hasValue(3);
        // ⑤ is 50 for everybody: all four 1st
        assertThat(ranking.branches())
                .allSatisfy(b -> assertThat(
                                b.indicator(Indicator.GENERIC_DRUG_SHARE).rank())
                        .hasValue(1));
    }

    @Test
    void branches_with_the_same_total_share_the_rank_and_the_reward_at_the_line() {
        // C given the same inputs as B: equal inputs score equally, share one rank, and the next rank is skipped
        Map<OrgCode, Map<Indicator, IndicatorInput>> inputs =
                new TreeMap<>(fourBranches().inputs());
        inputs.put(C, inputs.get(B));
        IncentiveRanking tied = IncentiveEngine.score(
                new IncentiveInputs(FY2023, inputs, fourBranches().premiumBases()), topTwo());

        BranchScore b = tied.branch(B).orElseThrow();
        BranchScore c = tied.branch(C).orElseThrow();
        assertThat(b.total()).isEqualByComparingTo(c.total());
        assertThat(b.rank()).isEqualTo(c.rank()).hasValue(2);
        assertThat(tied.branch(A).orElseThrow().rank()).hasValue(4);
        // the line is 2: both branches ranked 2nd are rewarded, so three branches share the fund
        assertThat(tied.branches())
                .filteredOn(BranchScore::rewarded)
                .extracting(BranchScore::branch)
                .containsExactlyInAnyOrder(D, B, C);
        assertThat(b.shareYen()).isEqualTo(c.shareYen());
    }

    @Test
    void the_fund_is_the_rate_years_fund_rate_of_every_branchs_premium_base() {
        // FY2023 results → FY2025 rates → 0.01% of 4 × 10億円 = 400,000円
        assertThat(ranking.ratesYear().value()).isEqualTo(2025);
        assertThat(ranking.fundYen()).isEqualTo(400_000L);
    }

    @Test
    void the_top_branches_share_the_fund_in_proportion_to_their_totals_to_the_yen() {
        // D 400,000 × 269 / 520 = 206,923.08 and B 400,000 × 251 / 520 = 193,076.92: cut to 206,923 + 193,076 =
        // 399,999; the one yen left goes to the larger remainder (B's .92) → B 193,077
        assertThat(ranking.branch(D).orElseThrow().shareYen()).isEqualTo(206_923L);
        assertThat(ranking.branch(B).orElseThrow().shareYen()).isEqualTo(193_077L);
        assertThat(ranking.branches().stream().mapToLong(BranchScore::shareYen).sum())
                .isEqualTo(ranking.fundYen());
        // 206,923 / 10億 × 100 = 0.0206923% → 0.020692%; 193,077 → 0.0193077% → 0.019308%
        assertThat(ranking.branch(D).orElseThrow().reductionPercent()).isEqualByComparingTo("0.020692");
        assertThat(ranking.branch(B).orElseThrow().reductionPercent()).isEqualByComparingTo("0.019308");
        assertThat(ranking.branch(A).orElseThrow().rewarded()).isFalse();
        assertThat(ranking.branch(A).orElseThrow().shareYen()).isZero();
        assertThat(ranking.atRewardLine().orElseThrow().branch()).isEqualTo(B);
    }

    @Test
    void a_larger_branch_gets_more_yen_but_the_same_rate_for_the_same_score() {
        // B's base is 30億: fund 0.01% × 60億 = 600,000. Rates ∝ totals: k × 269 for D, k × 251 for B, with
        // k × (269 × 10億 + 251 × 30億) = 600,000 → D 600,000 × 269 / 1,022 = 157,925.64, B 442,074.36
        // → cut 157,925 + 442,074 = 599,999, the yen to D (.64) → D 157,926, B 442,074
        Map<OrgCode, Long> bases = Map.of(A, BASE, B, 3 * BASE, C, BASE, D, BASE);
        IncentiveRanking r =
                IncentiveEngine.score(new IncentiveInputs(FY2023, fourBranches().inputs(), bases), topTwo());

        assertThat(r.fundYen()).isEqualTo(600_000L);
        assertThat(r.branch(D).orElseThrow().shareYen()).isEqualTo(157_926L);
        assertThat(r.branch(B).orElseThrow().shareYen()).isEqualTo(442_074L);
        // 157,926 / 10億 = 0.015793%; 442,074 / 30億 = 0.014736%: in the ratio 269 : 251
        assertThat(r.branch(D).orElseThrow().reductionPercent()).isEqualByComparingTo("0.015793");
        assertThat(r.branch(B).orElseThrow().reductionPercent()).isEqualByComparingTo("0.014736");
    }

    @Test
    void the_margin_formula_shares_by_the_points_above_the_best_branch_left_out() {
        // the best branch not rewarded is A (241): D weighs 269 − 241 = 28, B 251 − 241 = 10
        // D 400,000 × 28 / 38 = 294,736.84, B 105,263.16 → 294,736 + 105,263 = 399,999, the yen to D → 294,737
        IncentiveRanking r = IncentiveEngine.score(
                fourBranches(),
                IncentiveFixtures.parameters(
                        2, SharingFormula.PROPORTIONAL_TO_MARGIN_OVER_LINE, MissingInputRule.LOWEST_SCORE));

        assertThat(r.branch(D).orElseThrow().shareYen()).isEqualTo(294_737L);
        assertThat(r.branch(B).orElseThrow().shareYen()).isEqualTo(105_263L);
    }

    @Test
    void shares_add_up_to_the_fund_whatever_the_remainders() {
        // odd bases that leave remainders on every share: still exact to the yen
        Map<OrgCode, Long> bases = Map.of(A, 987_654_321L, B, 123_456_789L, C, 555_555_557L, D, 314_159_265L);
        IncentiveRanking r = IncentiveEngine.score(
                new IncentiveInputs(FY2023, fourBranches().inputs(), bases),
                IncentiveFixtures.parameters(3, SharingFormula.PROPORTIONAL_TO_TOTAL, MissingInputRule.LOWEST_SCORE));

        // (987,654,321 + 123,456,789 + 555,555,557 + 314,159,265) × 0.0001 = 198,082.5932 → 198,082
        assertThat(r.fundYen()).isEqualTo(198_082L);
        assertThat(r.branches().stream().mapToLong(BranchScore::shareYen).sum()).isEqualTo(198_082L);
        assertThat(r.branches()).filteredOn(BranchScore::rewarded).hasSize(3);
    }

    @Test
    void a_branch_without_a_premium_base_is_refused_naming_it() {
        Map<OrgCode, Long> bases = new TreeMap<>(fourBranches().premiumBases());
        bases.remove(C);

        assertThatThrownBy(() -> new IncentiveInputs(FY2023, fourBranches().inputs(), bases))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("03支部の総報酬額がないため、原資と減算率を計算できません");
    }

    @Test
    void the_parameters_used_are_printed_with_the_ranking() {
        List<String> lines = ranking.parametersJa();

        assertThat(lines)
                .anySatisfy(
                        l -> assertThat(l).startsWith("①特定健診等の実施率の重み: 実施率 60%").endsWith("（仮定）"));
        assertThat(lines).contains("原資: 令和7年度保険料率の0.01%（公表）");
    }

    private BigDecimal score(OrgCode branch, Indicator indicator) {
        return ranking.branch(branch).orElseThrow().indicator(indicator).score();
    }

    private OptionalInt indicatorRank(OrgCode branch, Indicator indicator) {
        return ranking.branch(branch).orElseThrow().indicator(indicator).rank();
    }
}
