package jp.kenpokpi.incentive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import jp.kenpokpi.period.FiscalYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped incentive-scheme.csv holds the published rules, and marks what is assumed. */
class SchemeParametersTest {

    private static final SchemeParameters DEFAULTS = SchemeParameters.defaults();

    @ParameterizedTest(name = "{0}年度実績: 上位{1}支部")
    @CsvSource({"2018, 23", "2019, 23", "2020, 23", "2021, 23", "2022, 15", "2023, 15", "2030, 15"})
    void the_reward_line_is_the_top_23_to_fy2021_results_and_the_top_15_since(int year, int line) {
        assertThat(DEFAULTS.rewardLine(FiscalYear.of(year))).isEqualTo(line);
    }

    @ParameterizedTest(name = "{0}年度保険料率: {1}%")
    @CsvSource({"2020, 0.004", "2021, 0.007", "2022, 0.007", "2023, 0.01", "2025, 0.01"})
    void the_fund_is_phased_in_to_one_hundredth_of_a_percent(int ratesYear, String percent) {
        assertThat(DEFAULTS.fundRatePercent(FiscalYear.of(ratesYear))).isEqualByComparingTo(percent);
    }

    @Test
    void a_results_year_changes_the_rates_of_the_year_after_next() {
        assertThat(DEFAULTS.ratesYear(FiscalYear.of(2023))).isEqualTo(FiscalYear.of(2025));
        assertThat(DEFAULTS.ratesYear(FiscalYear.of(2018))).isEqualTo(FiscalYear.of(2020));
    }

    @Test
    void the_weights_are_the_stated_assumption_and_say_so() {
        Map<SubItem, BigDecimal> w = DEFAULTS.weights(FiscalYear.of(2023));

        assertThat(w.get(SubItem.CHECK_UP_RATE_LEVEL)).isEqualByComparingTo("60");
        assertThat(w.get(SubItem.CHECK_UP_RATE_RISE)).isEqualByComparingTo("20");
        assertThat(w.get(SubItem.HEALTH_GUIDANCE_COUNT_RISE)).isEqualByComparingTo("20");
        assertThat(w.get(SubItem.GUIDANCE_TARGET_REDUCTION_LEVEL)).isEqualByComparingTo("100");
        assertThat(w.get(SubItem.REFERRAL_VISIT_RATE_RISE)).isEqualByComparingTo("50");
        assertThat(w.get(SubItem.GENERIC_DRUG_SHARE_LEVEL)).isEqualByComparingTo("50");
        assertThat(DEFAULTS.rows())
                .filteredOn(p -> p.name().equals("weight") && !p.key().equals("3.level"))
                .allSatisfy(p -> assertThat(p.assumed()).as(p.key()).isTrue());
        assertThat(DEFAULTS.describeJa(FiscalYear.of(2023)))
                .contains("④医療機関への受診勧奨基準において速やかに受診を要する者の医療機関受診率の重み: 受診率 50%・受診率の対前年度上昇幅 50%（仮定）", "報酬: 合計点の上位15支部（公表）");
    }

    @Test
    void the_published_rules_are_marked_published_and_every_row_names_its_source() {
        assertThat(DEFAULTS.rows()).allSatisfy(p -> assertThat(p.sourceJa()).isNotBlank());
        assertThat(DEFAULTS.rows())
                .filteredOn(p -> p.name().equals("reward_line") || p.name().equals("fund_rate"))
                .allSatisfy(p -> assertThat(p.sourceJa()).startsWith("公表"));
        assertThat(DEFAULTS.sharing()).isEqualTo(SharingFormula.PROPORTIONAL_TO_TOTAL);
        assertThat(DEFAULTS.missingInputs()).isEqualTo(MissingInputRule.LOWEST_SCORE);
    }

    @Test
    void indicator_four_had_its_earlier_name_up_to_fy2021_results() {
        assertThat(Indicator.REFERRAL_VISIT_RATE.nameJa(FiscalYear.of(2021))).isEqualTo("受診勧奨を受けた要治療者の医療機関受診率");
        assertThat(Indicator.REFERRAL_VISIT_RATE.nameJa(FiscalYear.of(2022)))
                .isEqualTo("医療機関への受診勧奨基準において速やかに受診を要する者の医療機関受診率");
        assertThat(Indicator.GENERIC_DRUG_SHARE.circled()).isEqualTo("⑤");
    }

    @Test
    void weights_that_do_not_add_up_to_100_are_refused_naming_the_indicator() {
        SchemeParameters bad = SchemeParametersCsv.read(
                IncentiveFixtures.reference().replace("weight,4.rise,2018,,50,", "weight,4.rise,2018,,40,"));

        assertThatThrownBy(() -> bad.weights(FiscalYear.of(2023)))
                .hasMessageContaining("④の小項目の重み（weight）の合計が100ではありません");
    }

    @Test
    void the_scheme_starts_with_fy2018_results() {
        assertThatThrownBy(() -> DEFAULTS.rewardLine(FiscalYear.of(2017)))
                .hasMessageContaining("インセンティブ制度は平成30年度実績からです");
    }

    @Test
    void a_row_without_a_source_or_with_an_unknown_sub_item_is_refused_with_its_line() {
        assertThatThrownBy(
                        () -> SchemeParametersCsv.read(IncentiveFixtures.reference() + "weight,6.level,2018,,10,仮定\n"))
                .hasMessageContaining("21行目: 小項目「6.level」を知りません");
        assertThatThrownBy(() -> SchemeParametersCsv.read(IncentiveFixtures.reference() + "sharing,,2030,,X,\n"))
                .hasMessageContaining("21行目: source_ja（出典）が空です");
    }
}
