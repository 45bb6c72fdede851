package jp.kenpokpi.incentive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndicatorTest {

    @Test
    void theFirstFourIndicatorsCountPeopleTheGenericShareAQuantityOfDrugs() {
        assertThat(Indicator.CHECK_UP_RATE.denominatorJa()).isEqualTo("対象者数");
        assertThat(Indicator.HEALTH_GUIDANCE_RATE.denominatorJa()).isEqualTo("対象者数");
        assertThat(Indicator.GUIDANCE_TARGET_REDUCTION.denominatorJa()).isEqualTo("対象者数");
        assertThat(Indicator.REFERRAL_VISIT_RATE.denominatorJa()).isEqualTo("対象者数");
        assertThat(Indicator.GENERIC_DRUG_SHARE.denominatorJa()).isEqualTo("医薬品の数量");
        assertThat(Indicator.GENERIC_DRUG_SHARE.countedJa()).isEqualTo("後発医薬品の数量");
    }
}
