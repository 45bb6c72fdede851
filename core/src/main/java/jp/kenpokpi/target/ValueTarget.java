package jp.kenpokpi.target;

import java.math.BigDecimal;
import java.util.Optional;
import jp.kenpokpi.result.PriorYearResult;
import jp.kenpokpi.value.Unit;
import jp.kenpokpi.value.ValueFormat;

/**
 * Reach a value: at least (71.7%以上, 1,330事業所以上), at most (20%以下) or exactly (100%). A bare value means
 * "reach it" in the KPI's direction; a bare 100% of a rate can only be met, so it is read as equal.
 */
public record ValueTarget(Bound bound, BigDecimal value, Unit unit) implements TargetRule {

    public static ValueTarget atLeast(BigDecimal value, Unit unit) {
        return new ValueTarget(Bound.AT_LEAST, value, unit);
    }

    public static ValueTarget atMost(BigDecimal value, Unit unit) {
        return new ValueTarget(Bound.AT_MOST, value, unit);
    }

    public static ValueTarget equalTo(BigDecimal value, Unit unit) {
        return new ValueTarget(Bound.EQUAL, value, unit);
    }

    @Override
    public String describeJa() {
        return ValueFormat.amount(value, unit) + bound.suffixJa();
    }

    @Override
    public TargetKind kind() {
        return TargetKind.ABSOLUTE;
    }

    @Override
    public TargetOutcome evaluate(Facts facts) {
        return TargetRule.compare(facts, bound, value, kind(), describeJa());
    }

    @Override
    public Optional<Threshold> threshold(PriorYearResult priorYear) {
        return Optional.of(new Threshold(value, bound, kind()));
    }
}
