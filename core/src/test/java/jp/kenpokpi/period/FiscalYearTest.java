package jp.kenpokpi.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** 年度: April to March, named by the western year it starts in, shown in the Japanese era. */
class FiscalYearTest {

    @ParameterizedTest(name = "{0} is {1} ({2})")
    @CsvSource({
        "2023, 令和5年度, R5",
        "2021, 令和3年度, R3",
        "2020, 令和2年度, R2",
        "2019, 令和元年度, R1",
        "2018, 平成30年度, H30",
        "1989, 平成元年度, H1",
    })
    void a_western_fiscal_year_is_shown_in_the_japanese_era(int year, String japanese, String shortForm) {
        assertThat(FiscalYear.of(year).japanese()).isEqualTo(japanese);
        assertThat(FiscalYear.of(year).shortJapanese()).isEqualTo(shortForm);
    }

    @Test
    void the_label_shows_both_forms() {
        assertThat(FiscalYear.of(2023).label()).isEqualTo("令和5年度（2023年度）");
    }

    @ParameterizedTest(name = "「{0}」 is FY{1}")
    @CsvSource({
        "2023, 2023",
        "２０２３, 2023",
        "2023年度, 2023",
        "令和5年度, 2023",
        "令和５年度, 2023",
        "R5, 2023",
        "令和元年度, 2019",
        "R6, 2024",
        "' 令和3年度 ', 2021",
    })
    void a_fiscal_year_is_read_in_western_or_japanese_form(String printed, int year) {
        assertThat(FiscalYear.parse(printed)).contains(FiscalYear.of(year));
    }

    @ParameterizedTest(name = "「{0}」 is not a fiscal year")
    @NullAndEmptySource
    @ValueSource(strings = {"abc", "23", "1900", "令和", "2023-08", "R", "令和0年度", "平成0年度", "平成31年度"})
    void anything_else_is_not_a_fiscal_year(String printed) {
        assertThat(FiscalYear.parse(printed)).isEmpty();
    }

    @ParameterizedTest(name = "{0} belongs to FY{1}")
    @CsvSource({"2024-03, 2023", "2023-04, 2023", "2023-12, 2023", "2024-01, 2023", "2024-04, 2024", "2021-08, 2021"})
    void january_to_march_belong_to_the_year_that_started_the_april_before(String month, int year) {
        assertThat(FiscalYear.containing(YearMonth.parse(month))).isEqualTo(FiscalYear.of(year));
        assertThat(FiscalYear.of(year).contains(YearMonth.parse(month))).isTrue();
    }

    @Test
    void a_fiscal_year_runs_from_april_first_to_march_thirty_first() {
        assertThat(FiscalYear.of(2023).firstDay()).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(FiscalYear.of(2023).lastDay()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(FiscalYear.of(2023).contains(YearMonth.of(2023, 3))).isFalse();
        assertThat(FiscalYear.of(2023).contains(YearMonth.of(2024, 4))).isFalse();
    }

    @Test
    void years_step_and_compare() {
        assertThat(FiscalYear.of(2024).previous()).isEqualTo(FiscalYear.of(2023));
        assertThat(FiscalYear.of(2023).next()).isEqualTo(FiscalYear.of(2024));
        assertThat(FiscalYear.of(2023).isBefore(FiscalYear.of(2024))).isTrue();
        assertThat(FiscalYear.of(2024).isAfter(FiscalYear.of(2023))).isTrue();
    }

    @Test
    void a_year_outside_the_system_range_is_rejected() {
        assertThatThrownBy(() -> FiscalYear.of(1900))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("年度");
    }
}
