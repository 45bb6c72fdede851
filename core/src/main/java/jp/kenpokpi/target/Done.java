package jp.kenpokpi.target;

import java.util.Optional;
import jp.kenpokpi.result.PriorYearResult;

/** Carry the action out (実施). */
public record Done() implements TargetRule {

    @Override
    public String describeJa() {
        return "実施";
    }

    @Override
    public TargetKind kind() {
        return TargetKind.DONE;
    }

    @Override
    public TargetOutcome evaluate(Facts facts) {
        return facts.result()
                .carriedOut()
                .map(done -> done
                        ? TargetOutcome.without(Achievement.MET, kind(), "目標（実施）に対し実施：達成")
                        : TargetOutcome.without(Achievement.NOT_CARRIED_OUT, kind(), "目標（実施）に対し未実施"))
                .orElseGet(() -> facts.result().isPresent()
                        ? TargetOutcome.without(Achievement.NOT_COMPARABLE, kind(), "実施の目標ですが、実績が実施／未実施で入力されていません")
                        : TargetRule.noResult(kind()));
    }

    /** An action is carried out or not: there is no value to reach. */
    @Override
    public Optional<Threshold> threshold(PriorYearResult priorYear) {
        return Optional.empty();
    }
}
