package jp.kenpokpi.incentive;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A what-if's change: one indicator's rate this year moved by some points (②を1.0ポイント上げると). */
public record RateChange(Indicator indicator, BigDecimal points) {

    private static final Pattern TEXT = Pattern.compile("([1-5]):([+-]?\\d+(?:\\.\\d+)?)");

    /** Reads "2:+1.0" (indicator number, colon, points), as the command line will take it. */
    public static RateChange parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("変更は「指標の番号:ポイント」で指定してください（例 2:+1.0）: " + text);
        }
        return new RateChange(
                Indicator.byNumber(Integer.parseInt(m.group(1))).orElseThrow(), new BigDecimal(m.group(2)));
    }

    /** ②を1.0ポイント上げると, ⑤を0.5ポイント下げると */
    public String labelJa() {
        return indicator.circled() + "を" + points.abs().toPlainString() + "ポイント" + (points.signum() < 0 ? "下げる" : "上げる")
                + "と";
    }
}
