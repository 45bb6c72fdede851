package jp.kenpokpi.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.catalogue.Kpi;
import jp.kenpokpi.catalogue.ReferenceCatalogue;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.value.PrintedValueParser;
import jp.kenpokpi.value.UnreadableValueException;
import org.junit.jupiter.api.Test;

/**
 * A relative target across a definition change: RECEIPT_REVIEW_RATE has the versions 2021 (支払基金と合算) and 2024
 * (協会の点検分のみ); the Tochigi table marks its R6 target 「※基準変更 対前年度以上」.
 */
class PriorYearResolverTest {

    private static final Kpi RECEIPT_REVIEW_RATE = ReferenceCatalogue.kpi("RECEIPT_REVIEW_RATE");
    private static final OrgCode TOCHIGI = OrgCode.of("09");

    /** Final results keyed by fiscal year and definition version, for Tochigi and this KPI only. */
    private final Map<String, Result> recorded = new HashMap<>();

    private final FinalResults finalResults =
            (org, year, kpiCode, definitionFy) -> org.equals(TOCHIGI) && kpiCode.equals("RECEIPT_REVIEW_RATE")
                    ? Optional.ofNullable(recorded.get(year.value() + "/" + definitionFy))
                    : Optional.empty();

    private void record(int year, int definitionFy, String printed) throws UnreadableValueException {
        recorded.put(
                year + "/" + definitionFy,
                Result.of(PrintedValueParser.parse(printed).value()));
    }

    @Test
    void the_year_after_a_definition_change_is_not_comparable_with_a_value_under_the_old_definition()
            throws UnreadableValueException {
        record(2023, 2021, "0.418%"); // tochigi-fy2023 項番(4) 令和５年度実績, under the 2021 definition

        PriorYearResult prior =
                PriorYearResolver.resolve(RECEIPT_REVIEW_RATE, TOCHIGI, FiscalYear.of(2024), finalResults);

        assertThat(prior).isInstanceOf(PriorYearResult.NotComparable.class);
        String reason = ((PriorYearResult.NotComparable) prior).reason();
        assertThat(reason).contains("令和6年度").contains("定義が変更").contains("基準変更").contains("令和5年度");
    }

    @Test
    void a_prior_year_value_restated_under_the_new_definition_is_known_and_marked_restated()
            throws UnreadableValueException {
        record(2023, 2021, "0.418%");
        record(2023, 2024, "0.215%");

        PriorYearResult prior =
                PriorYearResolver.resolve(RECEIPT_REVIEW_RATE, TOCHIGI, FiscalYear.of(2024), finalResults);

        assertThat(prior).isInstanceOf(PriorYearResult.Known.class);
        PriorYearResult.Known known = (PriorYearResult.Known) prior;
        assertThat(known.year()).isEqualTo(FiscalYear.of(2023));
        assertThat(known.value()).isEqualByComparingTo("0.215");
        assertThat(known.restated()).isTrue();
    }

    @Test
    void two_years_under_the_same_definition_compare_directly() throws UnreadableValueException {
        record(2022, 2021, "0.371%"); // tochigi-fy2023 項番(4) 令和４年度実績

        PriorYearResult prior =
                PriorYearResolver.resolve(RECEIPT_REVIEW_RATE, TOCHIGI, FiscalYear.of(2023), finalResults);

        assertThat(prior).isEqualTo(new PriorYearResult.Known(FiscalYear.of(2022), new BigDecimal("0.371"), false));
    }

    @Test
    void no_recorded_prior_year_under_the_same_definition_is_missing() {
        PriorYearResult prior =
                PriorYearResolver.resolve(RECEIPT_REVIEW_RATE, TOCHIGI, FiscalYear.of(2023), finalResults);

        assertThat(prior).isEqualTo(new PriorYearResult.Missing(FiscalYear.of(2022)));
    }

    @Test
    void another_branchs_prior_year_is_not_used() throws UnreadableValueException {
        record(2022, 2021, "0.371%");

        PriorYearResult prior =
                PriorYearResolver.resolve(RECEIPT_REVIEW_RATE, OrgCode.of("05"), FiscalYear.of(2023), finalResults);

        assertThat(prior).isEqualTo(new PriorYearResult.Missing(FiscalYear.of(2022)));
    }
}
