package jp.kenpokpi.evaluation;

import jp.kenpokpi.target.TargetOutcome;

/** How a branch turns an outcome against its target into a mark. Branches judge differently; these are presets. */
public sealed interface MarkPolicy permits ExceedsMarkPolicy, LargeMarginMarkPolicy {

    /** The name used on the command line and in configuration: exceeds, large-margin:10. */
    String id();

    String nameJa();

    Mark markFor(TargetOutcome outcome);

    /** Marks shared by every policy: no result or no comparison → —, not carried out → ×. */
    static java.util.Optional<Mark> commonMark(TargetOutcome outcome) {
        return switch (outcome.achievement()) {
            case NO_RESULT, NO_TARGET, NOT_COMPARABLE -> java.util.Optional.of(Mark.NONE);
            case NOT_CARRIED_OUT -> java.util.Optional.of(Mark.NOT_CARRIED_OUT);
            default -> java.util.Optional.empty();
        };
    }
}
