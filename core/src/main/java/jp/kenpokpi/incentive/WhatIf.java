package jp.kenpokpi.incentive;

import java.util.ArrayList;
import java.util.List;
import jp.kenpokpi.organisation.OrgCode;

/**
 * The what-if panel's engine: the year's inputs with one branch's rate changed ({@link IndicatorInput#raisedBy}),
 * scored again by {@link IncentiveEngine} — not an estimate, since the change moves the mean and sd of its
 * sub-items and so every branch's scores.
 */
public final class WhatIf {

    private WhatIf() {}

    public static WhatIfOutcome of(
            IncentiveInputs inputs, SchemeParameters parameters, OrgCode branch, RateChange change) {
        IncentiveRanking now = IncentiveEngine.score(inputs, parameters);
        IndicatorInput input = inputs.input(branch, change.indicator());
        IncentiveRanking then = IncentiveEngine.score(
                inputs.with(branch, change.indicator(), input.raisedBy(change.points())), parameters);
        BranchScore before = now.branch(branch).orElseThrow(() -> new IllegalArgumentException(branch + "支部の入力がありません"));
        BranchScore after = then.branch(branch).orElseThrow();
        List<OrgCode> overtaken = new ArrayList<>();
        List<OrgCode> overtakenBy = new ArrayList<>();
        for (BranchScore other : now.branches()) {
            if (other.branch().equals(branch) || other.rank().isEmpty()) continue;
            BranchScore otherAfter = then.branch(other.branch()).orElseThrow();
            boolean behindBefore = other.total().compareTo(before.total()) < 0;
            boolean behindAfter = otherAfter.total().compareTo(after.total()) < 0;
            if (!behindBefore && behindAfter) overtaken.add(other.branch());
            if (behindBefore && !behindAfter) overtakenBy.add(other.branch());
        }
        return new WhatIfOutcome(
                change, before, after, overtaken, overtakenBy, input.additionalCount(change.points()), then);
    }
}
