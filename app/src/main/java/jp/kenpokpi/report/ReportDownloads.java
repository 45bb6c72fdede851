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

    /** An attachment under an ASCII file name (budget-09-2023.pdf), so that every browser keeps the name. */
    static ResponseEntity<byte[]> attachment(ReportTable table, String fileName, Format format) {
        return attachment(format.render(table), fileName, format);
    }

    /** A report book the same way (report-book-09-2023.pdf). */
    static ResponseEntity<byte[]> attachment(ReportBook book, String fileName, Format format) {
        return attachment(format.render(book), fileName, format);
    }

    private static ResponseEntity<byte[]> attachment(byte[] body, String fileName, Format format) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .body(body);
    }
}
