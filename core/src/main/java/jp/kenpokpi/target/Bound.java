package jp.kenpokpi.target;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import jp.kenpokpi.value.ValueFormat;

/**
 * A comparison of a result with a target value, at the KPI's reporting precision: at least, at most or equal.
 * The one place where "beaten", "met exactly" and "missed" are decided.
 */
public enum Bound {
    AT_LEAST("以上"),
    AT_MOST("以下"),
    EQUAL("");

    private final String suffixJa;

    Bound(String suffixJa) {
        this.suffixJa = suffixJa;
    }

    public String suffixJa() {
        return suffixJa;
    }

    /**
     * Compares, both values rounded to the reporting precision first.
     *
     * @param targetJa how the target reads in a reason: "71.7%以上", "前年度実績（0.371%）以上"
     */
    public TargetOutcome compare(
            Facts facts, BigDecimal actualValue, BigDecimal targetValue, TargetKind kind, String targetJa) {
        BigDecimal actual = facts.rounded(actualValue);
        BigDecimal target = facts.rounded(targetValue);
        BigDecimal margin = switch (this) {
            case AT_LEAST -> actual.subtract(target);
            case AT_MOST -> target.subtract(actual);
            case EQUAL -> actual.subtract(target).abs().negate();
        };
        Achievement achievement = margin.signum() > 0
                ? Achievement.EXCEEDED
                : margin.signum() == 0 ? Achievement.MET : Achievement.MISSED;
        Optional<BigDecimal> relative = target.signum() == 0
                ? Optional.empty()
                : Optional.of(margin.divide(target.abs(), MathContext.DECIMAL64));
        String actualJa = ValueFormat.amount(actual, facts.unit());
        String distance = ValueFormat.distance(margin, facts.unit());
        String reason = switch (achievement) {
            case EXCEEDED ->
                "目標（" + targetJa + "）に対し実績" + actualJa + "：" + distance + (this == AT_MOST ? "下回り達成" : "上回り達成");
            case MET -> "目標（" + targetJa + "）に対し実績" + actualJa + "：目標どおり達成";
            default ->
                "目標（" + targetJa + "）に対し実績" + actualJa + "：" + distance
                        + (this == AT_MOST || (this == EQUAL && actual.compareTo(target) > 0) ? "上回り未達成" : "届かず未達成");
        };
        return new TargetOutcome(achievement, kind, Optional.of(target), Optional.of(margin), relative, reason);
    }
}
