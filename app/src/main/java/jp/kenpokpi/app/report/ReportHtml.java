package jp.kenpokpi.app.report;

import java.util.List;

import jp.kenpokpi.app.web.Styles;
import jp.kenpokpi.report.ReportCell;
import jp.kenpokpi.report.ReportTable;
import jp.kenpokpi.report.ReportTable.HeaderCell;
import jp.kenpokpi.report.TextLines;
import jp.kenpokpi.value.Figure;

/**
 * Draws a {@link ReportTable} as HTML: the table alone for the web page (inside the site's layout), and as a whole
 * document for the PDF and the command line. Well-formed XHTML, because the PDF renderer parses it as XML.
 */
public final class ReportHtml {

    /** The labels' classes, as the pages draw them. */
    private static final Styles STYLES = new Styles();

    private static final String FONT_FAMILY = "IPAexGothic";

    /** Print rules: A4 landscape, header rows repeated on each page, page numbers at the foot. */
    private static final String PRINT_CSS = """
            @page { size: A4 landscape; margin: 12mm 10mm 14mm 10mm;
                    @bottom-center { content: counter(page) " / " counter(pages); font-family: '%1$s'; font-size: 8pt; } }
            body { font-family: '%1$s'; font-size: 8pt; line-height: 1.25; color: #000; }
            h1 { font-size: 12pt; margin: 0 0 4mm 0; }
            table.report-table { border-collapse: collapse; width: 100%%; table-layout: fixed; -fs-table-paginate: paginate; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; }
            tr.report-row-tall { page-break-inside: auto; }
            th, td { border: 0.5pt solid #000; padding: 1.5pt 3pt; vertical-align: middle; word-wrap: break-word; }
            td.col-item { word-wrap: normal; } /* （1）: forced apart it would read as two lines; it fits whole */
            tr.report-row-tall td { vertical-align: top; }
            tr.report-row-total td { font-weight: bold; background: #f7f7f7; }
            thead th { background: #e8eef5; text-align: center; font-weight: normal; }
            tr.report-group th { background: #f4f4f4; text-align: left; }
            tr.report-group { page-break-after: avoid; }
            td.number { text-align: right; word-wrap: break-word; }
            td.mark { text-align: center; font-size: 10pt; line-height: 1; } /* the larger mark must not heighten its row */
            td.text.col-prior2, td.text.col-prior1, td.text.col-actual, td.text.col-national { text-align: center; }
            td.col-item, td.col-group { text-align: center; }
            .synthetic-label, .computed-label { font-size: 6pt; border: 0.5pt solid #888; padding: 0 1pt; margin-left: 2pt; white-space: nowrap; }
            ul.report-legend { list-style: none; padding: 0; margin: 3mm 0 0 0; }
            ul.report-legend li { display: inline; margin-right: 6mm; }
            """.formatted(FONT_FAMILY);

    private ReportHtml() {
    }

    public static String fontFamily() {
        return FONT_FAMILY;
    }

    /**
     * A body row estimated taller than this many lines may break across pages in the PDF: kept whole, a row taller
     * than the page would be cut, and one nearly as tall would leave most of a page empty. Shorter rows stay whole.
     */
    static final int TALL_ROW_LINES = 20;

    /** A whole document: title, table and legend, styled for print. */
    public static String document(ReportTable table) {
        return head(table.title(), "", "") + "<h1>" + escape(table.title()) + "</h1>\n" + fragment(table)
                + "</body></html>\n";
    }

    /**
     * The document's start up to and including {@code <body>}: the print rules, then {@code css} and the
     * {@code extraHead} elements (a book's bookmarks) of the caller.
     */
    static String head(String title, String css, String extraHead) {
        return "<!DOCTYPE html>\n<html lang=\"ja\" xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"UTF-8\"/>"
                + "<title>" + escape(title) + "</title><style>\n" + PRINT_CSS + css + "</style>" + extraHead
                + "</head><body>\n";
    }

    /** The table and the legend, for a page that supplies its own heading and styles. */
    public static String fragment(ReportTable table) {
        return fragment(table, "report-table", "report-legend");
    }

    /** The same, with ids of the caller's choosing: a book holds many tables, and an id names one element. */
    static String fragment(ReportTable table, String tableId, String legendId) {
        return table(table, tableId) + legend(table, legendId);
    }

    private static String table(ReportTable table, String id) {
        StringBuilder html = new StringBuilder("<table class=\"report-table\" id=\"" + id + "\">\n<colgroup>");
        int total = table.columns().stream().mapToInt(ReportTable.Column::width).sum();
        for (ReportTable.Column c : table.columns()) {
            html.append("<col class=\"col-").append(c.key()).append("\" style=\"width:")
                    .append(String.format(java.util.Locale.ROOT, "%.1f", 100.0 * c.width() / total)).append("%\"/>");
        }
        html.append("</colgroup>\n<thead>\n");
        for (List<HeaderCell> row : table.header()) {
            html.append("<tr>");
            for (HeaderCell h : row) {
                html.append("<th scope=\"col\"");
                if (h.colSpan() > 1) html.append(" colspan=\"").append(h.colSpan()).append('"');
                if (h.rowSpan() > 1) html.append(" rowspan=\"").append(h.rowSpan()).append('"');
                html.append('>').append(escape(h.text())).append("</th>");
            }
            html.append("</tr>\n");
        }
        html.append("</thead>\n");
        int item = 0;
        for (ReportTable.Group g : table.groups()) {
            html.append("<tbody class=\"report-group-body\">\n<tr class=\"report-group\"><th colspan=\"")
                    .append(table.columns().size()).append("\" scope=\"rowgroup\">").append(escape(g.heading()))
                    .append("</th></tr>\n");
            for (int r = 0; r < g.rows().size(); r++) {
                List<ReportCell> row = g.rows().get(r);
                item++;
                html.append("<tr class=\"report-row").append(tall(table, row) ? " report-row-tall" : "")
                        .append(g.isTotal(r) ? " report-row-total" : "")
                        .append("\" data-item=\"").append(item).append("\">");
                for (int i = 0; i < row.size(); i++) {
                    html.append(cell(row.get(i), table.columns().get(i).key()));
                }
                html.append("</tr>\n");
            }
            html.append("</tbody>\n");
        }
        return html.append("</table>\n").toString();
    }

    private static boolean tall(ReportTable table, List<ReportCell> row) {
        for (int i = 0; i < row.size(); i++) {
            if (TextLines.estimate(row.get(i).text(), table.columns().get(i).width()) > TALL_ROW_LINES) return true;
        }
        return false;
    }

    /** A text's line breaks are kept as {@code <br/>}: XHTML, and the same in a browser and in the PDF. */
    private static String cell(ReportCell cell, String key) {
        String kind = cell instanceof ReportCell.Number ? "number" : cell instanceof ReportCell.MarkCell ? "mark" : "text";
        StringBuilder label = new StringBuilder();
        for (Figure.Label l : cell.labels()) {
            label.append("<span class=\"").append(STYLES.label(l)).append("\">")
                    .append(l.ja()).append("</span>");
        }
        return "<td class=\"" + kind + " col-" + key + "\" data-column=\"" + key + "\">"
                + escape(cell.text()).replace("\r\n", "\n").replace("\n", "<br/>") + label + "</td>";
    }

    private static String legend(ReportTable table, String id) {
        if (table.footer().isEmpty()) return "";
        StringBuilder html = new StringBuilder("<ul class=\"report-legend\" id=\"" + id + "\">");
        for (String line : table.footer()) html.append("<li>").append(escape(line)).append("</li>");
        return html.append("</ul>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
