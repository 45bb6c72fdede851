package jp.kenpokpi.value;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Prints values the way the reports do: 72.2%, 6,535円, 1,529事業所, 0.5ポイント, ▲0.3ポイント. */
public final class ValueFormat {

    private ValueFormat() {
    }

    public static String number(BigDecimal value) {
        int scale = Math.max(0, value.scale());
        DecimalFormat format = new DecimalFormat("#,##0" + (scale > 0 ? "." + "0".repeat(scale) : ""),
                DecimalFormatSymbols.getInstance(Locale.JAPAN));
        return format.format(value);
    }

    public static String amount(BigDecimal value, Unit unit) {
        return unit.withNumber(number(value));
    }

    /** A difference: percentage points for rates, the amount's unit otherwise; ▲ for a negative one. */
    public static String difference(BigDecimal value, Unit unit) {
        String sign = value.signum() < 0 ? "▲" : "+";
        return sign + number(value.abs()) + unit.differenceSymbol();
    }

    /** The size of a difference, without sign: 0.5ポイント, 851円. */
    public static String distance(BigDecimal value, Unit unit) {
        return number(value.abs()) + unit.differenceSymbol();
    }
}
