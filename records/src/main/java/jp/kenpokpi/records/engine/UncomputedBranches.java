package jp.kenpokpi.records.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.records.definition.KpiQuery;

/**
 * The branches a run could not give a value for: no records counted in the denominator (a small branch with no
 * after-loss refund claim in the year, say). Nothing is stored for them, and the run says so instead of leaving the
 * gap to be found on the dashboard.
 */
public final class UncomputedBranches {

    private UncomputedBranches() {}

    /** Per query with a gap, in the queries' order, the branches without a positive denominator. */
    public static Map<KpiDefinition, List<Organisation>> of(List<KpiQuery> queries, List<ComputedFigure> figures) {
        Map<KpiDefinition, List<Organisation>> gaps = new LinkedHashMap<>();
        for (KpiQuery query : queries) {
            Set<OrgCode> computed = figures.stream()
                    .filter(f -> f.definition().equals(query.definition())
                            && f.denominator().signum() > 0)
                    .map(ComputedFigure::org)
                    .collect(Collectors.toSet());
            List<Organisation> missing = Organisations.all().branches().stream()
                    .filter(b -> !computed.contains(b.code()))
                    .toList();
            if (!missing.isEmpty()) gaps.put(query.definition(), missing);
        }
        return gaps;
    }
}
