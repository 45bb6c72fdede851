package jp.kenpokpi.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which report a result belongs to, and so which report's submission freezes it. */
class ReportOfResultTest {

    private static final FiscalYear FY2025 = FiscalYear.of(2025);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            final   | YEAR_END
            2025-04 | FIRST_HALF
            2025-09 | FIRST_HALF
            2025-10 | none
            2026-03 | none
            """)
    void a_result_belongs_to_the_year_end_or_to_the_first_half_or_to_no_report(String asOf, String report) {
        Optional<AsOf> month = asOf.equals("final") ? Optional.empty() : AsOf.parse(asOf);

        assertThat(SubmissionKind.ofResult(FY2025, month).map(Enum::name).orElse("none"))
                .isEqualTo(report);
    }
}
