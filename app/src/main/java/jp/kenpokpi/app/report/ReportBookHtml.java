package jp.kenpokpi.app.report;

import static jp.kenpokpi.app.report.ReportHtml.escape;

import java.util.List;

import jp.kenpokpi.report.ReportBook;
import jp.kenpokpi.report.ReportTable;

/**
 * Draws a {@link ReportBook} as one XHTML document: a cover page, the table of contents, then each report from a new
 * page, its table drawn by {@link ReportHtml}. The PDF prints the contents' page numbers from the same document
 * (CSS {@code target-counter}), and bookmarks lead to each report.
 */
public final class ReportBookHtml {

    /** The book's rules, after the print rules of a single report. */
    private static final String BOOK_CSS = """
            @page :first { @bottom-center { content: none; } }
            div.book-cover { page-break-after: always; text-align: center; padding-top: 45mm; }
            div.book-cover p.book-year { font-size: 14pt; margin: 0 0 8mm 0; }
            div.book-cover h1.book-title { font-size: 22pt; margin: 0 0 30mm 0; }
            div.book-cover p.book-organisation { font-size: 14pt; margin: 0 0 6mm 0; }
            div.book-cover p.book-printed { font-size: 11pt; margin: 0; }
            div.book-contents h2 { font-size: 14pt; margin: 0 0 5mm 0; }
            table.book-contents-table { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 9pt; }
            table.book-contents-table td { border: none; border-bottom: 0.5pt solid #bbb; padding: 1.2pt 3pt; }
            td.book-contents-number { width: 8%; text-align: right; }
            td.book-contents-short { width: 20%; }
            td.book-contents-page { width: 10%; text-align: right; }
            table.book-contents-table a { color: #000; text-decoration: none; }
            td.book-contents-page a::after { content: target-counter(attr(href), page); }
            div.book-section { page-break-before: always; }
            """;

    private ReportBookHtml() {
    }

    /** The book for a browser (the contents without page numbers: browsers do not count pages). */
    public static String document(ReportBook book) {
        return document(book, "");
    }

    /** The book for the PDF renderer, with the outline of bookmarks it reads from the head. */
    static String printDocument(ReportBook book) {
        return document(book, bookmarks(book));
    }

    private static String document(ReportBook book, String extraHead) {
        StringBuilder html = new StringBuilder(ReportHtml.head(book.cover().title(), BOOK_CSS, extraHead));
        html.append(cover(book.cover())).append(contents(book));
        List<ReportBook.Section> sections = book.sections();
        for (int i = 0; i < sections.size(); i++) {
            ReportTable table = sections.get(i).table();
            String n = Integer.toString(i + 1);
            html.append("<div class=\"book-section\" id=\"").append(sectionId(i)).append("\" data-section=\"").append(n)
                    .append("\">\n<h1>").append(escape(table.title())).append("</h1>\n")
                    .append(ReportHtml.fragment(table, "report-table-" + n, "report-legend-" + n)).append("</div>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static String sectionId(int index) {
        return "section-" + (index + 1);
    }

    private static String cover(ReportBook.Cover cover) {
        return "<div class=\"book-cover\" id=\"book-cover\">\n<p class=\"book-year\">" + escape(cover.yearJa()) + "</p>\n"
                + "<h1 class=\"book-title\">" + escape(cover.title()) + "</h1>\n"
                + "<p class=\"book-organisation\">" + escape(cover.organisation()) + "</p>\n"
                + "<p class=\"book-printed\">" + escape(cover.printedJa()) + "</p>\n</div>\n";
    }

    /** One line per report: number, short title, the report's title and (in the PDF) the page it starts on. */
    private static String contents(ReportBook book) {
        StringBuilder html = new StringBuilder("<div class=\"book-contents\" id=\"book-contents\">\n<h2>目次</h2>\n"
                + "<table class=\"book-contents-table\">\n");
        List<ReportBook.Section> sections = book.sections();
        for (int i = 0; i < sections.size(); i++) {
            String href = "#" + sectionId(i);
            html.append("<tr data-section=\"").append(i + 1).append("\"><td class=\"book-contents-number\">").append(i + 1)
                    .append("</td><td class=\"book-contents-short\">").append(escape(sections.get(i).shortTitle()))
                    .append("</td><td class=\"book-contents-title\"><a href=\"").append(href).append("\">")
                    .append(escape(sections.get(i).table().title()))
                    .append("</a></td><td class=\"book-contents-page\"><a href=\"").append(href).append("\"></a></td></tr>\n");
        }
        return html.append("</table>\n</div>\n").toString();
    }

    /** The PDF's outline: openhtmltopdf reads {@code <bookmarks>} from the head. */
    private static String bookmarks(ReportBook book) {
        StringBuilder html = new StringBuilder("<bookmarks><bookmark name=\"目次\" href=\"#book-contents\"/>");
        for (int i = 0; i < book.sections().size(); i++) {
            html.append("<bookmark name=\"").append(escape(book.sections().get(i).shortTitle())).append("\" href=\"#")
                    .append(sectionId(i)).append("\"/>");
        }
        return html.append("</bookmarks>").toString();
    }
}
