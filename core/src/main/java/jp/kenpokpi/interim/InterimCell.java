package jp.kenpokpi.interim;

import java.util.Optional;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.value.Figure;

/**
 * One value of the interim table.
 *
 * @param asOf         the month end it was taken at (empty for a year-end value)
 * @param figure       the value with its labels and its number
 * @param comparable   false when taken under another definition than the current year's
 */
public record InterimCell(Optional<AsOf> asOf, Figure figure, boolean comparable, Optional<String> note) {

    public static InterimCell empty(boolean comparable) {
        return new InterimCell(Optional.empty(), Figure.none(), comparable, Optional.empty());
    }

    /** As printed, or formatted when computed. */
    public Optional<String> text() {
        return figure.text();
    }

    /** Formed from the branches' values, not published. */
    public boolean computed() {
        return figure.computed();
    }

    public boolean synthetic() {
        return figure.synthetic();
    }
}
