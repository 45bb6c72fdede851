package jp.kenpokpi.ranking;

import java.math.BigDecimal;
import java.util.Optional;
import jp.kenpokpi.value.Unit;
import jp.kenpokpi.value.ValueFormat;

/**
 * The published national value next to the one computed from the branches. Reports show the published one where
 * it was entered; when both exist and differ at the reporting precision the difference is flagged.
 *
 * @param difference computed − published, in percentage points for rates
 */
public record NationalComparison(
        Optional<BigDecimal> published, Optional<BigDecimal> computed, Optional<BigDecimal> difference, Unit unit) {

    public static NationalComparison of(Optional<BigDecimal> published, Optional<BigDecimal> computed, Unit unit) {
        Optional<BigDecimal> difference = published.isPresent() && computed.isPresent()
                ? Optional.of(computed.get().subtract(published.get()))
                : Optional.empty();
        return new NationalComparison(published, computed, difference, unit);
    }

    /** The value a report prints as 全国平均: the published one if entered, else the computed one. */
    public Optional<BigDecimal> shown() {
        return published.or(() -> computed);
    }

    public boolean differs() {
        return difference.map(d -> d.signum() != 0).orElse(false);
    }

    /** e.g. 算出値57.4%（公表値との差 ▲0.3ポイント） */
    public Optional<String> differenceJa() {
        if (!differs()) return Optional.empty();
        return Optional.of("算出値" + ValueFormat.amount(computed.orElseThrow(), unit) + "（公表値との差 "
                + ValueFormat.difference(difference.orElseThrow(), unit) + "）");
    }
}
