package jp.kenpokpi.incentive;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import jp.kenpokpi.organisation.OrgCode;

/**
 * A branch in a results year's ranking: the five indicator scores, their total and its rank (ties share it; empty
 * for a branch left out), whether it is rewarded, its share of the fund in yen and the rate reduction that share is.
 *
 * @param reductionPercent the share ÷ the branch's premium base × 100, in % of the premium rate, to 6 decimals
 *     (half up); the yen shares are the exact figures and add up to the fund
 */
public record BranchScore(
        OrgCode branch,
        List<IndicatorScore> indicators,
        BigDecimal total,
        OptionalInt rank,
        boolean rewarded,
        long shareYen,
        BigDecimal reductionPercent) {

    public BranchScore {
        indicators = List.copyOf(indicators);
    }

    public IndicatorScore indicator(Indicator indicator) {
        return indicators.stream()
                .filter(s -> s.indicator() == indicator)
                .findFirst()
                .orElseThrow();
    }

    public boolean hasMissingInput() {
        return indicators.stream().anyMatch(IndicatorScore::hasMissingInput);
    }
}
