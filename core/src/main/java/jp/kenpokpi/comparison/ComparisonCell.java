package jp.kenpokpi.comparison;

import java.math.BigDecimal;
import java.util.Optional;
import jp.kenpokpi.evaluation.KpiEvaluation;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.value.Figure;

/**
 * One organisation's KPI in the cross-branch comparison: target and result as printed, each with its own 架空 flag,
 * the judgement, and the distance from the association-wide value.
 *
 * @param targetFigure     the target as printed, with its 架空 label
 * @param actualFigure     the result with its labels (算 for the association's result formed from the branches, 架空),
 *                         by the same rule as the dashboard's, and its number
 * @param value            the result as a number at reporting precision (1/0 for 実施/未実施), what columns are
 *                         sorted by
 * @param difference       result − association-wide value (percentage points for rates); empty for the association
 *                         itself, for totals, and where either value is missing
 */
public record ComparisonCell(
        Organisation organisation,
        Figure targetFigure,
        Figure actualFigure,
        KpiEvaluation evaluation,
        Optional<BigDecimal> value,
        Optional<BigDecimal> difference,
        Optional<String> differenceText) {

    public CellStatus status() {
        return CellStatus.of(evaluation);
    }

    public Mark mark() {
        return evaluation.mark();
    }

    public String reason() {
        return evaluation.outcome().reason();
    }
}
