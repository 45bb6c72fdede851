package jp.kenpokpi.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.catalogue.Direction;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.result.Result;

/**
 * Ranks the branches on a KPI, best first in the KPI's direction, compared at the reporting precision. Ties
 * share the better rank and the next rank is skipped (1, 2, 2, 4), as the 全国◯位 of the reports counts.
 */
public final class BranchRanking {

    private BranchRanking() {}

    public static List<RankedBranch> rank(KpiDefinition definition, Map<OrgCode, Result> results) {
        if (definition.direction() == Direction.DONE) return List.of();
        List<Map.Entry<OrgCode, BigDecimal>> values = new ArrayList<>();
        for (Map.Entry<OrgCode, Result> e : results.entrySet()) {
            if (e.getKey().isAssociation()) continue;
            Optional<BigDecimal> n = e.getValue().number(definition);
            n.ifPresent(v -> values.add(Map.entry(e.getKey(), v)));
        }
        Comparator<BigDecimal> better =
                definition.direction() == Direction.HIGHER ? Comparator.reverseOrder() : Comparator.naturalOrder();
        values.sort(Map.Entry.<OrgCode, BigDecimal>comparingByValue(better).thenComparing(Map.Entry.comparingByKey()));
        List<RankedBranch> ranked = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            BigDecimal v = values.get(i).getValue();
            int rank = i > 0 && v.compareTo(values.get(i - 1).getValue()) == 0
                    ? ranked.get(i - 1).rank()
                    : i + 1;
            ranked.add(new RankedBranch(values.get(i).getKey(), v, rank));
        }
        return ranked;
    }

    public static Optional<RankedBranch> rankOf(OrgCode branch, List<RankedBranch> ranking) {
        return ranking.stream().filter(r -> r.branch().equals(branch)).findFirst();
    }
}
