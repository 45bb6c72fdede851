package jp.kenpokpi.value;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Prints values the way the reports do: 72.2%, 6,535円, 1,529事業所, 0.5ポイント, ▲0.3ポイント. */
public final class ValueFormat {

    private ValueFormat() {}

    public static String number(BigDecimal value) {
        int scale = Math.max(0, value.scale());
        DecimalFormat format = new DecimalFormat(
                "#,##0" + (scale > 0 ? "." + "0".repeat(scale) : ""), DecimalFormatSymbols.getInstance(Locale.JAPAN));
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

    /**
     * A value or target as every page, report and export shows it: the digits, separators and % a report may have
     * printed full-width (９４．０％以上, 0.370％) read half-width (94.0%以上, 0.370%), as {@link #amount} prints
     * them; words are left as printed. The stored text keeps what the report printed.
     */
    public static String display(String printed) {
        StringBuilder out = new StringBuilder(printed.length());
        for (int i = 0; i < printed.length(); i++) {
            char c = printed.charAt(i);
            boolean nearDigit = isDigit(charAt(printed, i - 1)) || isDigit(charAt(printed, i + 1));
            if (c >= '０' && c <= '９') out.append((char) ('0' + (c - '０')));
            else if (c == '％' && isDigit(charAt(printed, i - 1))) out.append('%');
            else if ((c == '．' || c == '，') && nearDigit) out.append(c == '．' ? '.' : ',');
            else out.append(c);
        }
        return out.toString();
    }

    private static char charAt(String s, int i) {
        return i < 0 || i >= s.length() ? ' ' : s.charAt(i);
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    /** The size of a difference, without sign: 0.5ポイント, 851円. */
    public static String distance(BigDecimal value, Unit unit) {
        return number(value.abs()) + unit.differenceSymbol();
    }
}
