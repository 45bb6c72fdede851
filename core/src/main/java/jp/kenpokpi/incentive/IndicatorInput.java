package jp.kenpokpi.incentive;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A branch's inputs for one indicator in a results year, as plain numbers: the rate (or share) this year and last
 * year in %, the count (実施件数) this year and last year, and the denominator (対象者数) this year, which turns a rise
 * in points into a number of people. Each is optional: an indicator needs only some (③ only the rate).
 */
public record IndicatorInput(
        Optional<BigDecimal> rate,
        Optional<BigDecimal> priorRate,
        OptionalLong count,
        OptionalLong priorCount,
        OptionalLong denominator) {

    public static final IndicatorInput NONE = new IndicatorInput(
            Optional.empty(), Optional.empty(), OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty());

    /** ③: the reduction rate only. */
    public static IndicatorInput rate(String rate) {
        return NONE.withRate(new BigDecimal(rate));
    }

    /** ④ and ⑤: the rate this year and last year. */
    public static IndicatorInput rates(String rate, String priorRate) {
        return new IndicatorInput(
                Optional.of(new BigDecimal(rate)),
                Optional.of(new BigDecimal(priorRate)),
                OptionalLong.empty(),
                OptionalLong.empty(),
                OptionalLong.empty());
    }

    /** ① and ②: the rates and the counts, with this year's denominator for a what-if. */
    public static IndicatorInput ratesAndCounts(
            String rate, String priorRate, long count, long priorCount, long denominator) {
        return new IndicatorInput(
                Optional.of(new BigDecimal(rate)),
                Optional.of(new BigDecimal(priorRate)),
                OptionalLong.of(count),
                OptionalLong.of(priorCount),
                OptionalLong.of(denominator));
    }

    public IndicatorInput withRate(BigDecimal newRate) {
        return new IndicatorInput(Optional.of(newRate), priorRate, count, priorCount, denominator);
    }

    /**
     * What a rise of the rate by some points means in people: denominator × points / 100, rounded away from zero
     * (a rise of 1.0 point of 12,345 people needs 124 more check-ups, not 123.45). Empty without a denominator.
     */
    public OptionalLong additionalCount(BigDecimal points) {
        if (denominator.isEmpty()) return OptionalLong.empty();
        return OptionalLong.of(BigDecimal.valueOf(denominator.getAsLong())
                .multiply(points)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.UP)
                .longValueExact());
    }

    /**
     * The inputs with this year's rate raised by some points; the count rises with it by {@link #additionalCount}
     * where count and denominator are known, so that the count's rise moves as the rate does.
     */
    public IndicatorInput raisedBy(BigDecimal points) {
        if (rate.isEmpty()) throw new IllegalArgumentException("実績値がないため、上げた場合を計算できません");
        OptionalLong raisedCount = count.isPresent() && denominator.isPresent()
                ? OptionalLong.of(count.getAsLong() + additionalCount(points).getAsLong())
                : count;
        return new IndicatorInput(Optional.of(rate.get().add(points)), priorRate, raisedCount, priorCount, denominator);
    }
}
