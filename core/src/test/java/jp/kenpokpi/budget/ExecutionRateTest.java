package jp.kenpokpi.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 執行率 to one decimal, rounded half up; amounts in exact yen. */
class ExecutionRateTest {

    @ParameterizedTest(name = "{0}円 of {1}円 is {2}")
    @CsvSource({
        "1644044, 2045000, 80.4%", // 80.393…: truncation would print 80.3%, the report prints 80.4%
        "1, 8, 12.5%",
        "1, 16, 6.3%", // 6.25 exactly: half up
        "5, 2000, 0.3%", // 0.25 exactly: half up, not half even
        "1, 3, 33.3%",
        "2, 3, 66.7%",
        "0, 135000, 0.0%",
        "5511000, 5000000, 110.2%",
        "12345, 1000, '1,234.5%'"
    })
    void a_rate_is_rounded_half_up_to_one_decimal(long executed, long budget, String printed) {
        assertThat(ExecutionRate.of(executed, budget).orElseThrow().text()).isEqualTo(printed);
    }

    @Test
    void a_budget_of_0_yen_has_no_rate_and_prints_a_dash() {
        assertThat(ExecutionRate.of(0, 0)).isEmpty();
        assertThat(new BudgetAmounts(0, 100).rateText()).isEqualTo("—");
        assertThat(new BudgetAmounts(0, 100).overExecuted()).isTrue();
    }

    @Test
    void executing_more_than_the_budget_is_over_execution_and_exactly_the_budget_is_not() {
        assertThat(new BudgetAmounts(5_000_000, 5_511_000).overExecuted()).isTrue();
        assertThat(new BudgetAmounts(5_000_000, 5_000_000).overExecuted()).isFalse();
        assertThat(new BudgetAmounts(5_000_000, 5_000_000).rateText()).isEqualTo("100.0%");
    }

    @Test
    void amounts_add_exactly_and_an_overflow_is_an_error_not_a_wrong_total() {
        assertThat(new BudgetAmounts(1_910_000, 1_644_044).plus(new BudgetAmounts(135_000, 0)))
                .isEqualTo(new BudgetAmounts(2_045_000, 1_644_044));
        assertThatThrownBy(() -> new BudgetAmounts(Long.MAX_VALUE, 0).plus(new BudgetAmounts(1, 0)))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> new BudgetAmounts(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void yen_are_printed_with_thousands_separators() {
        assertThat(BudgetAmounts.yen(52_644_000)).isEqualTo("52,644,000円");
        assertThat(BudgetAmounts.yen(0)).isEqualTo("0円");
    }
}
