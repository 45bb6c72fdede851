package jp.kenpokpi.incentive;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kenpokpi.period.FiscalYear;
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

    @Test
    void theReferralVisitRateKeepsItsEarlierNameForResultsUpToFy2021() {
        assertThat(Indicator.REFERRAL_VISIT_RATE.nameJa(FiscalYear.of(2021))).isEqualTo("受診勧奨を受けた要治療者の医療機関受診率");
        assertThat(Indicator.REFERRAL_VISIT_RATE.nameJa(FiscalYear.of(2022)))
                .isEqualTo("医療機関への受診勧奨基準において速やかに受診を要する者の医療機関受診率");
        assertThat(Indicator.GENERIC_DRUG_SHARE.circled()).isEqualTo("⑤");
    }
}
