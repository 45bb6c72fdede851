package jp.kenpokpi.performance;

import java.util.Comparator;
import java.util.List;
import jp.kenpokpi.organisation.OrgCode;

/**
 * A block's KPIs against all branches (rule: {@link BlockStanding}), with its strengths (best mean 偏差値 first) and
 * weaknesses (worst first), as a branch's {@link BranchEvaluation} lists them.
 *
 * @param nameJa 東北ブロック
 * @param branches the block's branches in code order
 */
public record BlockEvaluation(String nameJa, List<OrgCode> branches, List<BlockStanding> standings) {

    public BlockEvaluation {
        branches = List.copyOf(branches);
        standings = List.copyOf(standings);
    }

    /** The block's standing on every KPI some branch of it has a value of, in the order of the distributions. */
    public static BlockEvaluation of(String nameJa, List<OrgCode> branches, List<KpiDistribution> distributions) {
        return new BlockEvaluation(
                nameJa,
                branches,
                distributions.stream()
                        .map(d -> BlockStanding.of(d, branches))
                        .flatMap(java.util.Optional::stream)
                        .toList());
    }

    public List<BlockStanding> strengths() {
        return standings.stream()
                .filter(s -> s.standing().strength())
                .sorted(Comparator.comparing(BlockStanding::meanDeviation).reversed())
                .toList();
    }

    public List<BlockStanding> weaknesses() {
        return standings.stream()
                .filter(s -> s.standing().weakness())
                .sorted(Comparator.comparing(BlockStanding::meanDeviation))
                .toList();
    }

    public boolean synthetic() {
        return standings.stream().anyMatch(BlockStanding::synthetic);
    }
}
