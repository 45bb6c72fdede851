package jp.kenpokpi.target;

import java.math.BigDecimal;
import java.util.Optional;
import jp.kenpokpi.result.PriorYearResult;

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
        if (facts.result().carriedOut().isPresent()) {
            return TargetOutcome.without(Achievement.NOT_COMPARABLE, kind(), "回数の目標ですが、実績が回数で入力されていません");
        }
        return TargetRule.compare(facts, Bound.AT_LEAST, timesPerMonth, kind(), describeJa());
    }

    @Override
    public Optional<Threshold> threshold(PriorYearResult priorYear) {
        return Optional.of(new Threshold(timesPerMonth, Bound.AT_LEAST, kind()));
    }
}
