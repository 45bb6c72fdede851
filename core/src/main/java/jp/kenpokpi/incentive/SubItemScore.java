package jp.kenpokpi.incentive;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A branch's sub-item: its value (empty where the input is missing: 欠測), its 偏差値, its weight in % within the
 * indicator and so the points it adds to the indicator's score.
 */
public record SubItemScore(
        SubItem subItem, Optional<BigDecimal> value, BigDecimal deviation, BigDecimal weightPercent) {

    public boolean missing() {
        return value.isEmpty();
    }

    /** deviation × weight / 100: what the sub-item adds to the indicator's score. */
    public BigDecimal points() {
        return deviation.multiply(weightPercent).movePointLeft(2);
    }
}
