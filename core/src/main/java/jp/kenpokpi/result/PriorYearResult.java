package jp.kenpokpi.result;

import java.math.BigDecimal;
import jp.kenpokpi.period.FiscalYear;

/**
 * What a relative target (対前年度以上) is resolved against: the same branch's prior-year final result under the
 * same definition version, or the reason there is none.
 */
public sealed interface PriorYearResult {

    /** The prior year's final value, at the KPI's reporting precision. */
    record Known(FiscalYear year, BigDecimal value, boolean restated) implements PriorYearResult {}

    /** No final result for the prior year has been recorded. */
    record Missing(FiscalYear year) implements PriorYearResult {}

    /** The definition changed and no restated prior-year value exists. */
    record NotComparable(String reason) implements PriorYearResult {}
}
