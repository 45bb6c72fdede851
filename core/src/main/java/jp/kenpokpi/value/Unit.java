package jp.kenpokpi.value;

import java.util.Optional;

/** The units KPI values are printed in. */
public enum Unit {
    PERCENT("%", "ポイント"),
    YEN("円", "円"),
    OFFICES("事業所", "事業所"),
    CASES("件", "件"),
    DAYS("日", "日"),
    PERSONS("人", "人"),
    TIMES_PER_MONTH("回/月", "回"),
    BRANCHES("支部", "支部"),
    DONE("実施", "");

    private final String symbol;
    private final String differenceSymbol;

    Unit(String symbol, String differenceSymbol) {
        this.symbol = symbol;
        this.differenceSymbol = differenceSymbol;
    }

    /** As printed after a number: 72.2%, 6,535円. */
    public String symbol() {
        return symbol;
    }

    /**
     * A formatted number with this unit as a reader reads it: 72.2%, 6,535円, and 毎月2回 (never 2回/月, the
     * catalogue's way of naming the unit); 実施 has no number.
     */
    public String withNumber(String number) {
        return switch (this) {
            case TIMES_PER_MONTH -> "毎月" + number + "回";
            case DONE -> number;
            default -> number + symbol;
        };
    }

    /** The unit's name where no number stands beside it (a chart's axis, the KPI page's 単位). */
    public String nameJa() {
        return this == TIMES_PER_MONTH ? "回（毎月）" : symbol;
    }

    /** A difference of two rates is in percentage points (ポイント), of amounts in the amount's unit. */
    public String differenceSymbol() {
        return differenceSymbol;
    }

    /**
     * Why a value cannot be one in this unit, or empty: a rate is a share, 0–100% (its numerator never exceeds its
     * denominator); counts, amounts, days and frequencies are never negative. Every % KPI of the catalogue is such a
     * share; a KPI measuring a change (ポイント, 対前年比) would need a unit of its own that allows a sign.
     */
    public Optional<String> rangeProblem(java.math.BigDecimal value) {
        if (this == DONE) return Optional.empty();
        if (value.signum() < 0) {
            return Optional.of(this == PERCENT ? "率はマイナスになりません（0〜100%）" : "マイナスの値は使えません（0以上）");
        }
        if (this == PERCENT && value.compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
            return Optional.of("率は100%を超えません（0〜100%）");
        }
        return Optional.empty();
    }

    /** The catalogue's unit column: %, 円, 事業所, 日, 実施, 回/月. */
    public static Optional<Unit> fromCatalogue(String text) {
        String s = Digits.toHalfWidth(text.strip());
        for (Unit unit : values()) {
            if (unit.symbol.equals(s)) return Optional.of(unit);
        }
        return Optional.empty();
    }
}
