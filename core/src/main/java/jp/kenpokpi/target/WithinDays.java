package jp.kenpokpi.target;

import java.math.BigDecimal;
import java.util.Optional;
import jp.kenpokpi.result.PriorYearResult;
import jp.kenpokpi.value.Unit;

/** Within N days (7日以内): the result, in days, is at most N. */
public record WithinDays(BigDecimal days) implements TargetRule {

    @Override
    public String describeJa() {
        return days.toPlainString() + "日以内";
    }

    @Override
    public TargetKind kind() {
        return TargetKind.ABSOLUTE;
    }

    @Override
    public TargetOutcome evaluate(Facts facts) {
        if (facts.unit() != Unit.DAYS) {
            return TargetOutcome.without(Achievement.NOT_COMPARABLE, kind(), "日数の目標ですが、KPIの単位が日ではありません");
        }
        return TargetRule.compare(facts, Bound.AT_MOST, days, kind(), describeJa());
    }

    @Override
    public Optional<Threshold> threshold(PriorYearResult priorYear) {
        return Optional.of(new Threshold(days, Bound.AT_MOST, kind()));
    }
}
