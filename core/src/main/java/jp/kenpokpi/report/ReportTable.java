package jp.kenpokpi.report;

import java.util.List;

/**
 * A council report's table, independent of the medium: the HTML page, the Excel workbook and the PDF are drawn from
 * the same model, so that they cannot disagree.
 *
 * @param title   the table's title, as the report heads it
 * @param columns the body's columns, left to right
 * @param header  the header rows; a cell may span columns and rows (a merge), and later rows leave out the places
 *                an earlier row's cell spans into
 * @param groups  the body rows, grouped under a heading row (１．基盤的保険者機能関係)
 * @param footer  lines printed under the table (the mark legend)
 */
public record ReportTable(
        String title, List<Column> columns, List<List<HeaderCell>> header, List<Group> groups, List<String> footer) {

    public ReportTable {
        columns = List.copyOf(columns);
        header = header.stream().map(List::copyOf).toList();
        groups = List.copyOf(groups);
        footer = List.copyOf(footer);
        for (Group g : groups) {
            for (List<ReportCell> row : g.rows()) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException(
                            g.heading() + ": a row has " + row.size() + " cells for " + columns.size() + " columns");
                }
            }
        }
    }

    /**
     * A body column.
     *
     * @param width the column's width in full-width characters, a hint for media with fixed widths (Excel, PDF)
     */
    public record Column(String key, int width) {}

    /**
     * A column with its one header cell, for a table whose header is a single row (R3, R6, R7): declared together, a
     * column and its heading cannot fall out of step.
     */
    public record Heading(String key, int width, String text) {}

    /** A table whose header is one row, a heading per column. */
    public static ReportTable withHeadings(
            String title, List<Heading> headings, List<Group> groups, List<String> footer) {
        return new ReportTable(
                title,
                headings.stream().map(h -> new Column(h.key(), h.width())).toList(),
                List.of(headings.stream().map(h -> HeaderCell.of(h.text())).toList()),
                groups,
                footer);
    }

    /** A header cell spanning {@code colSpan} columns and {@code rowSpan} header rows. */
    public record HeaderCell(String text, int colSpan, int rowSpan) {

        public HeaderCell {
            if (colSpan < 1 || rowSpan < 1) throw new IllegalArgumentException("span < 1: " + text);
        }

        public static HeaderCell of(String text) {
            return new HeaderCell(text, 1, 1);
        }

        public boolean merged() {
            return colSpan > 1 || rowSpan > 1;
        }
    }

    /**
     * @param totals the indexes of the rows that sum others up (小計, 総計): printed in bold
     */
    public record Group(String heading, List<List<ReportCell>> rows, java.util.Set<Integer> totals) {

        public Group {
            rows = rows.stream().map(List::copyOf).toList();
            totals = java.util.Set.copyOf(totals);
            for (int t : totals) {
                if (t < 0 || t >= rows.size())
                    throw new IllegalArgumentException(heading + ": no row " + t + " to total");
            }
        }

        public Group(String heading, List<List<ReportCell>> rows) {
            this(heading, rows, java.util.Set.of());
        }

        public boolean isTotal(int row) {
            return totals.contains(row);
        }
    }

    /** All body rows, in order, without the group headings. */
    public List<List<ReportCell>> rows() {
        return groups.stream().flatMap(g -> g.rows().stream()).toList();
    }

    public int columnIndex(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) return i;
        }
        throw new IllegalArgumentException("no column " + key);
    }
}
