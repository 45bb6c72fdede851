package jp.kenpokpi.target;

import java.math.BigDecimal;

/**
 * The value a target rule sets, with the side of it a result must be on: 71.7 at least, 20 at most, 7 days at
 * most, or the prior year's final value for a relative target. The KPI page draws it as the target line.
 */
public record Threshold(BigDecimal value, Bound bound, TargetKind kind) {}
