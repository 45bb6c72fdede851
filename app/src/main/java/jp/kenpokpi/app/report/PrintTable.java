package jp.kenpokpi.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.kenpokpi.report.ReportCell;
import jp.kenpokpi.report.ReportTable;
import jp.kenpokpi.report.TextLines;
import jp.kenpokpi.value.Figure;

/**
 * A {@link ReportTable} as the print template (templates/print/table.html) draws it: what the template would
 * otherwise compute (column widths in per cent, a row's classes, a cell's kind and lines) worked out here, so that the
 * template only places it. Ids of the caller's choosing: a book holds many tables, and an id names one element.
 */
record PrintTable(
        String id,
        String legendId,
        List<Column> columns,
        List<List<ReportTable.HeaderCell>> header,
        List<Group> groups,
        List<String> footer) {

    /**
     * A body row estimated taller than this many lines may break across pages in the PDF: kept whole, a row taller
     * than the page would be cut, and one nearly as tall would leave most of a page empty. Shorter rows stay whole.
     */
    static final int TALL_ROW_LINES = 20;

    record Column(String key, String widthPercent) {}

    record Group(String heading, List<Row> rows) {}

    /** {@code item} counts the body rows through the groups (data-item). */
    record Row(String cssClass, int item, List<Cell> cells) {}

    /** A text's line breaks are kept as {@code <br/>}: XHTML, and the same in a browser and in the PDF. */
    record Cell(String cssClass, String key, List<String> lines, List<Figure.Label> labels) {}

    static PrintTable of(ReportTable table, String id, String legendId) {
        int total = table.columns().stream().mapToInt(ReportTable.Column::width).sum();
        List<Column> columns = table.columns().stream()
                .map(c -> new Column(c.key(), String.format(Locale.ROOT, "%.1f", 100.0 * c.width() / total)))
                .toList();
        List<Group> groups = new ArrayList<>();
        int item = 0;
        for (ReportTable.Group g : table.groups()) {
            List<Row> rows = new ArrayList<>();
            for (int r = 0; r < g.rows().size(); r++) {
                List<ReportCell> row = g.rows().get(r);
                String css = "report-row" + (tall(table, row) ? " report-row-tall" : "")
                        + (g.isTotal(r) ? " report-row-total" : "");
                List<Cell> cells = new ArrayList<>();
                for (int i = 0; i < row.size(); i++)
                    cells.add(cell(row.get(i), table.columns().get(i).key()));
                rows.add(new Row(css, ++item, cells));
            }
            groups.add(new Group(g.heading(), rows));
        }
        return new PrintTable(id, legendId, columns, table.header(), groups, table.footer());
    }

    private static boolean tall(ReportTable table, List<ReportCell> row) {
        for (int i = 0; i < row.size(); i++) {
            if (TextLines.estimate(row.get(i).text(), table.columns().get(i).width()) > TALL_ROW_LINES) return true;
        }
        return false;
    }

    private static Cell cell(ReportCell cell, String key) {
        String kind = cell instanceof ReportCell.Number || cell instanceof ReportCell.Quantity
                ? "number"
                : cell instanceof ReportCell.MarkCell ? "mark" : "text";
        List<String> lines = List.of(cell.text().replace("\r\n", "\n").split("\n", -1));
        return new Cell(kind + " col-" + key, key, lines, cell.labels());
    }
}
