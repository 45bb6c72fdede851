package jp.kenpokpi.result;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.value.PrintedValue;
import jp.kenpokpi.value.Unit;

/**
 * A KPI's result for one organisation and period: the printed value, and the numerator and denominator where the
 * KPI has them.
 */
public record Result(PrintedValue value, Optional<BigDecimal> numerator, Optional<BigDecimal> denominator) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static Result of(PrintedValue value) {
        return new Result(value, Optional.empty(), Optional.empty());
    }

    public static Result none() {
        return of(new PrintedValue.NotYet());
    }

    public boolean isPresent() {
        return value.isPresent() || (numerator.isPresent() && denominator.isPresent());
    }

    public boolean hasNumeratorAndDenominator() {
        return numerator.isPresent()
                && denominator.isPresent()
                && denominator.get().signum() != 0;
    }

    /**
     * The value as a number at the KPI's reporting precision: the printed number, or numerator / denominator
     * when nothing is printed. Empty for 実施/未実施 and for no result.
     */
    public Optional<BigDecimal> number(KpiDefinition definition) {
        Optional<BigDecimal> raw = rawNumber(definition);
        return raw.map(definition.precision()::round);
    }

    private Optional<BigDecimal> rawNumber(KpiDefinition definition) {
        if (value instanceof PrintedValue.Amount amount) return Optional.of(amount.number());
        if (value instanceof PrintedValue.BranchCount count) return Optional.of(BigDecimal.valueOf(count.count()));
        if (!value.isPresent() && hasNumeratorAndDenominator()) {
            return Optional.of(quotient(numerator.get(), denominator.get(), definition.unit()));
        }
        return Optional.empty();
    }

    /** A ratio KPI's value: numerator / denominator, times 100 for a rate. */
    public static BigDecimal quotient(BigDecimal numerator, BigDecimal denominator, Unit unit) {
        BigDecimal q = numerator.divide(denominator, MathContext.DECIMAL64);
        return unit == Unit.PERCENT ? q.multiply(HUNDRED) : q;
    }

    /** 実施 → true, 未実施 → false; empty for any other value. */
    public Optional<Boolean> carriedOut() {
        return value instanceof PrintedValue.Done done ? Optional.of(done.carriedOut()) : Optional.empty();
    }
}
