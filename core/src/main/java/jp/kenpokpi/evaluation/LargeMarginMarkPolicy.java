package jp.kenpokpi.evaluation;

import java.math.BigDecimal;
import jp.kenpokpi.target.Achievement;
import jp.kenpokpi.target.TargetOutcome;
import jp.kenpokpi.value.ValueFormat;

/**
 * 計画を大幅に上回る: ◎ only when the result beats its target (absolute or the prior year's value) by at least
 * a relative margin of the target, ○ when met, △ when missed, × when not carried out.
 *
 * @param marginPercent the margin in percent of the target, 10 by default
 */
public record LargeMarginMarkPolicy(BigDecimal marginPercent) implements MarkPolicy {

    public static final BigDecimal DEFAULT_MARGIN_PERCENT = BigDecimal.TEN;

    public LargeMarginMarkPolicy {
        if (marginPercent.signum() <= 0) throw new IllegalArgumentException("大幅に上回る幅は0より大きい百分率です: " + marginPercent);
    }

    @Override
    public String id() {
        return "large-margin:" + marginPercent.stripTrailingZeros().toPlainString();
    }

    @Override
    public String nameJa() {
        return "目標を" + ValueFormat.number(marginPercent.stripTrailingZeros()) + "%以上上回れば◎";
    }

    @Override
    public Mark markFor(TargetOutcome outcome) {
        return MarkPolicy.commonMark(outcome).orElseGet(() -> {
            if (outcome.achievement() == Achievement.MISSED) return Mark.BELOW_PLAN;
            BigDecimal threshold = marginPercent.movePointLeft(2);
            boolean largely = outcome.achievement() == Achievement.EXCEEDED
                    && outcome.relativeMargin()
                            .map(m -> m.compareTo(threshold) >= 0)
                            .orElse(false);
            return largely ? Mark.EXCEEDED : Mark.AS_PLANNED;
        });
    }
}
