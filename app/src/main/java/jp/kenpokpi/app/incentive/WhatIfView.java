package jp.kenpokpi.app.incentive;

import jp.kenpokpi.incentive.WhatIfOutcome;

/**
 * A what-if's outcome as the sheet's panel shows it, each part worded by {@link IncentiveFormat} as the command line
 * words it.
 */
record WhatIfView(
        String headline,
        String indicatorScore,
        String total,
        String rank,
        String rewarded,
        String overtaken,
        String overtakenBy,
        String newRank) {

    static WhatIfView of(WhatIfOutcome o) {
        return new WhatIfView(
                WhatIfText.whatIfHeadline(o),
                WhatIfText.indicatorChangeJa(o),
                WhatIfText.totalChangeJa(o),
                WhatIfText.rankChangeJa(o),
                WhatIfText.rewardChangeJa(o),
                IncentiveFormat.names(o.overtaken()),
                IncentiveFormat.names(o.overtakenBy()),
                IncentiveFormat.rank(o.after()));
    }
}
