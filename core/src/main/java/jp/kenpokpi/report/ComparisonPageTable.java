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
 * The 支部比較 page's table as its download: the organisations in the page's order (sorted as the page sorts
 * them), and under each what its cell shows — 目標, 結果 with its mark, 全体比, and the cell's colour said in words
 * (達成, 未達成, 実績なし, 比較不可). R4 prints the same figures in the Akita layout, without 全体比 and status.
 */
public final class ComparisonPageTable {

    private static final List<String> KINDS = List.of("目標", "結果", "全体比", "判定");

    private ComparisonPageTable() {}

    /** @param scopeJa the branches compared, as the page's title names them (東北ブロック, 全支部) */
    public static ReportTable of(ComparisonTable table, String scopeJa) {
        List<Column> columns = new ArrayList<>(List.of(new Column(ComparisonReport.KPI, 24)));
        List<HeaderCell> organisations = new ArrayList<>(List.of(new HeaderCell("KPI", 1, 2)));
        List<HeaderCell> kinds = new ArrayList<>();
        for (Organisation o : table.columns()) {
            String code = o.code().value();
            columns.add(new Column("target-" + code, 8));
            columns.add(new Column("actual-" + code, 8));
            columns.add(new Column("difference-" + code, 8));
            columns.add(new Column("status-" + code, 5));
            organisations.add(new HeaderCell(o.nameJa(), KINDS.size(), 1));
            KINDS.forEach(k -> kinds.add(HeaderCell.of(k)));
        }
        String title = "支部比較 " + table.year().label() + " 協会全体＋" + scopeJa
                + table.sort().map(s -> "（支部の列は" + s.labelJa() + "）").orElse("");
        return new ReportTable(
                title,
                columns,
                List.of(organisations, kinds),
                KpiSummaryReport.groupedByArea(table.rows(), r -> r.definition().areaJa(), (item, r) -> cells(r)),
                KpiSummaryReport.legend());
    }

    private static List<ReportCell> cells(ComparisonRow row) {
        List<ReportCell> cells =
                new ArrayList<>(List.of(new ReportCell.Text(row.definition().nameJa(), false)));
        for (ComparisonCell c : row.cells()) {
            cells.add(KpiSummaryReport.value(c.targetFigure(), "－"));
            cells.add(ReportCell.marked(KpiSummaryReport.value(c.actualFigure(), "—"), c.mark()));
            cells.add(new ReportCell.Text(c.differenceText().orElse(""), false));
            cells.add(new ReportCell.Text(c.status().nameJa(), false));
        }
        return cells;
    }
}
