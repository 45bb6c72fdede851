package jp.kenpokpi.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import jp.kenpokpi.value.Unit;
import org.junit.jupiter.api.Test;

/** The published national value next to the computed one: the published one is shown, a difference is flagged. */
class NationalComparisonTest {

    private static Optional<BigDecimal> value(String number) {
        return Optional.of(new BigDecimal(number));
    }

    @Test
    void the_difference_of_two_rates_is_in_percentage_points() {
        NationalComparison comparison = NationalComparison.of(value("57.7"), value("57.4"), Unit.PERCENT);

        assertThat(comparison.difference())
                .hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("-0.3"));
        assertThat(comparison.differs()).isTrue();
        assertThat(comparison.differenceJa()).contains("算出値57.4%（公表値との差 ▲0.3ポイント）");
    }

    @Test
    void equal_values_are_not_flagged() {
        NationalComparison comparison = NationalComparison.of(value("57.7"), value("57.70"), Unit.PERCENT);

        assertThat(comparison.differs()).isFalse();
        assertThat(comparison.differenceJa()).isEmpty();
    }

    @Test
    void the_published_value_is_shown_when_entered() {
        NationalComparison comparison = NationalComparison.of(value("57.7"), value("57.4"), Unit.PERCENT);

        assertThat(comparison.shown()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("57.7"));
    }

    @Test
    void the_computed_value_is_shown_when_nothing_was_published() {
        NationalComparison comparison = NationalComparison.of(Optional.empty(), value("57.4"), Unit.PERCENT);

        assertThat(comparison.shown()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("57.4"));
        assertThat(comparison.difference()).isEmpty();
        assertThat(comparison.differs()).isFalse();
    }

    @Test
    void a_difference_of_amounts_is_in_their_unit() {
        NationalComparison comparison = NationalComparison.of(value("8472"), value("8500"), Unit.YEN);

        assertThat(comparison.differenceJa()).contains("算出値8,500円（公表値との差 +28円）");
    }
}
