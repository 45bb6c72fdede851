package jp.kenpokpi.report;

import java.util.ArrayList;
import java.util.List;
import jp.kenpokpi.comparison.ComparisonCell;
import jp.kenpokpi.comparison.ComparisonRow;
import jp.kenpokpi.comparison.ComparisonTable;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.report.ReportTable.Column;
import jp.kenpokpi.report.ReportTable.HeaderCell;

/**
 * Report R4: the cross-branch comparison in the layout of the Akita plan's reference table — a row per KPI, and
 * for the association and each branch compared a ＫＰＩ (target) and a 結果 (result) column under the
 * organisation's name. The result carries its mark, as the table has no room for a mark column per organisation.
 * Drawn from the {@link ComparisonTable} the comparison page shows, so that the two cannot disagree.
 */
public final class ComparisonReport {

    public static final String KPI = "kpi";

    private ComparisonReport() {}

    /**
     * @param scopeJa the branches compared, as the title names them (東北ブロック, 全支部)
     */
    public static ReportTable of(ComparisonTable table, String scopeJa) {
        List<Column> columns = new ArrayList<>(List.of(new Column(KPI, 24)));
        List<HeaderCell> organisations = new ArrayList<>(List.of(new HeaderCell("具体的施策（KPI）", 1, 2)));
        List<HeaderCell> kinds = new ArrayList<>();
        for (Organisation o : table.columns()) {
            columns.add(new Column(targetKey(o), 6));
            columns.add(new Column(actualKey(o), 8));
            organisations.add(new HeaderCell(o.nameJa(), 2, 1));
            kinds.add(HeaderCell.of("ＫＰＩ"));
            kinds.add(HeaderCell.of("結果"));
        }
        String y = table.year().japanese();
        return new ReportTable(
                y + " KPI実績の支部間比較（協会全体・" + scopeJa + "）",
                columns,
                List.of(organisations, kinds),
                KpiSummaryReport.groupedByArea(table.rows(), r -> r.definition().areaJa(), (item, r) -> cells(r)),
                KpiSummaryReport.legend());
    }

    /** target-05: the ＫＰＩ column of 秋田支部. */
    public static String targetKey(Organisation o) {
        return "target-" + o.code().value();
    }

    /** actual-05: the 結果 column of 秋田支部. */
    public static String actualKey(Organisation o) {
        return "actual-" + o.code().value();
    }

    private static List<ReportCell> cells(ComparisonRow row) {
        List<ReportCell> cells =
                new ArrayList<>(List.of(new ReportCell.Text(row.definition().nameJa(), false)));
        for (ComparisonCell c : row.cells()) {
            cells.add(KpiSummaryReport.value(c.targetFigure(), ""));
            ReportCell result = KpiSummaryReport.value(c.actualFigure(), "");
            cells.add(ReportCell.marked(result, c.mark()));
        }
        return cells;
    }
}
