package jp.kenpokpi.result;

import static jp.kenpokpi.catalogue.ReferenceCatalogue.definition;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.result.ResultValueCheck.Field;
import jp.kenpokpi.value.PrintedValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The value checks the interchange import and the entry form share, field by field. */
class ResultValueCheckTest {

    private static final OrgCode TOCHIGI = OrgCode.of("09");

    private static ResultValueCheck.Outcome check(
            String kpiCode, String org, String actual, String numerator, String denominator) {
        return ResultValueCheck.check(
                definition(kpiCode, 2023),
                OrgCode.of(org),
                Optional.ofNullable(actual),
                Optional.ofNullable(numerator),
                Optional.ofNullable(denominator));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # what                                  | KPI                        | org | actual   | numerator | denominator
            a rate as printed                       | LIFESTYLE_CHECKUP_RATE     | 09  | 72.2%    |           |
            a rate typed full-width                 | LIFESTYLE_CHECKUP_RATE     | 09  | ７２．２％ |           |
            a rate without its unit                 | LIFESTYLE_CHECKUP_RATE     | 09  | 72.2     |           |
            a rate agreeing with its ratio          | LIFESTYLE_CHECKUP_RATE     | 09  | 72.2%    | 163,860   | 226946
            numerator and denominator alone         | LIFESTYLE_CHECKUP_RATE     | 09  |          | 163860    | 226946
            an amount per case above 1 (not a rate) | REREVIEW_AMOUNT_PER_CASE   | 09  | `6,535円` | 653500    | 100
            an action done                          | OPINION_ADVOCACY           | 09  | 実施      |           |
            an action not done                      | OPINION_ADVOCACY           | 09  | 未実施    |           |
            the association counts branches done    | OPINION_ADVOCACY           | 00  | 41支部    |           |
            a count of offices                      | HEALTH_DECLARATION_OFFICES | 09  | `1,529事業所` |       |
            nothing yet                             | LIFESTYLE_CHECKUP_RATE     | 09  | —        |           |
            """)
    void a_value_that_reads_and_fits_its_kpi_passes(
            String what, String kpiCode, String org, String actual, String numerator, String denominator) {
        ResultValueCheck.Outcome outcome = check(kpiCode, org, actual, numerator, denominator);

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.ok()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # what                                | KPI                        | org | actual    | numerator | denominator | field       | message part
            an unreadable value                   | LIFESTYLE_CHECKUP_RATE     | 09  | 7２.x%     |           |             | ACTUAL      | 「7２.x%」を値として読めません
            a rate given in yen                   | LIFESTYLE_CHECKUP_RATE     | 09  | `6,535円`  |           |             | ACTUAL      | 単位「円」
            a rate given as done                  | LIFESTYLE_CHECKUP_RATE     | 09  | 実施       |           |             | ACTUAL      | 数値のKPIです（例: 72.2%）
            an action given as a rate             | OPINION_ADVOCACY           | 09  | 72.2%     |           |             | ACTUAL      | 実施／未実施
            a branch count from a branch          | OPINION_ADVOCACY           | 09  | 41支部     |           |             | ACTUAL      | 実施／未実施
            a numerator alone                     | LIFESTYLE_CHECKUP_RATE     | 09  | 72.2%     | 163860    |             | DENOMINATOR | 分子と分母は両方
            a denominator alone                   | LIFESTYLE_CHECKUP_RATE     | 09  | 72.2%     |           | 226946      | NUMERATOR   | 分子と分母は両方
            a ratio for a count KPI               | HEALTH_DECLARATION_OFFICES | 09  | 1529      | 1529      | 2000        | NUMERATOR   | 分子・分母がありません
            a zero denominator                    | LIFESTYLE_CHECKUP_RATE     | 09  |           | 0         | 0           | DENOMINATOR | 分母が0
            a rate over 100%                      | LIFESTYLE_CHECKUP_RATE     | 09  |           | 226946    | 163860      | NUMERATOR   | 100%を超えます
            a value disagreeing with its ratio    | LIFESTYLE_CHECKUP_RATE     | 09  | 72.3%     | 163860    | 226946      | ACTUAL      | 163860÷226946＝72.2%）と一致しません
            a negative count                      | LIFESTYLE_CHECKUP_RATE     | 09  |           | ▲5        | 226946      | NUMERATOR   | 「▲5」を0以上の数として読めません
            """)
    void a_value_that_does_not_read_or_fit_is_refused_on_its_field(
            String what,
            String kpiCode,
            String org,
            String actual,
            String numerator,
            String denominator,
            Field field,
            String messagePart) {
        ResultValueCheck.Outcome outcome = check(kpiCode, org, actual, numerator, denominator);

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.messageJa()).contains(messagePart);
        });
    }

    @Test
    void every_unreadable_field_is_reported_not_only_the_first() {
        ResultValueCheck.Outcome outcome = check("LIFESTYLE_CHECKUP_RATE", "09", "七十二%", "abc", "226,946");

        assertThat(outcome.problems())
                .extracting(ResultValueCheck.Problem::field)
                .containsExactly(Field.ACTUAL, Field.NUMERATOR);
    }

    @Test
    void numerator_and_denominator_alone_give_their_quotient_at_reporting_precision() {
        ResultValueCheck.Outcome outcome = check("EMPLOYER_CHECKUP_DATA_RATE", "09", null, "20,243", "226946");

        assertThat(outcome.result().value()).isEqualTo(new PrintedValue.NotYet());
        assertThat(outcome.result().number(definition("EMPLOYER_CHECKUP_DATA_RATE", 2023)))
                .contains(new BigDecimal("8.9"));
    }

    @Test
    void a_trailing_remark_is_read_apart_from_the_value() {
        ResultValueCheck.Outcome outcome = check("LIFESTYLE_CHECKUP_RATE", "09", "72.2%（R6.2現在）", null, null);

        assertThat(outcome.ok()).isTrue();
        assertThat(outcome.actual())
                .hasValueSatisfying(r -> assertThat(r.remark()).contains("R6.2現在"));
    }

    @Test
    void the_kind_check_alone_serves_the_national_value_column() {
        assertThat(ResultValueCheck.kindProblem(
                        "41支部",
                        new PrintedValue.BranchCount(41),
                        definition("OPINION_ADVOCACY", 2023),
                        OrgCode.ASSOCIATION))
                .isEmpty();
        assertThat(ResultValueCheck.kindProblem(
                        "41支部", new PrintedValue.BranchCount(41), definition("OPINION_ADVOCACY", 2023), TOCHIGI))
                .hasValueSatisfying(m -> assertThat(m).contains("実施／未実施"));
    }
}
