package jp.kenpokpi.performance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.catalogue.Direction;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.ranking.BranchRanking;
import jp.kenpokpi.ranking.DeviationScores;
import jp.kenpokpi.ranking.RankedBranch;
import jp.kenpokpi.result.Result;

/**
 * 支部業績評価: a branch's KPI against all branches with a value, compared at the KPI's reporting precision as the
 * ranking is. Quartiles and the median interpolate linearly between ranks (position p × (n − 1) in the sorted values,
 * as Excel's PERCENTILE.INC and QUARTILE.INC do), so that headquarters' spreadsheets give the same boundaries.
 */
public final class BranchPerformance {

    private BranchPerformance() {}

    /** The branch's standing on a KPI, or empty when it has no value or the KPI is done/not done. */
    public static Optional<KpiStanding> of(KpiDefinition definition, Map<OrgCode, Result> results, OrgCode branch) {
        if (definition.direction() == Direction.DONE) return Optional.empty();
        List<RankedBranch> ranking = BranchRanking.rank(definition, results);
        Optional<RankedBranch> mine = BranchRanking.rankOf(branch, ranking);
        if (mine.isEmpty()) return Optional.empty();
        Map<OrgCode, BigDecimal> values = new HashMap<>();
        ranking.forEach(r -> values.put(r.branch(), r.value()));
        BigDecimal deviation =
                DeviationScores.of(values, definition.direction()).of(branch).orElseThrow();
        List<BigDecimal> sorted = new ArrayList<>(values.values());
        sorted.sort(Comparator.naturalOrder());
        boolean higher = definition.direction() == Direction.HIGHER;
        BigDecimal q1 = quantile(sorted, 1, 4);
        BigDecimal q3 = quantile(sorted, 3, 4);
        return Optional.of(new KpiStanding(
                definition,
                branch,
                mine.get().value(),
                mine.get().rank(),
                ranking.size(),
                deviation,
                quantile(sorted, 1, 2),
                higher ? q3 : q1,
                higher ? q1 : q3));
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
