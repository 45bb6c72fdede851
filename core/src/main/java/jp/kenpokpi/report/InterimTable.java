package jp.kenpokpi.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.kenpokpi.interim.InterimCell;
import jp.kenpokpi.interim.InterimRow;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.report.ReportTable.Group;
import jp.kenpokpi.report.ReportTable.Heading;
import jp.kenpokpi.result.StoredTarget;
import jp.kenpokpi.value.Figure;

/**
 * The 中間実績 page's table as its download: its rows and headings, each value a number where it is one, with its
 * labels (算, 架空) by the one rule of {@code Figure} (R5 prints 架空 only; the page and this file print both), and
 * the month a value was taken at in a column of its own beside it, where the page prints it after the value.
 */
public final class InterimTable {

    private InterimTable() {}

    public static ReportTable of(List<InterimRow> rows, Organisation organisation, AsOf asOf) {
        String y = asOf.fiscalYear().japanese();
        List<Heading> headings = List.of(
                new Heading("kpi", 24, "KPI"),
                new Heading("target", 10, y + " 目標"),
                new Heading("latest", 8, y + " 実績（時点）"),
                new Heading("latestAsOf", 10, "実績の時点"),
                new Heading("sameMonth", 8, "前年同月末時点"),
                new Heading("sameMonthAsOf", 10, "前年同月の時点"),
                new Heading(
                        "lastFinal",
                        8,
                        "前年度最終結果（" + asOf.fiscalYear().previous().japanese() + "末）"),
                new Heading("note", 20, "備考"));
        List<List<ReportCell>> body = new ArrayList<>();
        for (InterimRow r : rows) {
            List<ReportCell> cells = new ArrayList<>();
            cells.add(new ReportCell.Text(r.definition().nameJa(), false));
            cells.add(KpiSummaryReport.text(r.target().map(StoredTarget::figure).orElseGet(Figure::none)));
            cells.add(value(r.latest()));
            cells.add(asOf(r.latest()));
            cells.add(value(r.sameMonthLastYear()));
            cells.add(asOf(r.sameMonthLastYear()));
            cells.add(value(r.lastYearFinal()));
            cells.add(new ReportCell.Text(
                    Stream.of(r.comparabilityNote(), r.latest().note())
                            .flatMap(Optional::stream)
                            .collect(Collectors.joining(" ")),
                    false));
            body.add(cells);
        }
        return ReportTable.withHeadings(
                organisation.nameJa() + " " + asOf.fiscalYear().label() + " 中間実績（" + asOf.japanese() + "）",
                headings,
                List.of(new Group("", body)),
                List.of(Figure.Label.legendPlainJa() + "　比較不可＝定義変更により前年度の値と比較できない。"));
    }

    /** As the page shows it: the value, — where none was taken, 比較不可 where another definition's value stands. */
    private static ReportCell value(InterimCell cell) {
        if (cell.text().isEmpty()) return new ReportCell.Text(cell.comparable() ? "—" : "比較不可", false);
        return KpiSummaryReport.value(cell.figure(), "—");
    }

    private static ReportCell asOf(InterimCell cell) {
        return new ReportCell.Text(cell.asOf().map(AsOf::japanese).orElse(""), false);
    }
}
