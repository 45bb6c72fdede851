package jp.kenpokpi.incentive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import jp.kenpokpi.catalogue.Direction;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.ranking.BranchRanking;
import jp.kenpokpi.ranking.DeviationScores;
import jp.kenpokpi.ranking.RankedBranch;

/**
 * Scores a results year of the incentive scheme:
 *
 * <ol>
 *   <li>each sub-item's 偏差値 over the branches that have its value ({@link DeviationScores}: population standard
 *       deviation, higher is better for every sub-item); a missing value as {@link MissingInputRule} says;
 *   <li>each indicator's score = Σ 偏差値 × weight ÷ 100 over its sub-items, and its rank among the branches;
 *   <li>the total = the sum of the five indicator scores, ranked with ties sharing the better rank ({@link
 *       BranchRanking});
 *   <li>the branches ranked within the reward line are rewarded (ties at the line all are), and the fund —
 *       the fund rate of the premium-rate year × every branch's premium base — is shared among them ({@link
 *       FundSharing}).
 * </ol>
 */
public final class IncentiveEngine {

    private IncentiveEngine() {}

    public static IncentiveRanking score(IncentiveInputs inputs, SchemeParameters parameters) {
        FiscalYear year = inputs.resultsYear();
        Set<OrgCode> ranked = rankedBranches(inputs, parameters.missingInputs());
        Map<SubItem, DeviationScores> deviations = deviations(inputs, ranked);
        Map<SubItem, BigDecimal> weights = parameters.weights(year);
        Map<OrgCode, Map<Indicator, List<SubItemScore>>> subItems = new HashMap<>();
        inputs.inputs().keySet().forEach(b -> subItems.put(b, subItemScores(inputs, b, deviations, weights)));
        Map<OrgCode, List<IndicatorScore>> indicatorScores = indicatorScores(subItems, ranked);
        Map<OrgCode, BigDecimal> totals = new HashMap<>();
        indicatorScores.forEach((b, scores) -> totals.put(b, sum(scores, IndicatorScore::score)));
        Map<OrgCode, Integer> totalRanks = ranks(totals, ranked);

        int line = parameters.rewardLine(year);
        FiscalYear ratesYear = parameters.ratesYear(year);
        long fund = FundSharing.fund(inputs.premiumBases(), parameters.fundRatePercent(ratesYear));
        Map<OrgCode, BigDecimal> sharingWeights = sharingWeights(totals, totalRanks, line, parameters.sharing());
        Map<OrgCode, Long> shares = FundSharing.shares(fund, sharingWeights, inputs.premiumBases());
        List<BranchScore> branches = new ArrayList<>();
        for (OrgCode b : totals.keySet()) {
            long share = shares.getOrDefault(b, 0L);
            branches.add(new BranchScore(
                    b,
                    indicatorScores.get(b),
                    totals.get(b),
                    rank(totalRanks, b),
                    sharingWeights.containsKey(b),
                    share,
                    FundSharing.reductionPercent(share, inputs.premiumBases().get(b))));
        }
        branches.sort(Comparator.comparing((BranchScore s) -> s.rank().orElse(Integer.MAX_VALUE))
                .thenComparing(BranchScore::branch));
        Map<SubItem, DeviationScores.Statistics> statistics = new EnumMap<>(SubItem.class);
        deviations.forEach((s, d) -> statistics.put(s, d.statistics()));
        return new IncentiveRanking(year, ratesYear, parameters, branches, statistics, line, fund);
    }

    /** Each sub-item's 偏差値 over the ranked branches that have its value. */
    private static Map<SubItem, DeviationScores> deviations(IncentiveInputs inputs, Set<OrgCode> ranked) {
        Map<SubItem, DeviationScores> deviations = new EnumMap<>(SubItem.class);
        for (SubItem s : SubItem.values()) {
            Map<OrgCode, BigDecimal> values = new HashMap<>();
            for (OrgCode b : ranked) {
                s.valueOf(inputs.input(b, s.indicator())).ifPresent(v -> values.put(b, v));
            }
            deviations.put(s, DeviationScores.of(values, Direction.HIGHER));
        }
        return deviations;
    }

    /**
     * A branch's sub-items by indicator: its 偏差値 where it is in the statistics, against them where it was left out,
     * the lowest given where its value is missing.
     */
    private static Map<Indicator, List<SubItemScore>> subItemScores(
            IncentiveInputs inputs,
            OrgCode branch,
            Map<SubItem, DeviationScores> deviations,
            Map<SubItem, BigDecimal> weights) {
        Map<Indicator, List<SubItemScore>> byIndicator = new EnumMap<>(Indicator.class);
        for (SubItem s : SubItem.values()) {
            Optional<BigDecimal> value = s.valueOf(inputs.input(branch, s.indicator()));
            DeviationScores d = deviations.get(s);
            BigDecimal deviation =
                    value.map(v -> d.of(branch).orElseGet(() -> d.scoreOf(v))).orElseGet(d::lowest);
            byIndicator
                    .computeIfAbsent(s.indicator(), i -> new ArrayList<>())
                    .add(new SubItemScore(s, value, deviation, weights.get(s)));
        }
        return byIndicator;
    }

    /** Each branch's five indicator scores, each with its rank among the ranked branches. */
    private static Map<OrgCode, List<IndicatorScore>> indicatorScores(
            Map<OrgCode, Map<Indicator, List<SubItemScore>>> subItems, Set<OrgCode> ranked) {
        Map<Indicator, Map<OrgCode, Integer>> ranks = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            Map<OrgCode, BigDecimal> scores = new HashMap<>();
            subItems.forEach((b, byIndicator) -> scores.put(b, sum(byIndicator.get(i), SubItemScore::points)));
            ranks.put(i, ranks(scores, ranked));
        }
        Map<OrgCode, List<IndicatorScore>> indicatorScores = new HashMap<>();
        subItems.forEach((b, byIndicator) -> {
            List<IndicatorScore> scores = new ArrayList<>();
            for (Indicator i : Indicator.values()) {
                List<SubItemScore> items = byIndicator.get(i);
                scores.add(new IndicatorScore(i, items, sum(items, SubItemScore::points), rank(ranks.get(i), b)));
            }
            indicatorScores.put(b, scores);
        });
        return indicatorScores;
    }

    /**
     * The branches in the ranking: all of them, or under EXCLUDED_FROM_RANKING those with the value of every sub-item
     * that some branch has. A sub-item no branch has (③ where the data holds no reduction rate) excludes nobody: every
     * branch scores 50 on it, marked 欠測, and the ranking rests on the other sub-items.
     */
    private static Set<OrgCode> rankedBranches(IncentiveInputs inputs, MissingInputRule rule) {
        List<SubItem> given = Arrays.stream(SubItem.values())
                .filter(s -> inputs.inputs().keySet().stream()
                        .anyMatch(b -> s.valueOf(inputs.input(b, s.indicator())).isPresent()))
                .toList();
        Set<OrgCode> ranked = new LinkedHashSet<>();
        for (OrgCode b : inputs.inputs().keySet()) {
            boolean complete = given.stream()
                    .allMatch(s -> s.valueOf(inputs.input(b, s.indicator())).isPresent());
            if (complete || rule == MissingInputRule.LOWEST_SCORE) ranked.add(b);
        }
        return ranked;
    }

    /** The rewarded branches (ranked within the line) with their weight in the sharing. */
    private static Map<OrgCode, BigDecimal> sharingWeights(
            Map<OrgCode, BigDecimal> totals, Map<OrgCode, Integer> ranks, int line, SharingFormula formula) {
        BigDecimal highestUnrewarded = ranks.entrySet().stream()
                .filter(e -> e.getValue() > line)
                .map(e -> totals.get(e.getKey()))
                .max(Comparator.naturalOrder())
                .orElse(BigDecimal.ZERO);
        Map<OrgCode, BigDecimal> weights = new HashMap<>();
        ranks.forEach((b, rank) -> {
            if (rank <= line) weights.put(b, formula.weight(totals.get(b), highestUnrewarded));
        });
        return weights;
    }

    /** The ranks of the values of the ranked branches, best first, ties sharing. */
    private static Map<OrgCode, Integer> ranks(Map<OrgCode, BigDecimal> values, Set<OrgCode> ranked) {
        Map<OrgCode, BigDecimal> rankedValues = new HashMap<>(values);
        rankedValues.keySet().retainAll(ranked);
        Map<OrgCode, Integer> ranks = new HashMap<>();
        for (RankedBranch r : BranchRanking.rank(rankedValues, Direction.HIGHER)) ranks.put(r.branch(), r.rank());
        return ranks;
    }

    private static OptionalInt rank(Map<OrgCode, Integer> ranks, OrgCode branch) {
        Integer r = ranks.get(branch);
        return r == null ? OptionalInt.empty() : OptionalInt.of(r);
    }

    private static <T> BigDecimal sum(List<T> items, Function<T, BigDecimal> value) {
        return items.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
