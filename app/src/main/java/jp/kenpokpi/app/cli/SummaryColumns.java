package jp.kenpokpi.app.cli;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.evaluation.MarkPolicy;
import jp.kenpokpi.evaluation.SelfEvaluation;
import jp.kenpokpi.interim.InterimCell;
import jp.kenpokpi.interim.InterimRow;
import jp.kenpokpi.report.PlanResults;
import jp.kenpokpi.summary.PriorYearCell;
import jp.kenpokpi.summary.SummaryRow;
import jp.kenpokpi.value.ValueFormat;

/**
 * The machine-readable columns of the summaries, one ordered map per row, shared by the CSV and JSON output so
 * that both always carry the same fields.
 */
public final class SummaryColumns {

    private SummaryColumns() {}

    /** A row with its 項番, the number the dashboard and R1 print. */
    public static Map<String, Object> of(PlanResults.ItemRow item, MarkPolicy policy) {
        SummaryRow row = item.row();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("item", item.item());
        m.put("branch_code", row.organisation().code().value());
        m.put("branch_name", row.organisation().nameJa());
        m.put("fiscal_year", row.year().value());
        m.put("fiscal_year_ja", row.year().japanese());
        m.put("kpi_code", row.definition().kpiCode());
        m.put("kpi_name", row.definition().nameJa());
        m.put("definition_fy", row.definition().definitionFy());
        m.put("unit", row.definition().unit().symbol());
        PriorYearCell twoBefore = row.priorYears().get(0);
        PriorYearCell oneBefore = row.priorYears().get(1);
        m.put("prior2_fiscal_year", twoBefore.year().value());
        m.put("prior2_actual", twoBefore.text().orElse(""));
        m.put("prior2_comparable", twoBefore.comparable());
        m.put("prior2_computed", twoBefore.computed());
        m.put("prior2_synthetic", twoBefore.synthetic());
        m.put("prior1_fiscal_year", oneBefore.year().value());
        m.put("prior1_actual", oneBefore.text().orElse(""));
        m.put("prior1_comparable", oneBefore.comparable());
        m.put("prior1_computed", oneBefore.computed());
        m.put("prior1_synthetic", oneBefore.synthetic());
        m.put("target", row.targetText().orElse(""));
        m.put("target_synthetic", row.targetFigure().synthetic());
        m.put("actual", row.actualFigure().textOr(""));
        m.put("actual_computed", row.actualFigure().computed());
        m.put("actual_synthetic", row.actualFigure().synthetic());
        m.put("achieved", row.evaluation().achieved().map(Object::toString).orElse(""));
        m.put("achievement", row.evaluation().outcome().achievement().name());
        m.put("mark", row.evaluation().mark().symbol());
        m.put("printed_mark", row.printedMark().map(Mark::symbol).orElse(""));
        m.put("self_evaluation", row.selfEvaluation().map(SelfEvaluation::name).orElse(""));
        m.put("self_evaluation_reason", row.selfEvaluationReason().orElse(""));
        m.put("narrative", row.narrative().orElse(""));
        m.put(
                "self_evaluation_suggested",
                row.evaluation()
                        .suggestedSelfEvaluation()
                        .map(SelfEvaluation::name)
                        .orElse(""));
        m.put("national_value", row.nationalFigure().textOr(""));
        m.put(
                "national_value_source",
                row.nationalValue()
                        .map(n -> n.computed() ? "computed" : "published")
                        .orElse(""));
        m.put("national_value_computed", row.nationalFigure().computed());
        m.put("national_value_synthetic", row.nationalFigure().synthetic());
        m.put(
                "association_wide_computed",
                row.associationWide()
                        .value()
                        .map(v -> ValueFormat.amount(v, row.definition().unit()))
                        .orElse(""));
        m.put("association_wide_branches", row.associationWide().contributing());
        m.put(
                "national_difference",
                row.national()
                        .difference()
                        .map(d -> ValueFormat.difference(d, row.definition().unit()))
                        .orElse(""));
        m.put(
                "national_rank",
                row.publishedRank().or(row::rank).map(Object::toString).orElse(""));
        m.put("computed_rank", row.rank().map(Object::toString).orElse(""));
        m.put("ranked_branches", row.rankedBranches());
        m.put("next_target", row.nextYearTargetFigure().textOr(""));
        m.put("next_target_synthetic", row.nextYearTargetSynthetic());
        m.put("note", row.note().orElse(""));
        m.put("synthetic", row.synthetic());
        m.put("reason", row.evaluation().outcome().reason());
        m.put("policy", policy.id());
        return m;
    }

    public static Map<String, Object> of(
            InterimRow row, jp.kenpokpi.organisation.Organisation org, jp.kenpokpi.period.AsOf asOf) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("branch_code", org.code().value());
        m.put("branch_name", org.nameJa());
        m.put("fiscal_year", asOf.fiscalYear().value());
        m.put("as_of", asOf.iso());
        m.put("kpi_code", row.definition().kpiCode());
        m.put("kpi_name", row.definition().nameJa());
        m.put("definition_fy", row.definition().definitionFy());
        m.put("target", row.target().map(t -> t.text()).orElse(""));
        put(m, "actual", row.latest());
        put(m, "same_month_last_year", row.sameMonthLastYear());
        put(m, "last_year_final", row.lastYearFinal());
        m.put("comparability", row.comparabilityNote().orElse(""));
        return m;
    }

    private static void put(Map<String, Object> m, String prefix, InterimCell cell) {
        m.put(prefix, cell.text().orElse(""));
        if (!prefix.equals("last_year_final"))
            m.put(prefix + "_as_of", cell.asOf().map(Object::toString).orElse(""));
        m.put(prefix + "_computed", cell.computed());
        m.put(prefix + "_comparable", cell.comparable());
        m.put(prefix + "_synthetic", cell.synthetic());
        m.put(prefix + "_note", cell.note().orElse(""));
    }

    static String text(Object value) {
        if (value == null) return "";
        if (value instanceof BigDecimal b) return b.toPlainString();
        if (value instanceof Optional<?> o) return o.map(Object::toString).orElse("");
        return value.toString();
    }
}
