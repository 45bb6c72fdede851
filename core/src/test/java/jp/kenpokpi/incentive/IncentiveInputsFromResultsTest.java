package jp.kenpokpi.incentive;

import static jp.kenpokpi.result.StoredResults.percent;
import static jp.kenpokpi.result.StoredResults.ratio;
import static jp.kenpokpi.result.StoredResults.yearEnd;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import jp.kenpokpi.catalogue.CatalogueCsv;
import jp.kenpokpi.catalogue.KpiCatalogue;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.StoredResult;
import jp.kenpokpi.result.StoredResults;
import org.junit.jupiter.api.Test;

/**
 * Stored results of three branches turned into the scheme's inputs, by hand:
 *
 * <pre>
 *                         01 FY2023      01 FY2022     02 FY2023            02 FY2022   03
 * 生活習慣病予防健診        600/1000       550/1000      700/2000             —           nothing stored
 * 事業者健診データ          100/1000        90/1000      9.4% printed only    —
 * 被扶養者の特定健診        150/500        110/500       200/800              —
 * 被保険者の特定保健指導    300/1000       270/1000      400/2000             —
 * 被扶養者の特定保健指導     20/100         10/100        30/200              —
 * 受診勧奨後の受診率        13.1%          12.6%         —                    —
 * ジェネリック使用割合      830/1000       82.0%         81.5% (架空)          80.0% (架空)
 * </pre>
 *
 * ① 01: (600 + 100 + 150) ÷ (1000 + 500) = 850 ÷ 1500 = 56.67%, the insured 1000 counted once; FY2022 750 ÷ 1500 =
 * 50%. ② 01: 320 ÷ 1100; FY2022 280 ÷ 1100. 02 lacks ① (the employer data has no numerator), has ② without a prior
 * year, no ④. 03 has nothing. ③ nobody.
 */
class IncentiveInputsFromResultsTest {

    private static final KpiCatalogue CATALOGUE = CatalogueCsv.reference();
    private static final FiscalYear FY2023 = FiscalYear.of(2023);
    private static final FiscalYear FY2022 = FiscalYear.of(2022);
    private static final OrgCode B01 = OrgCode.of("01");
    private static final OrgCode B02 = OrgCode.of("02");
    private static final OrgCode B03 = OrgCode.of("03");
    private static final Map<OrgCode, Long> BASES = Map.of(B01, 1_000_000L, B02, 2_000_000L, B03, 3_000_000L);

    private static StoredResult r(OrgCode b, FiscalYear y, String kpi, int version, long num, long den) {
        return yearEnd(b, y, kpi, version).value(ratio(num, den)).build();
    }

    private static StoredResult p(OrgCode b, FiscalYear y, String kpi, int version, String printed) {
        return yearEnd(b, y, kpi, version).value(percent(printed)).build();
    }

    private static final List<StoredResult> FY2023_RESULTS = List.of(
            r(B01, FY2023, "LIFESTYLE_CHECKUP_RATE", 2021, 600, 1000),
            r(B01, FY2023, "EMPLOYER_CHECKUP_DATA_RATE", 2021, 100, 1000),
            r(B01, FY2023, "DEPENDENT_CHECKUP_RATE", 2021, 150, 500),
            r(B01, FY2023, "INSURED_GUIDANCE_RATE", 2021, 300, 1000),
            r(B01, FY2023, "DEPENDENT_GUIDANCE_RATE", 2021, 20, 100),
            p(B01, FY2023, "REFERRAL_VISIT_RATE", 2021, "13.1"),
            r(B01, FY2023, "GENERIC_DRUG_SHARE", 2021, 830, 1000),
            r(B02, FY2023, "LIFESTYLE_CHECKUP_RATE", 2021, 700, 2000),
            p(B02, FY2023, "EMPLOYER_CHECKUP_DATA_RATE", 2021, "9.4"),
            r(B02, FY2023, "DEPENDENT_CHECKUP_RATE", 2021, 200, 800),
            r(B02, FY2023, "INSURED_GUIDANCE_RATE", 2021, 400, 2000),
            r(B02, FY2023, "DEPENDENT_GUIDANCE_RATE", 2021, 30, 200),
            yearEnd(B02, FY2023, "GENERIC_DRUG_SHARE", 2021)
                    .value(percent("81.5"))
                    .synthetic(true)
                    .build(),
            // neither an interim result nor the association's counts
            StoredResults.interim("03", AsOf.parse("2023-09").orElseThrow(), "REFERRAL_VISIT_RATE", 2021)
                    .value(percent("50.0"))
                    .build(),
            p(OrgCode.ASSOCIATION, FY2023, "REFERRAL_VISIT_RATE", 2021, "9.2"));

    private static final List<StoredResult> FY2022_RESULTS = List.of(
            r(B01, FY2022, "LIFESTYLE_CHECKUP_RATE", 2021, 550, 1000),
            r(B01, FY2022, "EMPLOYER_CHECKUP_DATA_RATE", 2021, 90, 1000),
            r(B01, FY2022, "DEPENDENT_CHECKUP_RATE", 2021, 110, 500),
            r(B01, FY2022, "INSURED_GUIDANCE_RATE", 2021, 270, 1000),
            r(B01, FY2022, "DEPENDENT_GUIDANCE_RATE", 2021, 10, 100),
            p(B01, FY2022, "REFERRAL_VISIT_RATE", 2021, "12.6"),
            p(B01, FY2022, "GENERIC_DRUG_SHARE", 2021, "82.0"),
            yearEnd(B02, FY2022, "GENERIC_DRUG_SHARE", 2021)
                    .value(percent("80.0"))
                    .synthetic(true)
                    .build());

    private static IncentiveInputsFromResults.Derivation fy2023() {
        return IncentiveInputsFromResults.of(CATALOGUE, FY2023, FY2023_RESULTS, FY2022_RESULTS, BASES);
    }

    @Test
    void check_ups_add_the_three_numerators_over_the_insured_counted_once_and_the_dependants() {
        IndicatorInput one = fy2023().inputs().input(B01, Indicator.CHECK_UP_RATE);

        assertThat(one.count()).isEqualTo(OptionalLong.of(850));
        assertThat(one.denominator()).isEqualTo(OptionalLong.of(1500));
        assertThat(one.rate().orElseThrow()).isEqualByComparingTo("56.66666666666667");
        assertThat(one.priorCount()).isEqualTo(OptionalLong.of(750));
        assertThat(one.priorRate().orElseThrow()).isEqualByComparingTo("50");
        // the sub-items: rise 6.67 points, count +13.33%
        assertThat(SubItem.CHECK_UP_RATE_RISE.valueOf(one).orElseThrow()).isEqualByComparingTo("6.66666666666667");
        assertThat(SubItem.CHECK_UP_COUNT_RISE.valueOf(one).orElseThrow()).isEqualByComparingTo("13.33333333333333");
    }

    @Test
    void guidance_adds_the_insured_and_the_dependants() {
        IndicatorInput two = fy2023().inputs().input(B01, Indicator.HEALTH_GUIDANCE_RATE);

        assertThat(two.count()).isEqualTo(OptionalLong.of(320));
        assertThat(two.denominator()).isEqualTo(OptionalLong.of(1100));
        assertThat(two.rate().orElseThrow()).isEqualByComparingTo("29.09090909090909");
        assertThat(two.priorCount()).isEqualTo(OptionalLong.of(280));
        assertThat(two.priorRate().orElseThrow()).isEqualByComparingTo("25.45454545454545");
    }

    @Test
    void referral_and_generics_take_the_rate_printed_or_computed_this_year_and_last() {
        IncentiveInputs inputs = fy2023().inputs();

        IndicatorInput four = inputs.input(B01, Indicator.REFERRAL_VISIT_RATE);
        assertThat(four.rate()).contains(new BigDecimal("13.1"));
        assertThat(four.priorRate()).contains(new BigDecimal("12.6"));
        IndicatorInput five = inputs.input(B01, Indicator.GENERIC_DRUG_SHARE);
        assertThat(five.rate().orElseThrow()).isEqualByComparingTo("83.0");
        assertThat(five.denominator()).isEqualTo(OptionalLong.of(1000));
        assertThat(five.priorRate().orElseThrow()).isEqualByComparingTo("82.0");
    }

    @Test
    void a_part_without_its_numbers_leaves_the_indicator_missing_and_no_prior_year_leaves_the_rises_missing() {
        IncentiveInputs inputs = fy2023().inputs();

        // 02's employer data is printed only: ① cannot be added up
        assertThat(inputs.inputs().get(B02)).doesNotContainKey(Indicator.CHECK_UP_RATE);
        // 02's ② has this year but no FY2022: the level is there, the rises are not
        IndicatorInput two = inputs.input(B02, Indicator.HEALTH_GUIDANCE_RATE);
        assertThat(two.rate().orElseThrow()).isEqualByComparingTo("19.54545454545455"); // 430 ÷ 2200
        assertThat(two.priorRate()).isEmpty();
        assertThat(SubItem.HEALTH_GUIDANCE_RATE_RISE.valueOf(two)).isEmpty();
        assertThat(SubItem.HEALTH_GUIDANCE_COUNT_RISE.valueOf(two)).isEmpty();
        assertThat(inputs.inputs().get(B02)).doesNotContainKey(Indicator.REFERRAL_VISIT_RATE);
        // 03 stored nothing but an interim value: every indicator missing, yet it is a branch of the ranking
        assertThat(inputs.inputs().get(B03)).isEmpty();
        assertThat(inputs.premiumBases()).containsKeys(B01, B02, B03);
        assertThat(inputs.inputs()).doesNotContainKey(OrgCode.ASSOCIATION);
    }

    @Test
    void the_reduction_rate_is_missing_for_every_branch_where_none_is_stored_and_the_notes_say_so() {
        IncentiveInputsFromResults.Derivation d = fy2023();

        assertThat(d.inputs().inputs().values())
                .allSatisfy(m -> assertThat(m).doesNotContainKey(Indicator.GUIDANCE_TARGET_REDUCTION));
        assertThat(d.notesJa().get(0)).startsWith("③特定保健指導対象者の減少率: 令和5年度（2023年度）の値が保存されていないため全支部で欠測");
        IncentiveRanking ranking = IncentiveEngine.score(d.inputs(), SchemeParametersCsv.reference());
        assertThat(ranking.branches()).hasSize(3).allSatisfy(b -> {
            assertThat(b.indicator(Indicator.GUIDANCE_TARGET_REDUCTION).score()).isEqualByComparingTo("50");
            assertThat(b.indicator(Indicator.GUIDANCE_TARGET_REDUCTION).hasMissingInput())
                    .isTrue();
        });
    }

    @Test
    void the_reduction_rate_is_read_from_headquarters_indicator_where_it_is_stored() {
        // 01: 300 of last year's 1,000 guidance targets examined this year are targets no longer: 30%; 02: 25.0%
        // printed only; 03: nothing stored.
        List<StoredResult> now = new java.util.ArrayList<>(FY2023_RESULTS);
        now.add(r(B01, FY2023, "GUIDANCE_TARGET_REDUCTION_RATE", 2018, 300, 1000));
        now.add(p(B02, FY2023, "GUIDANCE_TARGET_REDUCTION_RATE", 2018, "25.0"));

        IncentiveInputsFromResults.Derivation d =
                IncentiveInputsFromResults.of(CATALOGUE, FY2023, now, List.of(), BASES);

        IndicatorInput three = d.inputs().input(B01, Indicator.GUIDANCE_TARGET_REDUCTION);
        assertThat(three.rate().orElseThrow()).isEqualByComparingTo("30");
        assertThat(three.count()).isEqualTo(OptionalLong.of(300));
        assertThat(three.denominator()).isEqualTo(OptionalLong.of(1000));
        assertThat(d.inputs()
                        .input(B02, Indicator.GUIDANCE_TARGET_REDUCTION)
                        .rate()
                        .orElseThrow())
                .isEqualByComparingTo("25");
        assertThat(d.inputs().inputs().get(B03)).doesNotContainKey(Indicator.GUIDANCE_TARGET_REDUCTION);
        assertThat(d.notesJa())
                .noneSatisfy(n -> assertThat(n).startsWith("③特定保健指導対象者の減少率"))
                .anySatisfy(n -> assertThat(n)
                        .isEqualTo("③ GUIDANCE_TARGET_REDUCTION_RATE: 令和5年度（2023年度）は2018年度版の定義（値のある支部 2、前年度の値は使いません）"));
        IncentiveRanking ranking = IncentiveEngine.score(d.inputs(), SchemeParametersCsv.reference());
        // The higher reduction scores higher; the branch without one is 欠測 (the lowest 偏差値 of the two).
        BigDecimal one = ranking.branch(B01)
                .orElseThrow()
                .indicator(Indicator.GUIDANCE_TARGET_REDUCTION)
                .score();
        BigDecimal two = ranking.branch(B02)
                .orElseThrow()
                .indicator(Indicator.GUIDANCE_TARGET_REDUCTION)
                .score();
        assertThat(one).isGreaterThan(two);
        assertThat(ranking.branch(B03)
                        .orElseThrow()
                        .indicator(Indicator.GUIDANCE_TARGET_REDUCTION)
                        .hasMissingInput())
                .isTrue();
        assertThat(ranking.branch(B01)
                        .orElseThrow()
                        .indicator(Indicator.GUIDANCE_TARGET_REDUCTION)
                        .hasMissingInput())
                .isFalse();
    }

    @Test
    void an_indicator_resting_on_a_synthetic_value_is_marked() {
        IncentiveInputsFromResults.Derivation d = fy2023();

        assertThat(d.isSynthetic(B02, Indicator.GENERIC_DRUG_SHARE)).isTrue();
        assertThat(d.isSynthetic(B02, Indicator.HEALTH_GUIDANCE_RATE)).isFalse();
        assertThat(d.isSynthetic(B01)).isFalse();
    }

    @Test
    void the_prior_year_is_read_under_the_results_years_definition_where_restated_else_under_its_own() {
        FiscalYear fy2024 = FiscalYear.of(2024);
        // LIFESTYLE_CHECKUP_RATE changed its definition in FY2024: 01's FY2023 is stored restated (2024 version) too
        List<StoredResult> now = List.of(
                r(B01, fy2024, "REFERRAL_VISIT_RATE", 2024, 300, 1000),
                r(B02, fy2024, "REFERRAL_VISIT_RATE", 2024, 200, 1000));
        List<StoredResult> before = List.of(
                p(B01, FY2023, "REFERRAL_VISIT_RATE", 2021, "10.0"),
                p(B01, FY2023, "REFERRAL_VISIT_RATE", 2024, "25.0"),
                p(B02, FY2023, "REFERRAL_VISIT_RATE", 2021, "12.0"));

        IncentiveInputsFromResults.Derivation d = IncentiveInputsFromResults.of(CATALOGUE, fy2024, now, before, BASES);

        assertThat(d.inputs().input(B01, Indicator.REFERRAL_VISIT_RATE).priorRate())
                .contains(new BigDecimal("25.0"));
        assertThat(d.inputs().input(B02, Indicator.REFERRAL_VISIT_RATE).priorRate())
                .contains(new BigDecimal("12.0"));
        assertThat(d.notesJa())
                .anySatisfy(n -> assertThat(n)
                        .startsWith("④ REFERRAL_VISIT_RATE: 令和6年度（2024年度）は2024年度版の定義")
                        .endsWith("前年度は同じ定義による再計算値 1支部、前年度の定義（2021年度版） 1支部"));
        assertThat(d.inputs().input(B01, Indicator.REFERRAL_VISIT_RATE).rate())
                .isEqualTo(Optional.of(new BigDecimal("30.0")));
    }

    @Test
    void the_synthetic_premium_bases_cover_the_47_branches_and_say_they_are_synthetic() {
        SyntheticPremiumBases bases = SyntheticPremiumBases.reference();

        assertThat(bases.yen())
                .hasSize(47)
                .allSatisfy((b, yen) -> assertThat(yen).isPositive());
        assertThat(bases.sourceJa()).startsWith("架空");
        // 栃木: 193万人 × 0.2 × 420万円
        assertThat(bases.yen().get(OrgCode.of("09"))).isEqualTo(1_930_000L * 2 / 10 * 4_200_000L);
    }
}
