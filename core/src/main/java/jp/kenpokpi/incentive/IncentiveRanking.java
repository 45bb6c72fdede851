package jp.kenpokpi.incentive;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.ranking.DeviationScores;

/**
 * A results year scored: the branches best first (those left out of the ranking last), the statistics every
 * sub-item's 偏差値 was taken against, the reward line, the fund in yen and the parameters used (to print).
 */
public record IncentiveRanking(
        FiscalYear resultsYear,
        FiscalYear ratesYear,
        SchemeParameters parameters,
        List<BranchScore> branches,
        Map<SubItem, DeviationScores.Statistics> statistics,
        int rewardLine,
        long fundYen) {

    public IncentiveRanking {
        branches = List.copyOf(branches);
        statistics = Map.copyOf(statistics);
    }

    public Optional<BranchScore> branch(OrgCode code) {
        return branches.stream().filter(b -> b.branch().equals(code)).findFirst();
    }

    /** The last rewarded branch: the one at the reward line (15th from FY2022 results), which a branch must pass. */
    public Optional<BranchScore> atRewardLine() {
        return branches.stream().filter(BranchScore::rewarded).reduce((first, second) -> second);
    }

    public List<String> parametersJa() {
        return parameters.describeJa(resultsYear);
    }
}
