package jp.kenpokpi.performance;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.result.Result;

/**
 * A branch's KPIs against all branches, with its strengths (top quartile, best 偏差値 first) and weaknesses (below
 * the median, worst first) to list in words.
 */
public record BranchEvaluation(OrgCode branch, List<KpiStanding> standings) {

    public BranchEvaluation {
        standings = List.copyOf(standings);
    }

    /** Every KPI of a year the branch has a value for, one result map (branch → result) per KPI. */
    public static BranchEvaluation of(OrgCode branch, Map<KpiDefinition, Map<OrgCode, Result>> resultsByKpi) {
        List<KpiStanding> standings = resultsByKpi.entrySet().stream()
                .map(e -> BranchPerformance.of(e.getKey(), e.getValue(), branch))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing((KpiStanding s) -> s.definition().kpiCode()))
                .toList();
        return new BranchEvaluation(branch, standings);
    }

    /** The branch's standing on a KPI, empty where it has no value of it. */
    public Optional<KpiStanding> standing(String kpiCode) {
        return standings.stream()
                .filter(s -> s.definition().kpiCode().equals(kpiCode))
                .findFirst();
    }

    public List<KpiStanding> strengths() {
        return standings.stream()
                .filter(s -> s.standing().strength())
                .sorted(Comparator.comparing(KpiStanding::deviation).reversed())
                .toList();
    }

    public List<KpiStanding> weaknesses() {
        return standings.stream()
                .filter(s -> s.standing().weakness())
                .sorted(Comparator.comparing(KpiStanding::deviation))
                .toList();
    }

    /** The mean of the branch's 偏差値 over the KPIs it has a value of; empty where it has none. */
    public Optional<java.math.BigDecimal> meanDeviation() {
        return BlockStanding.mean(standings.stream().map(KpiStanding::deviation).toList());
    }

    /** The mean 偏差値 at one decimal, or — where the branch has no value. */
    public String meanDeviationJa() {
        return meanDeviation().map(BlockStanding::oneDecimal).orElse("—");
    }

    /** Some standing rests on a 架空 value. */
    public boolean synthetic() {
        return standings.stream().anyMatch(KpiStanding::synthetic);
    }
}
