package jp.kenpokpi.ranking;

import static jp.kenpokpi.catalogue.ReferenceCatalogue.definition;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.catalogue.AggregationMethod;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.value.PrintedValue;
import jp.kenpokpi.value.UnreadableValueException;
import org.junit.jupiter.api.Test;

/** The association-wide value (PRODUCT.md): Σnumerator / Σdenominator for ratios, Σ for counts, never a mean of rates. */
class AssociationWideTest {

    private static final KpiDefinition LIFESTYLE = definition("LIFESTYLE_CHECKUP_RATE", 2023);

    @Test
    void a_ratio_formed_from_all_47_branches_is_complete() {
        Map<OrgCode, Result> results = new LinkedHashMap<>();
        for (int b = 1; b <= 47; b++) results.put(OrgCode.of(b), ratio(50, 100));

        AssociationWideValue value = AssociationWide.compute(LIFESTYLE, results);

        assertThat(value.isComplete()).isTrue();
        assertThat(value.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("50.0"));
    }

    @Test
    void a_ratio_is_the_sum_of_numerators_over_the_sum_of_denominators_not_the_mean_of_rates() {
        // branch A 90/100 = 90%, branch B 10/1000 = 1%: 100/1100 = 9.1%, where the mean of rates would be 45.5%
        Map<OrgCode, Result> results = new LinkedHashMap<>();
        results.put(OrgCode.of("13"), ratio(90, 100));
        results.put(OrgCode.of("31"), ratio(10, 1000));

        AssociationWideValue value = AssociationWide.compute(LIFESTYLE, results);

        assertThat(value.method()).isEqualTo(AggregationMethod.RATIO);
        assertThat(value.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("9.1"));
        assertThat(value.contributing()).isEqualTo(2);
        assertThat(value.isComplete())
                .as("two branches are not the association")
                .isFalse();
        assertThat(value.numeratorSum()).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("100"));
        assertThat(value.denominatorSum()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("1100"));
    }

    @Test
    void a_branch_without_numerator_and_denominator_is_listed_as_missing() {
        Map<OrgCode, Result> results = new LinkedHashMap<>();
        results.put(OrgCode.of("13"), ratio(90, 100));
        results.put(OrgCode.of("09"), Result.of(new PrintedValue.Amount(new BigDecimal("72.2"), Optional.empty())));
        results.put(OrgCode.of("05"), Result.none());

        AssociationWideValue value = AssociationWide.compute(LIFESTYLE, results);

        assertThat(value.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("90.0"));
        assertThat(value.missing()).containsExactly(OrgCode.of("05"), OrgCode.of("09"));
        assertThat(value.contributing()).isEqualTo(1);
        assertThat(value.isComplete()).isFalse();
    }

    @Test
    void the_associations_own_row_is_not_added_to_the_branches() {
        Map<OrgCode, Result> results = new LinkedHashMap<>();
        results.put(OrgCode.ASSOCIATION, ratio(500, 1000));
        results.put(OrgCode.of("13"), ratio(90, 100));

        AssociationWideValue value = AssociationWide.compute(LIFESTYLE, results);

        assertThat(value.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("90.0"));
        assertThat(value.missing()).isEmpty();
    }

    @Test
    void a_count_of_offices_is_summed() throws UnreadableValueException {
        // akita-fy2025 参考 l.889: 健康宣言事業所数 of the six Tohoku branches
        KpiDefinition offices = definition("HEALTH_DECLARATION_OFFICES", 2023);
        AssociationWideValue value = AssociationWide.compute(
                offices,
                BranchRankingTest.results(
                        "02",
                        "1,880事業所",
                        "03",
                        "1,908事業所",
                        "04",
                        "2,488事業所",
                        "05",
                        "1,631事業所",
                        "06",
                        "1,651事業所",
                        "07",
                        "2,039事業所"));

        assertThat(value.method()).isEqualTo(AggregationMethod.SUM);
        assertThat(value.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("11597"));
        assertThat(value.contributing()).isEqualTo(6);
    }

    @Test
    void a_done_kpi_counts_the_branches_that_carried_it_out() throws UnreadableValueException {
        // akita-fy2025 参考 l.1000: 意見発信, 岩手 未実施
        AssociationWideValue value = AssociationWide.compute(
                definition("OPINION_ADVOCACY", 2023),
                BranchRankingTest.results(
                        "02", "実施", "03", "未実施", "04", "実施", "05", "実施", "06", "実施", "07", "実施", "08", "—"));

        assertThat(value.method()).isEqualTo(AggregationMethod.BRANCHES_DONE);
        assertThat(value.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("5"));
        assertThat(value.contributing()).isEqualTo(6);
        assertThat(value.missing()).containsExactly(OrgCode.of("08"));
    }

    @Test
    void average_days_have_no_association_wide_value() throws UnreadableValueException {
        AssociationWideValue value = AssociationWide.compute(
                definition("SS_AVERAGE_DAYS", 2025), BranchRankingTest.results("05", "6.5日", "09", "7.0日"));

        assertThat(value.method()).isEqualTo(AggregationMethod.NONE);
        assertThat(value.value()).isEmpty();
        assertThat(value.missing()).containsExactly(OrgCode.of("05"), OrgCode.of("09"));
    }

    private static Result ratio(int numerator, int denominator) {
        return new Result(
                new PrintedValue.NotYet(),
                Optional.of(BigDecimal.valueOf(numerator)),
                Optional.of(BigDecimal.valueOf(denominator)));
    }
}
