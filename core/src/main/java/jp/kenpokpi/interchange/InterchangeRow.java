package jp.kenpokpi.interchange;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.evaluation.SelfEvaluation;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.result.ResultValueCheck;
import jp.kenpokpi.result.StoredResult;
import jp.kenpokpi.result.StoredTarget;
import jp.kenpokpi.value.PrintedValue;

/**
 * One checked row of an interchange file. Texts are kept as printed (reports reproduce them); the values read
 * from them are kept beside them (computations use those).
 *
 * <p>A field the row leaves empty (a blank cell, or a column the file does not have) is not said: a stored value
 * keeps it ({@link #resultOver}, {@link #targetOver}). A field the row clears holds the marker
 * {@link InterchangeReader#CLEAR} and is named in {@code cleared}.
 *
 * @param definition the definition version the values were computed under
 * @param note       the note, with any bracketed remark taken from the actual value appended
 * @param synthetic  the synthetic column (架空 or blank) where the file has it; empty where it has none, and then the
 *                   source decides (a source saying 架空), or, where the row gives no source, the stored flag stays
 * @param cleared    the columns whose stored value the row empties (#削除)
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
        Optional<Boolean> synthetic,
        Set<InterchangeColumn> cleared) {

    /** The columns of a result's value: a row that says some of them but not all is checked with the stored rest. */
    private static final Set<InterchangeColumn> VALUE =
            EnumSet.of(InterchangeColumn.ACTUAL, InterchangeColumn.NUMERATOR, InterchangeColumn.DENOMINATOR);

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
                || selfEvaluation.isPresent()
                || cleared.stream().anyMatch(c -> c != InterchangeColumn.NOTE && c != InterchangeColumn.SOURCE);
    }

    /** Whether the row writes a result: it says something of one, or its note alone where it sets no target. */
    public boolean carriesResult() {
        return hasResult() || (target.isEmpty() && (note.isPresent() || cleared.contains(InterchangeColumn.NOTE)));
    }

    /** The row's target as stored; its note belongs to the target only where the row carries no result. */
    public Optional<StoredTarget> storedTarget() {
        return target.map(t -> targetOver(Optional.empty()));
    }

    /**
     * The target as it is to be stored: the row's text, over the stored target's note and source where the row does
     * not say them (its note is the target's only where it carries no result).
     */
    public StoredTarget targetOver(Optional<StoredTarget> stored) {
        Optional<String> storedNote = stored.flatMap(StoredTarget::note);
        Optional<String> storedSource = stored.flatMap(StoredTarget::source);
        Optional<String> newSource = over(InterchangeColumn.SOURCE, source, storedSource);
        return new StoredTarget(
                org,
                year,
                definition.kpiCode(),
                target.orElseThrow(),
                hasResult() ? storedNote : over(InterchangeColumn.NOTE, note, storedNote),
                newSource,
                synthetic(stored.map(StoredTarget::synthetic)));
    }

    /**
     * The result as it is to be stored: each field the row says, else the stored one; a field the row clears is
     * empty. What the entry form writes beside it (the self-evaluation's reason, the narrative) stays as stored.
     */
    public StoredResult resultOver(Optional<StoredResult> stored) {
        Optional<StoredResult> s = stored;
        boolean actualSaid = actualText.isPresent() || cleared.contains(InterchangeColumn.ACTUAL);
        Optional<String> newActualText = actualSaid ? actualText : s.flatMap(StoredResult::actualText);
        PrintedValue newActual =
                actualSaid ? actual : s.map(r -> r.result().value()).orElse(new PrintedValue.NotYet());
        boolean nationalSaid = nationalValueText.isPresent() || cleared.contains(InterchangeColumn.NATIONAL_VALUE);
        return new StoredResult(
                org,
                year,
                asOf,
                definition.kpiCode(),
                definition.definitionFy(),
                newActualText,
                new Result(
                        newActual,
                        over(
                                InterchangeColumn.NUMERATOR,
                                numerator,
                                s.flatMap(r -> r.result().numerator())),
                        over(
                                InterchangeColumn.DENOMINATOR,
                                denominator,
                                s.flatMap(r -> r.result().denominator()))),
                nationalSaid ? nationalValueText : s.flatMap(StoredResult::nationalValueText),
                nationalSaid ? nationalValue : s.flatMap(StoredResult::nationalValue),
                over(InterchangeColumn.NATIONAL_RANK, nationalRank, s.flatMap(StoredResult::nationalRank)),
                over(InterchangeColumn.MARK, mark, s.flatMap(StoredResult::printedMark)),
                over(InterchangeColumn.SELF_EVALUATION, selfEvaluation, s.flatMap(StoredResult::selfEvaluation)),
                over(InterchangeColumn.NOTE, note, s.flatMap(StoredResult::note)),
                over(InterchangeColumn.SOURCE, source, s.flatMap(StoredResult::source)),
                synthetic(s.map(StoredResult::synthetic)),
                s.flatMap(StoredResult::selfEvaluationReason),
                s.flatMap(StoredResult::narrative));
    }

    /**
     * Whether the row's value, numerator and denominator must be checked again with the stored result's: it says
     * some of them (a value or #削除) but not all, for a ratio KPI, so the stored rest may no longer agree.
     */
    public boolean leavesPartOfItsValueToStored() {
        if (!definition.isRatio()) return false;
        long said = VALUE.stream().filter(this::says).count();
        return said > 0 && said < VALUE.size();
    }

    /** Whether the row says a column's field: a value in it, or #削除. */
    public boolean says(InterchangeColumn column) {
        if (cleared.contains(column)) return true;
        return switch (column) {
            case ACTUAL -> actualText.isPresent();
            case NUMERATOR -> numerator.isPresent();
            case DENOMINATOR -> denominator.isPresent();
            case NATIONAL_VALUE -> nationalValueText.isPresent();
            case NATIONAL_RANK -> nationalRank.isPresent();
            case MARK -> mark.isPresent();
            case SELF_EVALUATION -> selfEvaluation.isPresent();
            case NOTE -> note.isPresent();
            case SOURCE -> source.isPresent();
            case TARGET -> target.isPresent();
            default -> true;
        };
    }

    /**
     * The problems of the value laid over the stored one (see {@link #leavesPartOfItsValueToStored}): the value, the
     * numerator and the denominator it stores must still agree, as one row's must. Each names the row's line and the
     * first value column it says.
     */
    public List<ImportProblem> problemsOver(StoredResult merged) {
        if (!leavesPartOfItsValueToStored()) return List.of();
        ResultValueCheck.Outcome outcome = ResultValueCheck.check(
                definition,
                org,
                merged.actualText(),
                merged.result().numerator().map(BigDecimal::toPlainString),
                merged.result().denominator().map(BigDecimal::toPlainString));
        if (outcome.ok()) return List.of();
        InterchangeColumn column = VALUE.stream().filter(this::says).findFirst().orElse(InterchangeColumn.ACTUAL);
        String stored = "実績 " + merged.actualText().orElse("（なし）") + "、分子 "
                + merged.result().numerator().map(BigDecimal::toPlainString).orElse("（なし）") + "、分母 "
                + merged.result().denominator().map(BigDecimal::toPlainString).orElse("（なし）");
        return outcome.problems().stream()
                .map(p -> ImportProblem.at(
                        file,
                        line,
                        column.header(),
                        "登録済みの値と合わせると合いません（取り込むと " + stored + "）: " + p.messageJa() + "。実績・分子・分母をそろえて書くか、"
                                + InterchangeReader.CLEAR + " で消してください"))
                .toList();
    }

    /** The row's value of a column where it says one (#削除: none), else the stored value. */
    private <T> Optional<T> over(InterchangeColumn column, Optional<T> value, Optional<T> stored) {
        if (value.isPresent() || cleared.contains(column)) return value;
        return stored;
    }

    /** 架空 follows the source: the row's where it says one, else as stored (a new row without a source: not 架空). */
    private boolean synthetic(Optional<Boolean> stored) {
        if (synthetic.isPresent() || says(InterchangeColumn.SOURCE)) return isSynthetic();
        return stored.orElse(false);
    }

    /** The row's result as stored (year-end or interim) where nothing is stored yet. */
    public StoredResult storedResult() {
        return resultOver(Optional.empty());
    }

    public boolean isSynthetic() {
        return synthetic.orElseGet(() -> syntheticBySource(source));
    }

    /** The word of the synthetic column, and the rule of a file without it: a source that says 架空. */
    public static final String SYNTHETIC = "架空";

    static boolean syntheticBySource(Optional<String> source) {
        return source.map(s -> s.contains(SYNTHETIC)).orElse(false);
    }
}
