package jp.kenpokpi.target;

import java.math.BigDecimal;
import java.util.Optional;
import jp.kenpokpi.result.PriorYearResult;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.value.Unit;

/**
 * Headquarters' exception to the single-bid rate for branches with few tenders: where a single single-bid case
 * would already exceed the rate (with a 15% limit, six tenders or fewer), at most one single-bid case counts as
 * achieved. The result's numerator is the single-bid cases, its denominator the tenders.
 */
public record SmallTenderException(ValueTarget rateLimit) implements TargetRule {

    public SmallTenderException {
        if (rateLimit.bound() != Bound.AT_MOST || rateLimit.unit() != Unit.PERCENT) {
            throw new IllegalArgumentException("一者応札の特例は「N%以下」の目標にだけ付きます");
        }
    }

    @Override
    public String describeJa() {
        return rateLimit.describeJa();
    }

    @Override
    public TargetKind kind() {
        return TargetKind.ABSOLUTE;
    }

    @Override
    public TargetOutcome evaluate(Facts facts) {
        TargetOutcome byRate = rateLimit.evaluate(facts);
        Result result = facts.result();
        if (byRate.achievement() != Achievement.MISSED || !result.hasNumeratorAndDenominator()) return byRate;
        BigDecimal singleBids = result.numerator().orElseThrow();
        BigDecimal tenders = result.denominator().orElseThrow();
        BigDecimal oneCase = Result.quotient(BigDecimal.ONE, tenders, Unit.PERCENT);
        boolean fewTenders = oneCase.compareTo(rateLimit.value()) > 0;
        if (fewTenders && singleBids.compareTo(BigDecimal.ONE) <= 0) {
            return TargetOutcome.without(
                    Achievement.MET,
                    kind(),
                    "入札件数" + tenders.toPlainString() + "件のため1件で" + rateLimit.describeJa() + "を超える。特例により一者応札1件以内で達成");
        }
        return byRate;
    }

    /** The rate limit: the exception only forgives a result above it. */
    @Override
    public Optional<Threshold> threshold(PriorYearResult priorYear) {
        return rateLimit.threshold(priorYear);
    }
}
