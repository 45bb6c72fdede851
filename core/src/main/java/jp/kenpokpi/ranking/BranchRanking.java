package jp.kenpokpi.ranking;

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
import jp.kenpokpi.result.Result;

/**
 * Ranks the branches on a KPI, best first in the KPI's direction, compared at the reporting precision. Ties
 * share the better rank and the next rank is skipped (1, 2, 2, 4), as the 全国◯位 of the reports counts.
 */
public final class BranchRanking {

    private BranchRanking() {}

    public static List<RankedBranch> rank(KpiDefinition definition, Map<OrgCode, Result> results) {
        if (definition.direction() == Direction.DONE) return List.of();
        Map<OrgCode, BigDecimal> values = new HashMap<>();
        for (Map.Entry<OrgCode, Result> e : results.entrySet()) {
            if (e.getKey().isAssociation()) continue;
            Optional<BigDecimal> n = e.getValue().number(definition);
            n.ifPresent(v -> values.put(e.getKey(), v));
        }
        return rank(values, definition.direction());
    }

    /**
     * Ranks branches on plain values (the incentive scheme's totals, an indicator's score), best first in the
     * direction; equal values (compareTo, so 245.0 equals 245) share the better rank. The association is left out.
     */
    public static List<RankedBranch> rank(Map<OrgCode, BigDecimal> values, Direction direction) {
        if (direction == Direction.DONE) throw new IllegalArgumentException("実施・未実施の指標は順位を付けません");
        List<Map.Entry<OrgCode, BigDecimal>> sorted = new ArrayList<>();
        for (Map.Entry<OrgCode, BigDecimal> e : values.entrySet()) {
            if (!e.getKey().isAssociation()) sorted.add(Map.entry(e.getKey(), e.getValue()));
        }
        Comparator<BigDecimal> better =
                direction == Direction.HIGHER ? Comparator.reverseOrder() : Comparator.naturalOrder();
        sorted.sort(Map.Entry.<OrgCode, BigDecimal>comparingByValue(better).thenComparing(Map.Entry.comparingByKey()));
        List<RankedBranch> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            BigDecimal v = sorted.get(i).getValue();
            int rank = i > 0 && v.compareTo(sorted.get(i - 1).getValue()) == 0
                    ? ranked.get(i - 1).rank()
                    : i + 1;
            ranked.add(new RankedBranch(sorted.get(i).getKey(), v, rank));
        }
        return ranked;
    }

    public static Optional<RankedBranch> rankOf(OrgCode branch, List<RankedBranch> ranking) {
        return ranking.stream().filter(r -> r.branch().equals(branch)).findFirst();
    }
}
