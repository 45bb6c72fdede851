package jp.kenpokpi.report;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import jp.kenpokpi.report.KpiSummaryReports.Format;

/** Any report table drawn in a format and answered as a download, so that each report's controller stays thin. */
final class ReportDownloads {

    private ReportDownloads() {
    }

    /** The report as a file under an ASCII name (budget-09-2023.pdf), so that every browser keeps the name. */
    static ResponseEntity<byte[]> file(ReportTable table, String fileName, Format format) {
        return file(format.render(table), fileName, format);
    }

    /** A report book the same way (report-book-09-2023.pdf). */
    static ResponseEntity<byte[]> file(ReportBook book, String fileName, Format format) {
        return file(format.render(book), fileName, format);
    }

    /** HTML opens as a page in the browser (its name kept for saving it); Excel and PDF are saved as files. */
    private static ResponseEntity<byte[]> file(byte[] body, String fileName, Format format) {
        ContentDisposition.Builder disposition = format == Format.HTML ? ContentDisposition.inline() : ContentDisposition.attachment();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(fileName).build().toString())
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .body(body);
    }
}
