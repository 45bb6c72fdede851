package jp.kenpokpi.incentive;

import java.util.List;
import java.util.OptionalLong;
import jp.kenpokpi.organisation.OrgCode;

/**
 * What a change would do for a branch: its scores before and after (every branch's 偏差値 moves with the mean and
 * sd), the branches it would pass and those that would pass it, what the change means in people (from the branch's
 * denominator; empty without one) and the whole year scored again.
 */
public record WhatIfOutcome(
        RateChange change,
        BranchScore before,
        BranchScore after,
        List<OrgCode> overtaken,
        List<OrgCode> overtakenBy,
        OptionalLong additionalCount,
        IncentiveRanking ranking) {

    public WhatIfOutcome {
        overtaken = List.copyOf(overtaken);
        overtakenBy = List.copyOf(overtakenBy);
    }
}
