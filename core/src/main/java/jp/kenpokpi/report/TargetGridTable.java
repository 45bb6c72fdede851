package jp.kenpokpi.report;

import java.util.ArrayList;
import java.util.List;
import jp.kenpokpi.report.ReportTable.Group;
import jp.kenpokpi.report.ReportTable.Heading;
import jp.kenpokpi.targetsetting.TargetCell;
import jp.kenpokpi.targetsetting.TargetGrid;
import jp.kenpokpi.value.Figure;

/**
 * The 目標設定 page's grid as its download: an organisation per row, a KPI per column, each cell the target as the
 * page shows it (with 架空 where it is synthetic) and a waiting proposal after it.
 */
public final class TargetGridTable {

    private TargetGridTable() {}

    public static ReportTable of(TargetGrid grid) {
        List<Heading> headings = new ArrayList<>();
        headings.add(new Heading("code", 4, "コード"));
        headings.add(new Heading("org", 10, "支部"));
        grid.columns()
                .forEach(c ->
                        headings.add(new Heading(c.kpiCode(), 12, c.definition().nameJa())));
        List<List<ReportCell>> body = new ArrayList<>();
        for (TargetGrid.Row row : grid.rows()) {
            List<ReportCell> cells = new ArrayList<>();
            cells.add(new ReportCell.Text(row.org().code().value(), false));
            cells.add(new ReportCell.Text(row.org().nameJa(), false));
            row.cells().forEach(c -> cells.add(cell(c)));
            body.add(cells);
        }
        return ReportTable.withHeadings(
                grid.year().label() + " 目標設定",
                headings,
                List.of(new Group("", body)),
                List.of(Figure.Label.legendPlainJa() + "　（提案中: …）＝支部が提案し、本部の判断を待っている目標。"));
    }

    private static ReportCell cell(TargetCell cell) {
        Figure figure = cell.figure();
        String waiting =
                cell.awaitsDecision() ? "（提案中: " + cell.proposal().orElseThrow().targetText() + "）" : "";
        return new ReportCell.Text(figure.textOr("") + waiting, figure.synthetic(), figure.computed());
    }
}
