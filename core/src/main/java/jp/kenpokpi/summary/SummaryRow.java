package jp.kenpokpi.summary;

import java.util.List;
import java.util.Optional;

import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.evaluation.KpiEvaluation;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.evaluation.SelfEvaluation;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.ranking.AssociationWideValue;
import jp.kenpokpi.ranking.NationalComparison;

/**
 * One KPI line of a branch's year summary, the layout of the Tochigi 概要 table: two prior years, target, result,
 * achievement and mark, association-wide value, rank, next year's target and note.
 *
 * @param actualComputed true when the result is not recorded but computed (the association's value from the
 *                       branches)
 * @param selfEvaluation       the S–D self-evaluation the branch gave, if any
 * @param printedNationalValue the 全国平均 as the branch's report printed it
 * @param nationalSynthetic    the 全国平均 shown is synthetic (架空): published on a synthetic row, or computed from
 *                             branches of which some are synthetic
 * @param synthetic      the year's target or result is synthetic (架空); prior years and next year's target
 *                       carry their own flags
 * @param rank           the organisation's rank among the branches with a result; empty for the association
 * @param rankedBranches how many branches were ranked
 */
public record SummaryRow(
        Organisation organisation,
        FiscalYear year,
        KpiDefinition definition,
        List<PriorYearCell> priorYears,
        Optional<StoredTarget> target,
        Optional<String> actualText,
        boolean actualComputed,
        KpiEvaluation evaluation,
        Optional<Mark> printedMark,
        Optional<SelfEvaluation> selfEvaluation,
        AssociationWideValue associationWide,
        NationalComparison national,
        Optional<String> printedNationalValue,
        boolean nationalSynthetic,
        Optional<Integer> rank,
        int rankedBranches,
        Optional<Integer> publishedRank,
        String nextYearTarget,
        boolean nextYearTargetSynthetic,
        Optional<String> note,
        boolean synthetic) {

    public Optional<String> targetText() {
        return target.map(StoredTarget::text);
    }

    /**
     * The 全国平均 as a table prints it: as the branch's report printed it (89.12%), else the shown value at the
     * KPI's reporting precision.
     */
    public Optional<String> nationalValueText() {
        return printedNationalValue.filter(t -> national.published().isPresent())
                .or(() -> national.shown().map(v -> jp.kenpokpi.value.ValueFormat.amount(
                        definition.precision().round(v), definition.unit())));
    }

    /** Whether the branch printed a mark and the computed one differs from it. */
    public boolean printedMarkDiffers() {
        return printedMark.map(p -> p != evaluation.mark()).orElse(false);
    }
}
