package jp.kenpokpi.target;

import java.math.BigDecimal;
import java.util.Optional;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.result.PriorYearResult;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.value.Unit;

/** What a target rule is judged on: the KPI's definition, the result and the prior year's final result. */
public record Facts(KpiDefinition definition, Result result, PriorYearResult priorYear) {

    /** The result as a number at the KPI's reporting precision. */
    public Optional<BigDecimal> actual() {
        return result.number(definition);
    }

    /** The unit results are compared in: an action's result for the association is a count of branches. */
    public Unit unit() {
        return definition.direction() == jp.kenpokpi.catalogue.Direction.DONE ? Unit.BRANCHES : definition.unit();
    }

    public BigDecimal rounded(BigDecimal value) {
        return definition.precision().round(value);
    }
}
