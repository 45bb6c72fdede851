package jp.kenpokpi.summary;

import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.value.Figure;
import jp.kenpokpi.value.FigureCell;

/**
 * A prior year's final result as the summary table shows it.
 *
 * @param figure     the result with its labels: 算 for the association's value computed from the branches
 * @param comparable false when the year's definition differs from the year being reported (※基準変更)
 */
public record PriorYearCell(FiscalYear year, Figure figure, boolean comparable) implements FigureCell {}
