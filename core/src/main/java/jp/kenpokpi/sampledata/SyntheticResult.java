package jp.kenpokpi.sampledata;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A synthetic result as the interchange CSV carries it.
 *
 * @param actual      as printed: 72.2%, 6,535円, 1,529事業所, 6.4日, 毎月3回, 実施
 * @param value       the number at the KPI's reporting precision; empty for 実施/未実施
 * @param numerator   for a ratio KPI
 * @param denominator for a ratio KPI
 */
record SyntheticResult(
        String actual, Optional<BigDecimal> value, Optional<Long> numerator, Optional<Long> denominator) {

    static SyntheticResult printed(String actual, BigDecimal value) {
        return new SyntheticResult(actual, Optional.of(value), Optional.empty(), Optional.empty());
    }

    static SyntheticResult done(boolean carriedOut) {
        return new SyntheticResult(carriedOut ? "実施" : "未実施", Optional.empty(), Optional.empty(), Optional.empty());
    }
}
