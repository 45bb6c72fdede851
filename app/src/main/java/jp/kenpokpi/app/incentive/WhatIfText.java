package jp.kenpokpi.app.incentive;

import static jp.kenpokpi.app.incentive.IncentiveFormat.names;
import static jp.kenpokpi.app.incentive.IncentiveFormat.points;
import static jp.kenpokpi.app.incentive.IncentiveFormat.rank;
import static jp.kenpokpi.app.incentive.IncentiveFormat.rewardedMark;
import static jp.kenpokpi.app.incentive.IncentiveFormat.signedCount;

import jp.kenpokpi.incentive.Indicator;
import jp.kenpokpi.incentive.WhatIfOutcome;

/** A what-if's outcome in words, as the command line and the sheet's panel show it. */
public final class WhatIfText {

    public static final String SAME_ENGINE_JA = "（全支部の偏差値は平均と標準偏差が動くため、同じエンジンで計算し直しています）";

    private WhatIfText() {}

    /** What a rise of an indicator adds up to in people or cases. */
    public static String countLabel(Indicator i) {
        return switch (i) {
            case CHECK_UP_RATE -> "特定健診等の実施件数";
            case HEALTH_GUIDANCE_RATE -> "特定保健指導の実施件数";
            case GUIDANCE_TARGET_REDUCTION -> "対象者";
            case REFERRAL_VISIT_RATE -> "医療機関の受診者";
            case GENERIC_DRUG_SHARE -> "後発医薬品の数量";
        };
    }

    /** もしも: ②を1.0ポイント上げると（特定保健指導の実施件数 +1,234）. */
    public static String whatIfHeadline(WhatIfOutcome o) {
        return "もしも: " + whatIfAdditionalJa(o);
    }

    /** ②を1.0ポイント上げると（特定保健指導の実施件数 +1,234）: the change and what it means in people or cases. */
    public static String whatIfAdditionalJa(WhatIfOutcome o) {
        String s = o.change().labelJa();
        if (o.additionalCount().isPresent()) {
            s += "（" + countLabel(o.change().indicator()) + " "
                    + signedCount(o.additionalCount().getAsLong()) + "）";
        }
        return s;
    }

    /** ② 50.0 → 51.2　合計 250.0 → 251.2　全国16位 → 全国14位　報酬対象 × → ○. */
    public static String whatIfScoresJa(WhatIfOutcome o) {
        return indicatorChangeJa(o) + "　合計 " + totalChangeJa(o) + "　" + rankChangeJa(o) + "　報酬対象 " + rewardChangeJa(o);
    }

    /** ② 50.0 → 51.2. */
    public static String indicatorChangeJa(WhatIfOutcome o) {
        Indicator i = o.change().indicator();
        return i.circled() + " " + points(o.before().indicator(i).score()) + " → "
                + points(o.after().indicator(i).score());
    }

    /** 250.0 → 251.2. */
    public static String totalChangeJa(WhatIfOutcome o) {
        return points(o.before().total()) + " → " + points(o.after().total());
    }

    /** 全国16位 → 全国14位. */
    public static String rankChangeJa(WhatIfOutcome o) {
        return rank(o.before()) + " → " + rank(o.after());
    }

    /** × → ○. */
    public static String rewardChangeJa(WhatIfOutcome o) {
        return rewardedMark(o.before().rewarded()) + " → "
                + rewardedMark(o.after().rewarded());
    }

    public static String overtakenJa(WhatIfOutcome o) {
        return "追い抜く支部: " + names(o.overtaken());
    }

    public static String overtakenByJa(WhatIfOutcome o) {
        return "追い抜かれる支部: " + names(o.overtakenBy());
    }
}
