package jp.kenpokpi.report;

import java.util.ArrayList;
import java.util.List;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.report.ReportTable.Group;
import jp.kenpokpi.report.ReportTable.Heading;
import jp.kenpokpi.summary.PriorYearCell;
import jp.kenpokpi.summary.SummaryRow;

/**
 * The dashboard's table as its download (.xlsx, .csv): the rows the page shows after its filters, in its order and
 * with its column headings, values as numbers where the page shows a number in a unit, and the labels (算, 架空) of
 * the one {@code Figure} each cell shows. The 入力 links are the page's only column left out.
 */
public final class DashboardTable {

    private DashboardTable() {}

    /**
     * @param rows      the rows as the page numbers them: each with its 項番 in the branch's plan
     * @param filtersJa the filters applied, as the title names them (担当グループ：保健); empty for none
     */
    public static ReportTable of(
            List<PlanResults.ItemRow> rows, Organisation organisation, FiscalYear year, String filtersJa) {
        List<Heading> headings = List.of(
                new Heading("item", 4, "項番"),
                new Heading("kpi", 24, "KPI"),
                new Heading("prior2", 8, year.plus(-2).japanese() + "実績"),
                new Heading("prior1", 8, year.previous().japanese() + "実績"),
                new Heading("target", 10, year.japanese() + "目標"),
                new Heading("actual", 8, year.japanese() + "実績"),
                new Heading("mark", 4, "実施状況"),
                new Heading("printedMark", 4, "報告書の記号"),
                new Heading("national", 8, "全国平均"),
                new Heading("rank", 6, "順位"),
                new Heading("nextTarget", 10, year.next().japanese() + "目標"),
                new Heading("note", 24, "備考"),
                new Heading("reason", 30, "判定の理由"));
        List<List<ReportCell>> body = new ArrayList<>();
        for (PlanResults.ItemRow n : rows) body.add(cells(n));
        String title = organisation.nameJa() + " " + year.label() + " KPI実施状況"
                + (filtersJa.isEmpty() ? "" : "（" + filtersJa + "）");
        return ReportTable.withHeadings(title, headings, List.of(new Group("", body)), KpiSummaryReport.legend());
    }

    private static List<ReportCell> cells(PlanResults.ItemRow n) {
        SummaryRow r = n.row();
        List<ReportCell> cells = new ArrayList<>();
        cells.add(new ReportCell.Text("(" + n.item() + ")", false));
        cells.add(new ReportCell.Text(r.definition().nameJa(), false));
        for (PriorYearCell p : r.priorYears()) cells.add(prior(p));
        cells.add(KpiSummaryReport.text(r.targetFigure()));
        cells.add(KpiSummaryReport.value(r.actualFigure(), "—"));
        cells.add(new ReportCell.MarkCell(r.evaluation().mark()));
        cells.add(new ReportCell.Text(r.printedMark().map(m -> m.symbol()).orElse(""), false));
        cells.add(KpiSummaryReport.value(r.nationalFigure(), "－"));
        cells.add(new ReportCell.Text(r.rank().map(k -> "全国" + k + "位").orElse(""), false));
        cells.add(KpiSummaryReport.text(r.nextYearTargetFigure()));
        cells.add(new ReportCell.Text(r.noteWithCommentaryJa(), false));
        cells.add(new ReportCell.Text(r.evaluation().outcome().reason(), false));
        return cells;
    }

    /** A value of another definition is marked ※ as on the page: text, since it is not this year's measure. */
    private static ReportCell prior(PriorYearCell p) {
        if (p.comparable()) return KpiSummaryReport.value(p.figure(), "");
        return new ReportCell.Text(
                p.figure().textOr("") + "※", p.figure().synthetic(), p.figure().computed());
    }
}
