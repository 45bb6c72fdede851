package jp.kenpokpi.interchange;

import java.math.BigDecimal;
import java.util.Optional;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.evaluation.SelfEvaluation;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.result.StoredResult;
import jp.kenpokpi.result.StoredTarget;
import jp.kenpokpi.value.PrintedValue;

/**
 * One checked row of an interchange file. Texts are kept as printed (reports reproduce them); the values read
 * from them are kept beside them (computations use those).
 *
 * @param definition the definition version the values were computed under
 * @param note       the note, with any bracketed remark taken from the actual value appended
 * @param synthetic  whether the values are synthetic (架空): the synthetic column where the file has it, else
 *                   whether the source says 架空
 */
public record InterchangeRow(
        String file,
        int line,
        OrgCode org,
        FiscalYear year,
        Optional<AsOf> asOf,
        KpiDefinition definition,
        Optional<String> target,
        Optional<String> actualText,
        PrintedValue actual,
        Optional<BigDecimal> numerator,
        Optional<BigDecimal> denominator,
        Optional<String> nationalValueText,
        Optional<BigDecimal> nationalValue,
        Optional<Integer> nationalRank,
        Optional<Mark> mark,
        Optional<SelfEvaluation> selfEvaluation,
        Optional<String> note,
        Optional<String> source,
        boolean synthetic) {

    public RowKey key() {
        return new RowKey(org, year, asOf, definition.kpiCode(), definition.definitionFy());
    }

    /** Whether the row says anything about a result, as opposed to setting only a target. */
    public boolean hasResult() {
        return actualText.isPresent()
                || numerator.isPresent()
                || nationalValueText.isPresent()
                || nationalRank.isPresent()
                || mark.isPresent()
                || selfEvaluation.isPresent();
    }

    /** The row's target as stored; its note belongs to the target only where the row carries no result. */
    public Optional<StoredTarget> storedTarget() {
        return target.map(t -> new StoredTarget(
                org, year, definition.kpiCode(), t, hasResult() ? Optional.empty() : note, source, isSynthetic()));
    }

    /** The row's result as stored (year-end or interim). */
    public StoredResult storedResult() {
        return new StoredResult(
                org,
                year,
                asOf,
                definition.kpiCode(),
                definition.definitionFy(),
                actualText,
                new Result(actual, numerator, denominator),
                nationalValueText,
                nationalValue,
                nationalRank,
                mark,
                selfEvaluation,
                note,
                source,
                isSynthetic(),
                Optional.empty(),
                Optional.empty());
    }

    public boolean isSynthetic() {
        return synthetic;
    }

    /** The word of the synthetic column, and the rule of a file without it: a source that says 架空. */
    public static final String SYNTHETIC = "架空";

    static boolean syntheticBySource(Optional<String> source) {
        return source.map(s -> s.contains(SYNTHETIC)).orElse(false);
    }
}
