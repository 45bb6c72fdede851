package jp.kenpokpi.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Interim results as of a month end (hq-fy2021: 令和3年8月末時点). */
class AsOfTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "2021-08, 令和3年8月末時点",
        "2021-09, 令和3年9月末時点",
        "2024-02, 令和6年2月末時点",
        "2019-05, 令和元年5月末時点",
        "2019-04, 平成31年4月末時点",
        "1989-04, 平成元年4月末時点",
    })
    void a_month_end_is_shown_in_the_japanese_era(String month, String japanese) {
        assertThat(AsOf.parse(month).orElseThrow().japanese()).isEqualTo(japanese);
    }

    @Test
    void an_interim_result_belongs_to_the_fiscal_year_of_its_month() {
        assertThat(AsOf.parse("2024-02").orElseThrow().fiscalYear()).isEqualTo(FiscalYear.of(2023));
        assertThat(AsOf.parse("2021-08").orElseThrow().fiscalYear()).isEqualTo(FiscalYear.of(2021));
    }

    @Test
    void the_month_ends_offered_are_those_of_the_year_that_have_come() {
        FiscalYear fy2025 = FiscalYear.of(2025);
        assertThat(AsOf.monthEndsUpTo(fy2025, LocalDate.of(2025, 3, 31))).isEmpty();
        assertThat(AsOf.monthEndsUpTo(fy2025, LocalDate.of(2025, 4, 30)))
                .extracting(AsOf::iso)
                .containsExactly("2025-04");
        assertThat(AsOf.monthEndsUpTo(fy2025, LocalDate.of(2025, 10, 15)))
                .extracting(AsOf::iso)
                .containsExactly("2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09");
        assertThat(AsOf.monthEndsUpTo(fy2025, LocalDate.of(2026, 12, 5)))
                .hasSize(12)
                .last()
                .extracting(AsOf::iso)
                .isEqualTo("2026-03");
    }

    @Test
    void the_same_month_last_year_is_one_year_earlier() {
        assertThat(AsOf.parse("2021-08").orElseThrow().sameMonthLastYear()).isEqualTo(new AsOf(YearMonth.of(2020, 8)));
    }

    @ParameterizedTest(name = "「{0}」 is not a month")
    @NullAndEmptySource
    @ValueSource(strings = {"2021-13", "2021-8", "2021/08", "令和3年8月", "abc"})
    void anything_but_yyyy_mm_is_not_a_month(String printed) {
        assertThat(AsOf.parse(printed)).isEmpty();
    }
}
