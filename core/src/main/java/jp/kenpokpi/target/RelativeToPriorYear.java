package jp.kenpokpi.target;

import java.math.BigDecimal;
import java.util.Optional;
import jp.kenpokpi.result.PriorYearResult;
import jp.kenpokpi.value.ValueFormat;

/**
 * At least or at most the prior year (対前年度以上 / 以下), resolved against the same organisation's prior-year
 * final result under the same definition version.
 *
 * @param printedPriorValue the prior-year value where the target prints it (対前年度（0.318％）以上); the recorded
 *                          prior-year result is what counts, this is only shown
 */
public record RelativeToPriorYear(Bound bound, Optional<BigDecimal> printedPriorValue) implements TargetRule {

    public RelativeToPriorYear {
        if (bound == Bound.EQUAL) throw new IllegalArgumentException("対前年度の目標は以上か以下です");
    }

    public static RelativeToPriorYear atLeast() {
        return new RelativeToPriorYear(Bound.AT_LEAST, Optional.empty());
    }

    public static RelativeToPriorYear atMost() {
        return new RelativeToPriorYear(Bound.AT_MOST, Optional.empty());
    }

    @Override
    public String describeJa() {
        return "対前年度" + bound.suffixJa();
    }

    @Override
    public TargetKind kind() {
        return TargetKind.RELATIVE;
    }

    @Override
    public TargetOutcome evaluate(Facts facts) {
        Optional<BigDecimal> actual = facts.actual();
        if (actual.isEmpty()) return TargetRule.noResult(kind());
        PriorYearResult prior = facts.priorYear();
        if (prior instanceof PriorYearResult.NotComparable notComparable) {
            return TargetOutcome.without(Achievement.NOT_COMPARABLE, kind(), "比較不可：" + notComparable.reason());
        }
        if (prior instanceof PriorYearResult.Missing missing) {
            return TargetOutcome.without(
                    Achievement.NOT_COMPARABLE, kind(), "比較不可：" + missing.year().japanese() + "の最終実績がありません");
        }
        PriorYearResult.Known known = (PriorYearResult.Known) prior;
        String targetJa = "前年度実績" + ValueFormat.amount(known.value(), facts.unit())
                + (known.restated() ? "（新定義による再計算値）" : "") + bound.suffixJa();
        return bound.compare(facts, actual.get(), known.value(), kind(), targetJa);
    }

    /** The prior year's final value, when there is one to compare with. */
    @Override
    public Optional<Threshold> threshold(PriorYearResult priorYear) {
        return priorYear instanceof PriorYearResult.Known known
                ? Optional.of(new Threshold(known.value(), bound, kind()))
                : Optional.empty();
    }
}
