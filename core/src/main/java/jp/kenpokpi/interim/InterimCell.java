package jp.kenpokpi.interim;

import java.util.Optional;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.value.Figure;
import jp.kenpokpi.value.FigureCell;

/**
 * One value of the interim table.
 *
 * @param asOf         the month end it was taken at (empty for a year-end value)
 * @param figure       the value with its labels and its number
 * @param comparable   false when taken under another definition than the current year's
 */
public record InterimCell(Optional<AsOf> asOf, Figure figure, boolean comparable, Optional<String> note)
        implements FigureCell {

    public static InterimCell empty(boolean comparable) {
        return new InterimCell(Optional.empty(), Figure.none(), comparable, Optional.empty());
    }
}
