package jp.kenpokpi.app.incentive;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.kenpokpi.incentive.BranchScore;
import jp.kenpokpi.incentive.IndicatorScore;
import jp.kenpokpi.incentive.SubItemScore;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisations;

/**
 * How the incentive scheme's figures read, wherever they are shown: points and totals rounded half up, yen with
 * separators, ranks, a sub-item's value and weight, branch names. The command line's text, the pages and the report
 * files format a figure through the same method here ({@link IncentiveLines} and {@link WhatIfText} for whole
 * sentences), so that they cannot disagree on wording or rounding.
 */
public final class IncentiveFormat {

    private IncentiveFormat() {}

    /** A score or points to one decimal, half up: 52.3. */
    public static String points(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** Points with a plus sign when above zero: +3.2, -1.0, 0.0. */
    public static String signed(BigDecimal value) {
        String p = points(value);
        return value.setScale(1, RoundingMode.HALF_UP).signum() > 0 ? "+" + p : p;
    }

    /** The total as the ranking table prints it, to two decimals. */
    public static String total(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A count or yen amount with thousands separators: 1,234,567. */
    public static String yen(long value) {
        return NumberFormat.getIntegerInstance(Locale.JAPAN).format(value);
    }

    /** A signed count: +1,234 or -56. */
    public static String signedCount(long value) {
        return (value >= 0 ? "+" : "") + yen(value);
    }

    /** 全国3位, or 順位なし for a branch left out of the ranking. */
    public static String rank(BranchScore b) {
        return b.rank().isPresent() ? "全国" + b.rank().getAsInt() + "位" : "順位なし";
    }

    /** The ranking table's 順位 column: 3位. */
    public static String rankShort(BranchScore b) {
        return b.rank().isPresent() ? b.rank().getAsInt() + "位" : "順位なし";
    }

    /** An indicator's score with its rank and 欠: 52.3（12位）欠. */
    public static String indicatorScore(IndicatorScore s) {
        return points(s.score()) + indicatorRank(s) + (s.hasMissingInput() ? "欠" : "");
    }

    /** （12位）, or nothing for a branch without a rank. */
    public static String indicatorRank(IndicatorScore s) {
        return s.rank().isPresent() ? "（" + s.rank().getAsInt() + "位）" : "";
    }

    /** ○ or ×, as the what-if prints the reward before and after. */
    public static String rewardedMark(boolean rewarded) {
        return rewarded ? "○" : "×";
    }

    /** A sub-item's value in its unit, or 欠測. */
    public static String value(SubItemScore item) {
        return item.value()
                .map(v -> v.setScale(2, RoundingMode.HALF_UP).toPlainString()
                        + item.subItem().measure().unitJa())
                .orElse("欠測");
    }

    /** A sub-item's weight: 60%. */
    public static String weight(SubItemScore item) {
        return item.weightPercent().stripTrailingZeros().toPlainString() + "%";
    }

    /** 青森支部、岩手支部, or なし. */
    public static String names(List<OrgCode> codes) {
        if (codes.isEmpty()) return "なし";
        return codes.stream().map(c -> Organisations.all().get(c).nameJa()).collect(Collectors.joining("、"));
    }

    /** 09 栃木: the ranking's branch column. */
    public static String branchLabel(OrgCode code) {
        return code.value() + " " + Organisations.all().get(code).shortNameJa();
    }
}
