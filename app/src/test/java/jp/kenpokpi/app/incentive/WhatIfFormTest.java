package jp.kenpokpi.app.incentive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import jp.kenpokpi.incentive.Indicator;
import jp.kenpokpi.incentive.RateChange;
import org.junit.jupiter.api.Test;

/** The what-if form as typed: a change, nothing, or a Japanese message naming 「指標」 or 「ポイント」. */
class WhatIfFormTest {

    @Test
    void pointsAsTypedIncludingFullWidthAndSignsReadAsAChange() {
        assertThat(new WhatIfForm("2", "1.0").change())
                .contains(new RateChange(Indicator.HEALTH_GUIDANCE_RATE, new BigDecimal("1.0")));
        assertThat(new WhatIfForm("5", " -0.5 ").change())
                .contains(new RateChange(Indicator.GENERIC_DRUG_SHARE, new BigDecimal("-0.5")));
        assertThat(new WhatIfForm("1", "＋２．５").change())
                .contains(new RateChange(Indicator.CHECK_UP_RATE, new BigDecimal("2.5")));
        assertThat(new WhatIfForm("4", "－１").change())
                .contains(new RateChange(Indicator.REFERRAL_VISIT_RATE, new BigDecimal("-1")));
    }

    @Test
    void anEmptyFormAsksNothing() {
        assertThat(new WhatIfForm(null, null).change()).isEmpty();
        assertThat(new WhatIfForm("", " ").change()).isEmpty();
    }

    @Test
    void aFieldThatCannotBeReadIsNamed() {
        assertThatThrownBy(() -> new WhatIfForm("2", "abc").change()).hasMessageContaining("「ポイント」欄の「abc」は数値として読めません");
        assertThatThrownBy(() -> new WhatIfForm("2", "").change()).hasMessageContaining("「ポイント」欄を入力してください");
        assertThatThrownBy(() -> new WhatIfForm("2", "1.2345").change()).hasMessageContaining("「ポイント」欄");
        assertThatThrownBy(() -> new WhatIfForm("2", "101").change()).hasMessageContaining("「ポイント」欄は -100 から 100 の間");
        assertThatThrownBy(() -> new WhatIfForm("", "1.0").change()).hasMessageContaining("「指標」欄を選んでください");
        assertThatThrownBy(() -> new WhatIfForm("6", "1.0").change()).hasMessageContaining("「指標」欄の「6」はありません");
        assertThatThrownBy(() -> new WhatIfForm("x", "1.0").change()).hasMessageContaining("「指標」欄の「x」はありません");
    }
}
