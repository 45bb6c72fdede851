package jp.kenpokpi.app.incentive;

import java.math.BigDecimal;
import java.math.RoundingMode;
import jp.kenpokpi.report.ReportCell;
import jp.kenpokpi.value.Unit;

/**
 * The incentive tables' cells: the figures as numbers (Excel can add up the shares and sort the totals), printed
 * through {@link IncentiveFormat} as the command line prints them; the rest as text.
 */
final class IncentiveCells {

    private IncentiveCells() {}

    /** A total, 285.61. */
    static ReportCell total(BigDecimal value) {
        return new ReportCell.Quantity(
                value.setScale(2, RoundingMode.HALF_UP), 2, false, IncentiveFormat.total(value), false);
    }

    /** A 偏差値 or points, 46.4. */
    static ReportCell points(BigDecimal value) {
        return new ReportCell.Quantity(
                value.setScale(1, RoundingMode.HALF_UP), 1, false, IncentiveFormat.points(value), false);
    }

    /** Points to the reward line, +4.9 or -25.7. */
    static ReportCell signed(BigDecimal value) {
        return new ReportCell.Quantity(
                value.setScale(1, RoundingMode.HALF_UP), 1, true, IncentiveFormat.signed(value), false);
    }

    /** Yen, 414,487,742 (under a 配分額（円） heading). */
    static ReportCell yen(long value) {
        return new ReportCell.Quantity(BigDecimal.valueOf(value), 0, false, IncentiveFormat.yen(value), false);
    }

    /** A premium-rate reduction, 0.025567%. */
    static ReportCell reduction(BigDecimal percent) {
        return new ReportCell.Number(percent, Unit.PERCENT, Math.max(0, percent.scale()), false);
    }

    static ReportCell text(String text) {
        return new ReportCell.Text(text, false);
    }
}
