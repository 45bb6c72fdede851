package jp.kenpokpi.incentive;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** How each sub-item's value comes from a branch's inputs. */
class SubItemTest {

    private final IndicatorInput checkUps = IndicatorInput.ratesAndCounts("62.5", "60.0", 11_000, 10_000, 17_600);

    @Test
    void the_level_is_the_rate_and_the_rise_is_in_points() {
        assertThat(SubItem.CHECK_UP_RATE_LEVEL.valueOf(checkUps)).contains(new BigDecimal("62.5"));
        assertThat(SubItem.CHECK_UP_RATE_RISE.valueOf(checkUps)).contains(new BigDecimal("2.5"));
    }

    @Test
    void the_count_rise_is_in_percent_of_last_years_count() {
        // (11,000 − 10,000) / 10,000 × 100 = 10%
        assertThat(SubItem.CHECK_UP_COUNT_RISE.valueOf(checkUps).orElseThrow()).isEqualByComparingTo("10");
    }

    @Test
    void a_rise_is_printed_in_points_and_a_count_rise_in_percent() {
        assertThat(SubItem.CHECK_UP_RATE_RISE.measure().unitJa()).isEqualTo("ポイント");
        assertThat(SubItem.CHECK_UP_COUNT_RISE.measure().unitJa()).isEqualTo("%");
    }

    @Test
    void a_sub_item_without_its_inputs_has_no_value() {
        assertThat(SubItem.CHECK_UP_RATE_RISE.valueOf(IndicatorInput.rate("62.5")))
                .isEmpty();
        assertThat(SubItem.CHECK_UP_COUNT_RISE.valueOf(IndicatorInput.rates("62.5", "60")))
                .isEmpty();
        assertThat(SubItem.GUIDANCE_TARGET_REDUCTION_LEVEL.valueOf(IndicatorInput.NONE))
                .isEmpty();
    }

    @Test
    void every_indicator_has_the_published_sub_items() {
        assertThat(Indicator.CHECK_UP_RATE.subItems())
                .extracting(SubItem::labelJa)
                .containsExactly("実施率", "実施率の対前年度上昇幅", "実施件数の対前年度上昇率");
        assertThat(Indicator.GUIDANCE_TARGET_REDUCTION.subItems())
                .extracting(SubItem::key)
                .containsExactly("3.level");
        assertThat(Indicator.REFERRAL_VISIT_RATE.subItems())
                .extracting(SubItem::key)
                .containsExactly("4.level", "4.rise");
        assertThat(Indicator.GENERIC_DRUG_SHARE.subItems())
                .extracting(SubItem::labelJa)
                .containsExactly("使用割合", "使用割合の対前年度上昇幅");
    }
}
