package jp.kenpokpi.incentive;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;

/**
 * A branch's score on one indicator: the weighted sum of its sub-items' 偏差値, and its rank on this indicator among
 * the ranked branches (empty for a branch left out of the ranking).
 */
public record IndicatorScore(Indicator indicator, List<SubItemScore> subItems, BigDecimal score, OptionalInt rank) {

    public IndicatorScore {
        subItems = List.copyOf(subItems);
    }

    public boolean hasMissingInput() {
        return subItems.stream().anyMatch(SubItemScore::missing);
    }
}
