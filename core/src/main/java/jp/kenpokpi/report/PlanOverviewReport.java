package jp.kenpokpi.report;

import java.util.ArrayList;
import java.util.List;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.plan.Measure;
import jp.kenpokpi.plan.PlanAction;
import jp.kenpokpi.report.PlanResults.ItemRow;
import jp.kenpokpi.report.PlanResults.MeasureResults;
import jp.kenpokpi.report.ReportTable.Heading;

/**
 * Report R3: the one-page overview — per measure its KPIs (target, result, mark) and the actions that carry a mark of
 * their own (actions without a KPI), with the measure's 課題 beside its first line. Action texts are cut to their
 * first line so that the year fits on one page; R2 prints them whole.
 */
public final class PlanOverviewReport {

    public static final String MEASURE = "measure",
            LINE = "line",
            TARGET = "target",
            ACTUAL = "actual",
            MARK = "mark",
            ISSUES = "issues";

    /** Longest action text printed before it is cut with …. */
    static final int ACTION_TEXT = 40;

    private static final List<Mark> LEGEND =
            List.of(Mark.EXCEEDED, Mark.AS_PLANNED, Mark.BELOW_PLAN, Mark.NOT_CARRIED_OUT);

    private PlanOverviewReport() {}

    public static ReportTable of(PlanResults plan, Organisation organisation, FiscalYear year) {
        // Wide enough that most measure titles and KPI names take one line: the overview must fit one page.
        List<Heading> headings = List.of(
                new Heading(MEASURE, 20, "施策"),
                new Heading(LINE, 34, "KPI・具体的取組"),
                new Heading(TARGET, 9, "KPI目標"),
                new Heading(ACTUAL, 8, "KPI実績"),
                new Heading(MARK, 5, "実施状況"),
                new Heading(ISSUES, 22, "課題"));
        return ReportTable.withHeadings(
                year.japanese() + " " + organisation.nameJa() + "事業計画の実施状況（一覧）",
                headings,
                plan.groupsByArea(PlanOverviewReport::rows),
                KpiSummaryReport.legend(LEGEND));
    }

    /** The measure's KPI lines, then its marked actions; a measure with neither still gets its line. */
    static List<List<ReportCell>> rows(MeasureResults results) {
        Measure m = results.measure();
        List<List<ReportCell>> rows = new ArrayList<>();
        for (ItemRow k : results.kpis()) {
            var row = k.row();
            rows.add(List.of(
                    ReportCell.empty(),
                    text("（" + k.item() + "）" + row.definition().nameJa()),
                    KpiSummaryReport.text(row.targetFigure()),
                    KpiSummaryReport.value(row.actualFigure(), ""),
                    new ReportCell.MarkCell(row.evaluation().mark()),
                    ReportCell.empty()));
        }
        for (PlanAction a : m.actions()) {
            if (a.mark().isEmpty()) continue;
            rows.add(List.of(
                    ReportCell.empty(),
                    text(a.label() + firstLine(a.planText())),
                    ReportCell.empty(),
                    ReportCell.empty(),
                    new ReportCell.MarkCell(a.mark().get()),
                    ReportCell.empty()));
        }
        if (rows.isEmpty())
            rows.add(List.of(
                    ReportCell.empty(),
                    text("（KPIなし）"),
                    ReportCell.empty(),
                    ReportCell.empty(),
                    ReportCell.empty(),
                    ReportCell.empty()));
        List<ReportCell> first = new ArrayList<>(rows.get(0));
        first.set(0, text(KpiSummaryReport.fullWidth(m.number()) + "．" + m.title()));
        first.set(5, text(m.issues()));
        rows.set(0, first);
        return rows;
    }

    static String firstLine(String text) {
        String line = text.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .findFirst()
                .orElse("");
        return line.length() <= ACTION_TEXT ? line : line.substring(0, ACTION_TEXT) + "…";
    }

    private static ReportCell text(String text) {
        return new ReportCell.Text(text, false);
    }
}
