package jp.kenpokpi.evaluation;

import jp.kenpokpi.target.Achievement;
import jp.kenpokpi.target.TargetKind;
import jp.kenpokpi.target.TargetOutcome;

/**
 * The Tochigi convention: an absolute target beaten → ◎, met exactly → ○, missed → △; a prior-year target met →
 * ○ however far it is beaten; a done-target done → ○; not done → ×.
 */
public record ExceedsMarkPolicy() implements MarkPolicy {

    @Override
    public String id() {
        return "exceeds";
    }

    @Override
    public String nameJa() {
        return "目標を上回れば◎";
    }

    @Override
    public Mark markFor(TargetOutcome outcome) {
        return MarkPolicy.commonMark(outcome).orElseGet(() -> {
            if (outcome.achievement() == Achievement.MISSED) return Mark.BELOW_PLAN;
            boolean beaten = outcome.achievement() == Achievement.EXCEEDED;
            return beaten && outcome.kind() == TargetKind.ABSOLUTE ? Mark.EXCEEDED : Mark.AS_PLANNED;
        });
    }
}
