package jp.kenpokpi.target;

import java.math.BigDecimal;
import java.util.Optional;

/** A frequency: at least N times every month (毎月2回以上). The result is the times per month reached. */
public record Frequency(BigDecimal timesPerMonth) implements TargetRule {

    @Override
    public String describeJa() {
        return "毎月" + timesPerMonth.toPlainString() + "回以上";
    }

    @Override
    public TargetKind kind() {
        return TargetKind.ABSOLUTE;
    }

    @Override
    public TargetOutcome evaluate(Facts facts) {
        Optional<BigDecimal> actual = facts.actual();
        if (actual.isEmpty()) {
            return facts.result().carriedOut().isPresent()
                    ? TargetOutcome.without(Achievement.NOT_COMPARABLE, kind(), "回数の目標ですが、実績が回数で入力されていません")
                    : TargetRule.noResult(kind());
        }
        return Bound.AT_LEAST.compare(facts, actual.get(), timesPerMonth, kind(), describeJa());
    }
}
