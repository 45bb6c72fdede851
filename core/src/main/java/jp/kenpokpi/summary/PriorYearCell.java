package jp.kenpokpi.summary;

import java.util.Optional;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.value.Figure;

/**
 * A prior year's final result as the summary table shows it.
 *
 * @param comparable false when the year's definition differs from the year being reported (※基準変更)
 * @param computed   the association's value computed from the branches (算), not published
 */
public record PriorYearCell(
        FiscalYear year, Optional<String> text, boolean comparable, boolean computed, boolean synthetic) {

    public Figure figure() {
        return Figure.of(text, computed, synthetic);
    }
}
