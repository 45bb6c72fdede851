package jp.kenpokpi.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.plan.Measure;
import jp.kenpokpi.plan.PlanAction;
import jp.kenpokpi.report.PlanResults.MeasureResults;
import jp.kenpokpi.report.ReportTable.Column;
import jp.kenpokpi.report.ReportTable.Group;
import jp.kenpokpi.report.ReportTable.HeaderCell;
import jp.kenpokpi.summary.SummaryRow;
import jp.kenpokpi.value.Figure;

/**
 * Report R2: 事業計画の実施状況と自己評価 — for each measure the plan (its text, 【重要度：高】【困難度：高】 with their
 * reasons, the concrete actions), what was done, last year's and this year's KPI results, and the S–D
 * self-evaluation with its reason, as the Tochigi report's 事業実施状況 sets plan and result side by side.
 */
public final class PlanResultReport {

    public static final String MEASURE = "measure",
            PLAN = "plan",
            PRIOR = "prior",
            DONE = "done",
            ACTUAL = "actual",
            SELF = "self",
            REASON = "reason";

    /** A value among the KPI lines of a text cell, its labels where it stands: 81.8%（算）（架空）. */
    static String labelled(Figure figure) {
        StringBuilder s = new StringBuilder(figure.textOr("－"));
        for (Figure.Label l : figure.labels()) s.append('（').append(l.ja()).append('）');
        return s.toString();
    }

    private PlanResultReport() {}

    public static ReportTable of(PlanResults plan, Organisation organisation, FiscalYear year) {
        List<Column> columns = List.of(
                new Column(MEASURE, 9),
                new Column(PLAN, 36),
                new Column(PRIOR, 9),
                new Column(DONE, 36),
                new Column(ACTUAL, 10),
                new Column(SELF, 5),
                new Column(REASON, 16));
        List<List<HeaderCell>> header = List.of(
                List.of(
                        new HeaderCell("施策", 1, 2), new HeaderCell("具体的施策等（計画）", 1, 2),
                        new HeaderCell("KPI", 1, 1), new HeaderCell(year.japanese() + "の実施状況", 1, 2),
                        new HeaderCell("KPI", 1, 1), new HeaderCell("自己評価", 2, 1)),
                List.of(
                        HeaderCell.of(year.previous().japanese() + "実績"), HeaderCell.of(year.japanese() + "実績"),
                        HeaderCell.of("評価"), HeaderCell.of("理由")));
        List<Group> groups = plan.groupsByArea(m -> List.of(cells(m)));
        return new ReportTable(
                year.japanese() + " " + organisation.nameJa() + "事業計画の実施状況と自己評価",
                columns,
                header,
                groups,
                PlanResults.selfEvaluationLegend());
    }

    private static List<ReportCell> cells(MeasureResults results) {
        Measure m = results.measure();
        var judged = results.selfEvaluation();
        return List.of(
                text(KpiSummaryReport.fullWidth(m.number()) + "．" + m.title()
                        + (m.group().isEmpty() ? "" : "\n（" + m.group() + "）")),
                text(planText(m)),
                text(kpiLines(results, r -> labelled(r.priorYears().get(1).figure()))),
                text(doneText(m)),
                text(kpiLines(
                        results,
                        r -> labelled(r.actualFigure()) + " "
                                + r.evaluation().mark().symbol()
                                + r.commentaryJa().stream().map(c -> "\n" + c).collect(Collectors.joining()))),
                text(judged.map(PlanResults.Judged::text).orElse("")),
                text(judged.map(j -> j.suggested() ? suggestionReason(results) : m.selfEvaluationReason())
                        .orElse("")));
    }

    /** The measure's plan text, its tags with their reasons and its actions, in the order the plan prints them. */
    static String planText(Measure m) {
        List<String> parts = new ArrayList<>();
        if (!m.planText().isEmpty()) parts.add(m.planText());
        m.importanceReason().ifPresent(r -> parts.add("【重要度：高】\n" + r));
        m.difficultyReason().ifPresent(r -> parts.add("【困難度：高】\n" + r));
        if (!m.actions().isEmpty()) {
            parts.add("【具体的取組】\n"
                    + m.actions().stream().map(a -> a.label() + a.planText()).collect(Collectors.joining("\n")));
        }
        return String.join("\n\n", parts);
    }

    /** What was done: the measure's text, then each action's, numbered as the plan numbers them. */
    static String doneText(Measure m) {
        List<String> parts = new ArrayList<>();
        if (!m.doneText().isEmpty()) parts.add(m.doneText());
        List<PlanAction> done =
                m.actions().stream().filter(a -> !a.doneText().isEmpty()).toList();
        if (!done.isEmpty()) {
            parts.add("【具体的取組】\n"
                    + done.stream()
                            .map(a -> a.label()
                                    + a.doneText()
                                    + a.mark().map(k -> " " + k.symbol()).orElse(""))
                            .collect(Collectors.joining("\n")));
        }
        return String.join("\n\n", parts);
    }

    private static String kpiLines(MeasureResults results, java.util.function.Function<SummaryRow, String> value) {
        return results.kpis().stream()
                .map(k -> "（" + k.item() + "）" + value.apply(k.row()))
                .collect(Collectors.joining("\n"));
    }

    private static String suggestionReason(MeasureResults results) {
        return "KPIの結果から: "
                + results.kpis().stream()
                        .filter(k ->
                                k.row().evaluation().suggestedSelfEvaluation().isPresent())
                        .map(k -> "（" + k.item() + "）"
                                + k.row().evaluation().suggestedSelfEvaluation().get())
                        .collect(Collectors.joining("、"));
    }

    private static ReportCell text(String text) {
        return new ReportCell.Text(text, false);
    }
}
