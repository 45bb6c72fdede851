package jp.kenpokpi.result;

import java.math.BigDecimal;
import java.util.Optional;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.evaluation.SelfEvaluation;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;

/**
 * A result as recorded, year-end (asOf empty) or interim, under one definition version, with what the
 * organisation printed beside it (national value and rank, mark, self-evaluation, note).
 *
 * @param selfEvaluationReason why the branch gave its self-evaluation, as entered on the form
 * @param narrative            what was done and why the result is what it is (取組内容と理由), due when a result
 *                             misses its target
 */
public record StoredResult(
        OrgCode org,
        FiscalYear year,
        Optional<AsOf> asOf,
        String kpiCode,
        int definitionFy,
        Optional<String> actualText,
        Result result,
        Optional<String> nationalValueText,
        Optional<BigDecimal> nationalValue,
        Optional<Integer> nationalRank,
        Optional<Mark> printedMark,
        Optional<SelfEvaluation> selfEvaluation,
        Optional<String> note,
        Optional<String> source,
        boolean synthetic,
        Optional<String> selfEvaluationReason,
        Optional<String> narrative) {

    public boolean isFinal() {
        return asOf.isEmpty();
    }
}
