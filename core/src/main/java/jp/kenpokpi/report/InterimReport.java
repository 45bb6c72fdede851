package jp.kenpokpi.report;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.kenpokpi.interim.InterimCell;
import jp.kenpokpi.interim.InterimRow;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.report.ReportTable.Column;
import jp.kenpokpi.report.ReportTable.HeaderCell;
import jp.kenpokpi.result.StoredTarget;

/**
 * Report R5: the interim status in the layout of the headquarters half-year report (令和３年度KPI一覧（上期の結果））
 * — each KPI's target, its latest result as of a month end with the month it was taken at, the same month last
 * year, and last year's final result (参考：前年度末).
 */
public final class InterimReport {

    /** Column keys, in the report's order. */
    public static final String ITEM = "item",
            KPI = "kpi",
            TARGET = "target",
            LATEST = "latest",
            LATEST_AS_OF = "latestAsOf",
            SAME_MONTH = "sameMonthLastYear",
            LAST_FINAL = "lastYearFinal",
            NOTE = "note";

    private InterimReport() {}

    public static ReportTable of(List<InterimRow> rows, Organisation organisation, AsOf asOf) {
        List<Column> columns = List.of(
                new Column(ITEM, 4),
                new Column(KPI, 30),
                new Column(TARGET, 10),
                new Column(LATEST, 8),
                new Column(LATEST_AS_OF, 7),
                new Column(SAME_MONTH, 8),
                new Column(LAST_FINAL, 8),
                new Column(NOTE, 16));
        String y = asOf.fiscalYear().japanese();
        List<List<HeaderCell>> header = List.of(
                List.of(
                        new HeaderCell("項番", 1, 2),
                        new HeaderCell("具体的施策（KPI）", 1, 2),
                        new HeaderCell(y, 3, 1),
                        new HeaderCell(asOf.fiscalYear().previous().japanese(), 2, 1),
                        new HeaderCell("備考", 1, 2)),
                List.of(
                        HeaderCell.of("目標"),
                        HeaderCell.of("実績"),
                        HeaderCell.of("時点"),
                        HeaderCell.of("同月の実績"),
                        HeaderCell.of("年度末の実績")));
        return new ReportTable(
                y + " " + organisation.nameJa() + " KPIの実施状況（" + asOf.japanese() + "）",
                columns,
                header,
                KpiSummaryReport.groupedByArea(rows, r -> r.definition().areaJa(), InterimReport::cells),
                List.of("実績は各月末時点の値です。前年度の欄は今年度と同じ定義の値に限り、定義が変わった指標は備考に記します。"));
    }

    private static List<ReportCell> cells(int item, InterimRow row) {
        return List.of(
                new ReportCell.Text("（" + item + "）", false),
                new ReportCell.Text(row.definition().nameJa(), false),
                KpiSummaryReport.text(row.target().map(StoredTarget::figure).orElseGet(jp.kenpokpi.value.Figure::none)),
                value(row.latest()),
                new ReportCell.Text(
                        row.latest().asOf().map(InterimReport::month).orElse(""), false),
                value(row.sameMonthLastYear()),
                value(row.lastYearFinal()),
                new ReportCell.Text(
                        Stream.of(row.comparabilityNote(), row.latest().note())
                                .flatMap(Optional::stream)
                                .collect(Collectors.joining("／")),
                        false));
    }

    /**
     * A value not comparable with this year's (another definition) is printed as 比較不可, not left blank. R5 labels
     * its values 架空 only, as it always has: the association's computed interim values carry no 算 here.
     */
    private static ReportCell value(InterimCell cell) {
        if (cell.text().isEmpty() && !cell.comparable()) return new ReportCell.Text("比較不可", false);
        return KpiSummaryReport.value(cell.figure().labelled(false, cell.synthetic()), "");
    }

    /** 9月末, as the headquarters report prints the month beside a result. */
    private static String month(AsOf asOf) {
        return asOf.month().getMonthValue() + "月末";
    }
}
