package jp.kenpokpi.incentive;

import java.math.BigDecimal;

/**
 * How the fund is shared among the rewarded branches: each rewarded branch's rate reduction is proportional to its
 * weight under this formula (the published wording is 「得点に応じて」, without the formula itself).
 */
public enum SharingFormula {
    /** Weight = the branch's total. The literal reading of "in proportion to the score"; the default. */
    PROPORTIONAL_TO_TOTAL("合計点に比例"),
    /**
     * Weight = the branch's total minus the highest total left unrewarded: the differences among the rewarded
     * branches count for more, and the last rewarded branch still gets a share.
     */
    PROPORTIONAL_TO_MARGIN_OVER_LINE("報酬対象外の最高点を超える点数に比例");

    private final String labelJa;

    SharingFormula(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }

    /** The weight of a rewarded branch's total, given the highest total not rewarded (zero when every branch is). */
    BigDecimal weight(BigDecimal total, BigDecimal highestUnrewardedTotal) {
        return this == PROPORTIONAL_TO_TOTAL ? total : total.subtract(highestUnrewardedTotal);
    }
}
