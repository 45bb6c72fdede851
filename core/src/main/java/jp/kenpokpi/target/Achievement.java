package jp.kenpokpi.target;

import java.util.Optional;

/** Where a result stands against its target. */
public enum Achievement {
    /** Beaten: better than the target. */
    EXCEEDED,
    /** Met exactly at the reporting precision, or a relative or done target met. */
    MET,
    MISSED,
    /** A done-target (実施) that was not carried out. */
    NOT_CARRIED_OUT,
    /** No result yet. */
    NO_RESULT,
    /** No target was set, or the KPI is dropped. */
    NO_TARGET,
    /** No valid comparison: the prior year is missing or was computed under another definition. */
    NOT_COMPARABLE;

    /** true, false, or empty when there is no result or no valid comparison. */
    public Optional<Boolean> achieved() {
        return switch (this) {
            case EXCEEDED, MET -> Optional.of(true);
            case MISSED, NOT_CARRIED_OUT -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
