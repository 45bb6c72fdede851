package jp.kenpokpi.comparison;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.organisation.OrgCode;

/**
 * One KPI across the organisations compared, cells in the table's column order.
 *
 * @param associationValue the value the branches' differences are measured from
 * @param associationValuePublished true when that value is the association's published result, false when it is
 *                                  Σnumerator / Σdenominator of all branches
 */
public record ComparisonRow(
        KpiDefinition definition,
        Optional<BigDecimal> associationValue,
        boolean associationValuePublished,
        List<ComparisonCell> cells) {

    public Optional<ComparisonCell> cell(OrgCode org) {
        return cells.stream().filter(c -> c.organisation().code().equals(org)).findFirst();
    }

    ComparisonRow withCells(List<ComparisonCell> reordered) {
        return new ComparisonRow(definition, associationValue, associationValuePublished, reordered);
    }
}
