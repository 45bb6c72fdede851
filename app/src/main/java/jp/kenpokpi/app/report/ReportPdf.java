package jp.kenpokpi.app.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import jp.kenpokpi.report.ReportBook;
import jp.kenpokpi.report.ReportTable;

/**
 * Draws a {@link ReportTable} or a {@link ReportBook} as a PDF from its HTML document. The IPAex Gothic font ships in the application's
 * resources: with no Japanese font registered, openhtmltopdf silently prints Japanese as '#'.
 */
public final class ReportPdf {

    static final String FONT_RESOURCE = "/fonts/ipaexg.ttf";

    static {
        // openhtmltopdf logs each document's layout steps at INFO to the console; only its warnings are worth reading.
        com.openhtmltopdf.util.XRLog.listRegisteredLoggers()
                .forEach(l -> com.openhtmltopdf.util.XRLog.setLevel(l, java.util.logging.Level.WARNING));
    }

    /** Read once: which glyphs of the font stand for several code points (see {@link PdfTextRepair}). */
    private static final class TextRepair {
        static final PdfTextRepair INSTANCE = PdfTextRepair.forFont(font());
    }

    private ReportPdf() {}

    public static byte[] render(ReportTable table) {
        return render(ReportHtml.document(table));
    }

    /** A book: cover, contents with page numbers, each report from a new page. */
    public static byte[] render(ReportBook book) {
        return render(ReportBookHtml.printDocument(book));
    }

    /** Any document of ours: XHTML whose text is set in {@link ReportHtml#fontFamily()}; its text extracts as written. */
    static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(ReportPdf::font, ReportHtml.fontFamily());
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDFを作成できません", e);
        }
        // PDFBox maps some glyphs back to the wrong one of their code points (栃木 would read 栃⽊): repaired here.
        return TextRepair.INSTANCE.repair(out.toByteArray(), xhtml);
    }

    private static InputStream font() {
        InputStream in = ReportPdf.class.getResourceAsStream(FONT_RESOURCE);
        if (in == null) throw new IllegalStateException(FONT_RESOURCE + " is not on the classpath");
        return in;
    }
}
