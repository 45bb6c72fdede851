package jp.kenpokpi.app.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kenpokpi.report.ReportBook;

/**
 * Draws a {@link ReportBook} as one XHTML document (templates/print/book.html): a cover page, the table of contents,
 * then each report from a new page, its table drawn as a single report's is. The PDF prints the contents' page numbers
 * from the same document (CSS {@code target-counter}), and bookmarks lead to each report.
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

    /** A report of the book: its place (1…), where it starts (section-1) and its table. */
    record Section(int number, String shortTitle, String title, PrintTable table) {

        public String id() {
            return "section-" + number;
        }

        public String href() {
            return "#" + id();
        }
    }

    private ReportBookHtml() {}

    /** The book for a browser (the contents without page numbers: browsers do not count pages). */
    public static String document(ReportBook book) {
        return document(book, false);
    }

    /** The book for the PDF renderer, with the outline of bookmarks it reads from the head. */
    static String printDocument(ReportBook book) {
        return document(book, true);
    }

    private static String document(ReportBook book, boolean bookmarks) {
        List<Section> sections = new ArrayList<>();
        for (ReportBook.Section s : book.sections()) {
            int n = sections.size() + 1;
            sections.add(new Section(
                    n,
                    s.shortTitle(),
                    s.table().title(),
                    PrintTable.of(s.table(), "report-table-" + n, "report-legend-" + n)));
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("book", book);
        variables.put("css", ReportHtml.css(BOOK_CSS));
        variables.put("sections", sections);
        // openhtmltopdf reads <bookmarks> from the head: the PDF's outline
        if (bookmarks) {
            variables.put(
                    "bookmarks",
                    sections.stream()
                            .map(s -> new ReportHtml.Bookmark(s.shortTitle(), s.href()))
                            .toList());
        }
        return ReportHtml.render("print/book", variables);
    }
}
