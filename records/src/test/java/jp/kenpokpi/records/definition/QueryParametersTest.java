package jp.kenpokpi.records.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

    @Test
    void aYearRunsFromAprilToMarchAndAgesAreReckonedAsTheLawDoes() {
        QueryParameters p = QueryParameters.of(FiscalYear.of(2023), Optional.empty());
        assertThat(p.dates())
                .containsEntry("period_start", LocalDate.of(2023, 4, 1))
                .containsEntry("period_end", LocalDate.of(2024, 3, 31))
                .containsEntry("last_month", LocalDate.of(2024, 3, 1))
                .containsEntry("three_months_after_period_end", LocalDate.of(2024, 6, 30))
                .containsEntry("end_of_tenth_month_after_period_end", LocalDate.of(2025, 1, 31))
                // Born 1 April 1984: 40 at the end of 31 March 2024 (the day before the birthday).
                .containsEntry("born_by_age_40", LocalDate.of(1984, 4, 1))
                .containsEntry("born_by_age_75", LocalDate.of(1949, 4, 1));
    }

    @Test
    void anAsOfMonthEndsThePeriodButNotTheAgeReference() {
        QueryParameters p = QueryParameters.of(FiscalYear.of(2023), AsOf.parse("2024-02"));
        assertThat(p.dates())
                .containsEntry("period_end", LocalDate.of(2024, 2, 29))
                .containsEntry("last_month", LocalDate.of(2024, 2, 1))
                // a letter sent on 29 February counts visits to 29 May; a check-up in February, to December
                .containsEntry("three_months_after_period_end", LocalDate.of(2024, 5, 29))
                .containsEntry("end_of_tenth_month_after_period_end", LocalDate.of(2024, 12, 31))
                .containsEntry("born_by_age_40", LocalDate.of(1984, 4, 1))
                // the year before is always whole: what a member was graded then is settled
                .containsEntry("prior_period_start", LocalDate.of(2022, 4, 1))
                .containsEntry("prior_period_end", LocalDate.of(2023, 3, 31));
        assertThatThrownBy(() -> QueryParameters.of(FiscalYear.of(2023), AsOf.parse("2024-04")))
                .hasMessageContaining("令和5年度");
    }

    @Test
    void parametersBecomeDateLiteralsAndAnUnknownNameIsAnError() {
        QueryParameters p = QueryParameters.of(FiscalYear.of(2023), Optional.empty());
        assertThat(p.bind("WHERE d BETWEEN :period_start AND :period_end"))
                .isEqualTo("WHERE d BETWEEN DATE '2023-04-01' AND DATE '2024-03-31'");
        assertThatThrownBy(() -> p.bind("WHERE d = :today")).hasMessageContaining(":today");
    }
}
