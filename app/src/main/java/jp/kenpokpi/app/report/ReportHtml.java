package jp.kenpokpi.app.report;

import java.util.Locale;
import java.util.Map;
import jp.kenpokpi.app.web.Styles;
import jp.kenpokpi.report.ReportTable;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Draws a {@link ReportTable} as a whole XHTML document for the PDF, the .html download and the command line, and
 * as the table alone for the report's web page, from the templates in templates/print. Thymeleaf in XML mode: the PDF renderer parses the document as XML, and the
 * template engine writes it well formed and escaped (no markup by string concatenation). Not the web application's
 * engine: the command line draws reports without it.
 */
public final class ReportHtml {

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
            ul.report-legend li { display: inline-block; margin-right: 6mm; } /* a long line (a sentence) on its own */
            """.formatted(FONT_FAMILY);

    private static final TemplateEngine TEMPLATES = templates();

    /** The labels' classes, as the pages draw them (the command line has no web context to ask for the bean). */
    private static final Styles STYLES = new Styles();

    private ReportHtml() {}

    public static String fontFamily() {
        return FONT_FAMILY;
    }

    /** A whole document: title, table and legend, styled for print. */
    public static String document(ReportTable table) {
        return render(
                "print/report",
                Map.of(
                        "title",
                        table.title(),
                        "css",
                        PRINT_CSS,
                        "table",
                        PrintTable.of(table, "report-table", "report-legend")));
    }

    /** The table and the legend, for a report's web page, which supplies its own heading and styles. */
    public static String fragment(ReportTable table) {
        return render("print/table", Map.of("table", PrintTable.of(table, "report-table", "report-legend")));
    }

    /** The print rules followed by {@code css}, a book's own. */
    static String css(String css) {
        return PRINT_CSS + css;
    }

    static String render(String template, Map<String, Object> variables) {
        Context context = new Context(Locale.JAPAN);
        context.setVariables(variables);
        context.setVariable("styles", STYLES);
        return TEMPLATES.process(template, context);
    }

    private static TemplateEngine templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(ReportHtml.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    /** Bookmarks of a book's PDF outline (print/report's head): none for a single report. */
    record Bookmark(String name, String href) {}
}
