package jp.kenpokpi.incentive;

import static jp.kenpokpi.incentive.IncentiveFixtures.A;
import static jp.kenpokpi.incentive.IncentiveFixtures.B;
import static jp.kenpokpi.incentive.IncentiveFixtures.C;
import static jp.kenpokpi.incentive.IncentiveFixtures.D;
import static jp.kenpokpi.incentive.IncentiveFixtures.FY2023;
import static jp.kenpokpi.incentive.IncentiveFixtures.fourBranches;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import jp.kenpokpi.organisation.OrgCode;
import org.junit.jupiter.api.Test;

/**
 * A branch without an indicator's input (here A without ③). The sub-item's mean and sd are taken over the branches
 * that have it. By default (LOWEST_SCORE) the branch stays in the ranking with the lowest 偏差値 given for that
 * sub-item — no branch comes out better for a figure it did not give; under EXCLUDED_FROM_RANKING it is scored as if
 * it were not there.
 */
class MissingInputTest {

    @Test
    void the_missing_sub_item_scores_the_lowest_and_the_others_are_scored_without_it() {
        IncentiveRanking r = IncentiveEngine.score(withoutReduction(A), IncentiveFixtures.topTwo());

        // ③ over B, C, D = 34, 30, 34: mean 98/3 = 32.667, variance (16/9 + 64/9 + 16/9) / 3 = 32/9, sd 4√2/3
        // B, D: 50 + 10 × (4/3) / (4√2/3) = 50 + 10/√2 = 57.0710678119; C: 50 − 20/√2 = 35.8578643763
        assertThat(reduction(r, B)).isEqualByComparingTo("57.0710678119");
        assertThat(reduction(r, C)).isEqualByComparingTo("35.8578643763");
        // A gets the lowest of those, C's, and is marked missing
        assertThat(reduction(r, A)).isEqualByComparingTo("35.8578643763");
        BranchScore a = r.branch(A).orElseThrow();
        assertThat(a.hasMissingInput()).isTrue();
        assertThat(a.indicator(Indicator.GUIDANCE_TARGET_REDUCTION)
                        .subItems()
                        .get(0)
                        .value())
                .isEmpty();
        assertThat(a.rank()).isPresent();
        assertThat(r.statistics().get(SubItem.GUIDANCE_TARGET_REDUCTION_LEVEL).count())
                .isEqualTo(3);
    }

    @Test
    void a_missing_input_never_scores_better_than_the_worst_given_value() {
        IncentiveRanking r = IncentiveEngine.score(withoutReduction(A), IncentiveFixtures.topTwo());

        assertThat(r.branches())
                .allSatisfy(b -> assertThat(reduction(r, A)).isLessThanOrEqualTo(reduction(r, b.branch())));
    }

    @Test
    void excluded_from_ranking_the_branch_gets_no_rank_and_the_others_score_as_if_it_were_not_there() {
        SchemeParameters excluding = IncentiveFixtures.parameters(
                2, SharingFormula.PROPORTIONAL_TO_TOTAL, MissingInputRule.EXCLUDED_FROM_RANKING);
        IncentiveRanking r = IncentiveEngine.score(withoutReduction(A), excluding);

        Map<OrgCode, Map<Indicator, IndicatorInput>> others =
                new TreeMap<>(fourBranches().inputs());
        others.remove(A);
        IncentiveRanking withoutA = IncentiveEngine.score(
                new IncentiveInputs(FY2023, others, fourBranches().premiumBases()), excluding);

        BranchScore a = r.branch(A).orElseThrow();
        assertThat(a.rank()).isEmpty();
        assertThat(a.rewarded()).isFalse();
        assertThat(a.indicator(Indicator.CHECK_UP_RATE).rank()).isEmpty();
        assertThat(r.branches()).last().isEqualTo(a);
        for (OrgCode b : new OrgCode[] {B, C, D}) {
            assertThat(r.branch(b).orElseThrow().total())
                    .isEqualByComparingTo(withoutA.branch(b).orElseThrow().total());
            assertThat(r.branch(b).orElseThrow().rank())
                    .isEqualTo(withoutA.branch(b).orElseThrow().rank());
        }
        // the fund is still raised on every branch's base, A's included: 400,000円, shared by D and B
        assertThat(r.fundYen()).isEqualTo(400_000L);
        assertThat(r.branches().stream().mapToLong(BranchScore::shareYen).sum()).isEqualTo(400_000L);
    }

    @Test
    void a_sub_item_no_branch_has_scores_50_for_every_branch_marked_missing_under_either_rule() {
        IncentiveInputs noReduction = withoutReduction(A, B, C, D);
        for (MissingInputRule rule : MissingInputRule.values()) {
            IncentiveRanking r = IncentiveEngine.score(
                    noReduction, IncentiveFixtures.parameters(2, SharingFormula.PROPORTIONAL_TO_TOTAL, rule));
            IncentiveRanking full = IncentiveEngine.score(
                    fourBranches(), IncentiveFixtures.parameters(2, SharingFormula.PROPORTIONAL_TO_TOTAL, rule));

            assertThat(r.branches()).as(rule.name()).hasSize(4).allSatisfy(b -> {
                assertThat(reduction(r, b.branch())).isEqualByComparingTo("50");
                assertThat(b.indicator(Indicator.GUIDANCE_TARGET_REDUCTION).hasMissingInput())
                        .isTrue();
                assertThat(b.rank()).isPresent();
                // the other four indicators score as with ③ given: ③ no longer tells the branches apart
                BigDecimal withoutThree =
                        full.branch(b.branch()).orElseThrow().total().subtract(reduction(full, b.branch()));
                assertThat(b.total()).isEqualByComparingTo(withoutThree.add(BigDecimal.valueOf(50)));
            });
            assertThat(r.statistics()
                            .get(SubItem.GUIDANCE_TARGET_REDUCTION_LEVEL)
                            .count())
                    .isZero();
            assertThat(r.branches().stream().mapToLong(BranchScore::shareYen).sum())
                    .isEqualTo(r.fundYen());
        }
    }

    private static IncentiveInputs withoutReduction(OrgCode... branches) {
        IncentiveInputs all = fourBranches();
        Map<OrgCode, Map<Indicator, IndicatorInput>> inputs = new TreeMap<>(all.inputs());
        for (OrgCode branch : branches) {
            Map<Indicator, IndicatorInput> byIndicator =
                    new EnumMap<>(all.inputs().get(branch));
            byIndicator.remove(Indicator.GUIDANCE_TARGET_REDUCTION);
            inputs.put(branch, byIndicator);
        }
        return new IncentiveInputs(FY2023, inputs, all.premiumBases());
    }

    private static BigDecimal reduction(IncentiveRanking r, OrgCode branch) {
        return r.branch(branch)
                .orElseThrow()
                .indicator(Indicator.GUIDANCE_TARGET_REDUCTION)
                .score();
    }
}
