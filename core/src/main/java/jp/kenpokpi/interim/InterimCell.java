package jp.kenpokpi.interim;

import java.util.Optional;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.value.Figure;

/**
 * One value of the interim table.
 *
 * @param asOf         the month end it was taken at (empty for a year-end value)
 * @param text         as printed, or formatted when computed
 * @param computed     formed from the branches' values, not published
 * @param comparable   false when taken under another definition than the current year's
 */
public record InterimCell(
        Optional<AsOf> asOf,
        Optional<String> text,
        boolean computed,
        boolean comparable,
        Optional<String> note,
        boolean synthetic) {

    public static InterimCell empty(boolean comparable) {
        return new InterimCell(Optional.empty(), Optional.empty(), false, comparable, Optional.empty(), false);
    }

    public Figure figure() {
        return Figure.of(text, computed, synthetic);
    }
}
