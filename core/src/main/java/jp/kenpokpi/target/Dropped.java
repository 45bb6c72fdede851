package jp.kenpokpi.target;

import java.util.Optional;
import jp.kenpokpi.result.PriorYearResult;

/** The KPI is dropped from the plan (削除): nothing to judge. */
public record Dropped() implements TargetRule {

    @Override
    public String describeJa() {
        return "削除";
    }

    @Override
    public TargetKind kind() {
        return TargetKind.ABSOLUTE;
    }

    @Override
    public TargetOutcome evaluate(Facts facts) {
        return TargetOutcome.without(Achievement.NO_TARGET, kind(), "KPIは削除されました");
    }

    @Override
    public Optional<Threshold> threshold(PriorYearResult priorYear) {
        return Optional.empty();
    }
}
