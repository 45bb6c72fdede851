package jp.kenpokpi.incentive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.organisation.OrgCode;

/**
 * Where a branch loses its points against the branch at the reward line (the last one rewarded: 15th from FY2022
 * results): per indicator and per sub-item, the line branch's points minus the branch's, the largest cost first. The
 * gaps per indicator add up to the gap in the total.
 */
public record RewardLineGap(
        OrgCode branch,
        OrgCode lineBranch,
        BigDecimal totalGap,
        List<PointsGap> byIndicator,
        List<PointsGap> bySubItem) {

    private static final Comparator<PointsGap> LARGEST_FIRST = Comparator.comparing(PointsGap::points)
            .reversed()
            .thenComparing(PointsGap::indicator)
            .thenComparing(g -> g.subItem().orElseThrow());

    public RewardLineGap {
        byIndicator = List.copyOf(byIndicator);
        bySubItem = List.copyOf(bySubItem);
    }

    public static RewardLineGap of(IncentiveRanking ranking, OrgCode branch) {
        BranchScore mine =
                ranking.branch(branch).orElseThrow(() -> new IllegalArgumentException(branch + "支部の入力がありません"));
        BranchScore line = ranking.atRewardLine().orElseThrow(() -> new IllegalStateException("報酬の対象となる支部がありません"));
        List<PointsGap> byIndicator = new ArrayList<>();
        List<PointsGap> bySubItem = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            IndicatorScore m = mine.indicator(i);
            IndicatorScore l = line.indicator(i);
            byIndicator.add(new PointsGap(i, Optional.empty(), l.score().subtract(m.score())));
            for (int k = 0; k < m.subItems().size(); k++) {
                SubItemScore ms = m.subItems().get(k);
                bySubItem.add(new PointsGap(
                        i,
                        Optional.of(ms.subItem()),
                        l.subItems().get(k).points().subtract(ms.points())));
            }
        }
        byIndicator.sort(Comparator.comparing(PointsGap::points).reversed().thenComparing(PointsGap::indicator));
        bySubItem.sort(LARGEST_FIRST);
        return new RewardLineGap(branch, line.branch(), line.total().subtract(mine.total()), byIndicator, bySubItem);
    }
}
