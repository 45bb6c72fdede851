package jp.kenpokpi.performance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.result.Result;

/**
 * 支部業績評価: a branch's KPI against all branches with a value, compared at the KPI's reporting precision as the
 * ranking is. Quartiles and the median interpolate linearly between ranks (position p × (n − 1) in the sorted values,
 * as Excel's PERCENTILE.INC and QUARTILE.INC do), so that headquarters' spreadsheets give the same boundaries. The
 * computation is {@link KpiDistribution}'s.
 */
public final class BranchPerformance {

    private BranchPerformance() {}

    /** The branch's standing on a KPI, or empty when it has no value or the KPI is done/not done. */
    public static Optional<KpiStanding> of(KpiDefinition definition, Map<OrgCode, Result> results, OrgCode branch) {
        return KpiDistribution.of(definition, results, Set.of()).flatMap(d -> d.standing(branch));
    }

    /** The p = numerator / denominator quantile of sorted values, interpolated between neighbours (PERCENTILE.INC). */
    static BigDecimal quantile(List<BigDecimal> sorted, int numerator, int denominator) {
        return KpiDistribution.quantile(sorted, numerator, denominator);
    }
}
