package jp.kenpokpi.app.report;

import jp.kenpokpi.app.report.KpiSummaryReports.Format;
import jp.kenpokpi.app.security.SecurityHeaders;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Any report table drawn in a format and answered as a download: the report pages' controller and the API's. */
public final class ReportDownloads {

    private ReportDownloads() {}

    /** The report (a table or a book) as a file under an ASCII name (budget-09-2023.pdf), so every browser keeps it. */
    public static ResponseEntity<byte[]> file(ReportDocument document, String fileName, Format format) {
        return file(document.render(format), fileName, format);
    }

    /**
     * HTML opens as a page in the browser (its name kept for saving it), under the policy of a self-contained
     * document: its style sheet is inside it; Excel and PDF are saved as files.
     */
    private static ResponseEntity<byte[]> file(byte[] body, String fileName, Format format) {
        ContentDisposition.Builder disposition =
                format == Format.HTML ? ContentDisposition.inline() : ContentDisposition.attachment();
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (format == Format.HTML) {
            answer.header("Content-Security-Policy", SecurityHeaders.DOCUMENT_POLICY);
        }
        return answer.header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        disposition.filename(fileName).build().toString())
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .body(body);
    }
}
