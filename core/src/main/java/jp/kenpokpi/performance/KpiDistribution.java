package jp.kenpokpi.performance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kenpokpi.catalogue.Direction;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.ranking.BranchRanking;
import jp.kenpokpi.ranking.DeviationScores;
import jp.kenpokpi.ranking.RankedBranch;
import jp.kenpokpi.result.Result;

/**
 * One KPI's values over all branches with a value, compared at the KPI's reporting precision as the ranking is: the
 * ranks (ties share), the 偏差値 (direction-aware), the median and the quartile boundaries (PERCENTILE.INC), and which
 * branches' values are 架空. Every branch's {@link KpiStanding} on the KPI is read from here, so that a branch page,
 * a block page and headquarters' table agree.
 */
public final class KpiDistribution {

    private final KpiDefinition definition;
    private final List<RankedBranch> ranking;
    private final DeviationScores scores;
    private final BigDecimal median;
    private final BigDecimal topQuartile;
    private final BigDecimal bottomQuartile;
    private final Set<OrgCode> syntheticBranches;

    private KpiDistribution(
            KpiDefinition definition,
            List<RankedBranch> ranking,
            DeviationScores scores,
            List<BigDecimal> sorted,
            Set<OrgCode> syntheticBranches) {
        this.definition = definition;
        this.ranking = ranking;
        this.scores = scores;
        boolean higher = definition.direction() == Direction.HIGHER;
        BigDecimal q1 = quantile(sorted, 1, 4);
        BigDecimal q3 = quantile(sorted, 3, 4);
        this.median = quantile(sorted, 1, 2);
        this.topQuartile = higher ? q3 : q1;
        this.bottomQuartile = higher ? q1 : q3;
        this.syntheticBranches = Set.copyOf(syntheticBranches);
    }

    /**
     * The distribution of a KPI's values, or empty for a KPI that is done/not done or that no branch has a value of.
     *
     * @param syntheticBranches the branches whose value is 架空 (sample data)
     */
    public static Optional<KpiDistribution> of(
            KpiDefinition definition, Map<OrgCode, Result> results, Set<OrgCode> syntheticBranches) {
        if (definition.direction() == Direction.DONE) return Optional.empty();
        List<RankedBranch> ranking = BranchRanking.rank(definition, results);
        if (ranking.isEmpty()) return Optional.empty();
        Map<OrgCode, BigDecimal> values = new LinkedHashMap<>();
        ranking.forEach(r -> values.put(r.branch(), r.value()));
        List<BigDecimal> sorted = new ArrayList<>(values.values());
        sorted.sort(Comparator.naturalOrder());
        Set<OrgCode> synthetic = new java.util.HashSet<>(syntheticBranches);
        synthetic.retainAll(values.keySet());
        return Optional.of(new KpiDistribution(
                definition, ranking, DeviationScores.of(values, definition.direction()), sorted, synthetic));
    }

    /** The branch's standing, or empty when it has no value. */
    public Optional<KpiStanding> standing(OrgCode branch) {
        return BranchRanking.rankOf(branch, ranking)
                .map(mine -> new KpiStanding(
                        definition,
                        branch,
                        mine.value(),
                        mine.rank(),
                        ranking.size(),
                        scores.of(branch).orElseThrow(),
                        median,
                        topQuartile,
                        bottomQuartile,
                        syntheticBranches.contains(branch),
                        !syntheticBranches.isEmpty()));
    }

    /** Every branch with a value, best first. */
    public List<KpiStanding> standings() {
        return ranking.stream().map(r -> standing(r.branch()).orElseThrow()).toList();
    }

    public KpiDefinition definition() {
        return definition;
    }

    public int branchCount() {
        return ranking.size();
    }

    public BigDecimal median() {
        return median;
    }

    public BigDecimal topQuartile() {
        return topQuartile;
    }

    public BigDecimal bottomQuartile() {
        return bottomQuartile;
    }

    /** The 偏差値 a value would score among these branches: where the median and the quartile boundaries stand. */
    public BigDecimal deviationOf(BigDecimal value) {
        return scores.scoreOf(value);
    }

    /** A text about the KPI among all branches (its column's heading), labelled 架空 where some value is. */
    public jp.kenpokpi.value.Figure figure(String text) {
        return jp.kenpokpi.value.Figure.of(text, synthetic());
    }

    /** Some value the ranks, 偏差値 and boundaries are computed from is 架空. */
    public boolean synthetic() {
        return !syntheticBranches.isEmpty();
    }

    /** The p = numerator / denominator quantile of sorted values, interpolated between neighbours (PERCENTILE.INC). */
    static BigDecimal quantile(List<BigDecimal> sorted, int numerator, int denominator) {
        int steps = (sorted.size() - 1) * numerator;
        int lower = steps / denominator;
        BigDecimal fraction = BigDecimal.valueOf(steps % denominator).divide(BigDecimal.valueOf(denominator));
        BigDecimal base = sorted.get(lower);
        if (fraction.signum() == 0) return base;
        return base.add(sorted.get(lower + 1).subtract(base).multiply(fraction));
    }
}
