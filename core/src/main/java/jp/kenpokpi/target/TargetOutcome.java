package jp.kenpokpi.target;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The outcome of comparing a result with its target, with the reason in words.
 *
 * @param margin         how far the result is on the good side of the target (negative: short of it), in the
 *                       KPI's unit; empty when there is nothing to measure
 * @param relativeMargin margin / |target value|; empty when the target value is zero or absent
 * @param targetValue    the value the result was compared with (a relative target's prior-year value)
 */
public record TargetOutcome(
        Achievement achievement,
        TargetKind kind,
        Optional<BigDecimal> targetValue,
        Optional<BigDecimal> margin,
        Optional<BigDecimal> relativeMargin,
        String reason) {

    public static TargetOutcome without(Achievement achievement, TargetKind kind, String reason) {
        return new TargetOutcome(achievement, kind, Optional.empty(), Optional.empty(), Optional.empty(), reason);
    }

    public TargetOutcome withReason(String newReason) {
        return new TargetOutcome(achievement, kind, targetValue, margin, relativeMargin, newReason);
    }
}
