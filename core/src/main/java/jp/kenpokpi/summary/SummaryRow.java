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
import jp.kenpokpi.ranking.NationalValue;
import jp.kenpokpi.result.StoredTarget;
import jp.kenpokpi.value.Figure;

/**
 * One KPI line of a branch's year summary, the layout of the Tochigi 概要 table: two prior years, target, result,
 * achievement and mark, association-wide value, rank, next year's target and note.
 *
 * @param actualFigure   the result shown, with its number and labels: 算 when not recorded but computed (the
 *                       association's value from the branches), 架空 when synthetic (a synthetic row, or the
 *                       association's value computed from branches of which one is synthetic)
 * @param selfEvaluation       the S–D self-evaluation the branch gave, if any
 * @param national       the published 全国平均 against the value computed from all branches, for the difference
 * @param nationalValue  the 全国平均 shown, from {@link NationalValues}: one value per KPI and year
 * @param synthetic      the year's target or result is synthetic (架空); prior years and next year's target
 *                       carry their own flags
 * @param selfEvaluationReason why the branch gave its self-evaluation (entered on the form)
 * @param narrative      取組内容と理由: what was done and why, required when the result misses its target
 * @param source         where the year-end result was read or how it was computed (its stored source: a report and
 *                       its page, 記録から算出（データ …） CODE@FY), shown with the value on the dashboard
 * @param rank           the organisation's rank among the branches with a result; empty for the association
 * @param rankedBranches how many branches were ranked
 */
public record SummaryRow(
        Organisation organisation,
        FiscalYear year,
        KpiDefinition definition,
        List<PriorYearCell> priorYears,
        Optional<StoredTarget> target,
        Figure actualFigure,
        KpiEvaluation evaluation,
        Optional<Mark> printedMark,
        Optional<SelfEvaluation> selfEvaluation,
        AssociationWideValue associationWide,
        NationalComparison national,
        Optional<NationalValue> nationalValue,
        Optional<Integer> rank,
        int rankedBranches,
        Optional<Integer> publishedRank,
        String nextYearTarget,
        boolean nextYearTargetSynthetic,
        Optional<String> note,
        boolean synthetic,
        Optional<String> selfEvaluationReason,
        Optional<String> narrative,
        Optional<String> source) {

    /**
     * What the branch wrote about the year's result, as every page and report that shows the result prints it
     * beside the note: 「自己評価 B：…」 and 「取組内容と理由：…」.
     */
    public List<String> commentaryJa() {
        List<String> lines = new java.util.ArrayList<>();
        if (selfEvaluation.isPresent() || selfEvaluationReason.isPresent()) {
            lines.add("自己評価" + selfEvaluation.map(e -> " " + e.name()).orElse("")
                    + selfEvaluationReason.map(r -> "：" + r).orElse(""));
        }
        narrative.ifPresent(n -> lines.add("取組内容と理由：" + n));
        return lines;
    }

    /** The note, then the branch's commentary, one per line: R1's 備考. */
    public String noteWithCommentaryJa() {
        List<String> lines = new java.util.ArrayList<>();
        note.ifPresent(lines::add);
        lines.addAll(commentaryJa());
        return String.join("\n", lines);
    }

    /** The target at its display formatting (94.0%以上); the stored target keeps what the report printed. */
    public Optional<String> targetText() {
        return targetFigure().text();
    }

    public Figure targetFigure() {
        return target.map(StoredTarget::figure).orElseGet(Figure::none);
    }

    /** The year's result as shown (72.2%, 実施). */
    public Optional<String> actualText() {
        return actualFigure.text();
    }

    /** The 全国平均 with its labels, the same value on every branch's row (see {@link NationalValues}). */
    public Figure nationalFigure() {
        return nationalValue.map(NationalValue::figure).orElseGet(Figure::none);
    }

    /** The 全国平均 as a table prints it (89.12%, 82.0%). */
    public Optional<String> nationalValueText() {
        return nationalFigure().text();
    }

    public Figure nextYearTargetFigure() {
        return Figure.of(Optional.of(nextYearTarget), false, nextYearTargetSynthetic);
    }

    /** Whether the branch printed a mark and the computed one differs from it. */
    public boolean printedMarkDiffers() {
        return printedMark.map(p -> p != evaluation.mark()).orElse(false);
    }
}
