package jp.kenpokpi.app.report;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import jp.kenpokpi.report.ReportCsv;
import jp.kenpokpi.report.ReportTable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

/**
 * What a page shows, taken away as a file: the page builds the {@link ReportTable} of its table (its rows after its
 * filters, its headings and labels), and this writes it as .xlsx (through {@link ReportExcel}: real numbers with
 * formats, header frozen, A4 landscape, formula-looking texts kept text) or as CSV (through {@link ReportCsv}:
 * UTF-8 with a byte order mark, formula-looking texts neutralised). One mechanism for every page's download: the
 * dashboard, 支部比較, the KPI page's trend and ranking, 中間実績 and 予算執行.
 */
public final class ViewDownloads {

    /** A page's download formats: the page's address with .xlsx or .csv. */
    public enum Format {
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        CSV("text/csv;charset=UTF-8");

        private final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        /** xlsx or csv, as the address ends; anything else is a 404 in Japanese. */
        public static Format parse(String extension) {
            for (Format f : values()) {
                if (f.extension().equals(extension)) return f;
            }
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "ダウンロードの形式「" + extension + "」はありません（xlsx または csv）");
        }

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private ViewDownloads() {}

    /**
     * The table as a file named {@code baseName}, its sheet named {@code sheetName}. The Japanese name travels as
     * RFC 6266's filename* in UTF-8 (Spring adds an encoded filename for older clients), which browsers save as
     * written and static/downloads.js reads back.
     */
    public static ResponseEntity<byte[]> file(ReportTable table, String sheetName, String baseName, Format format) {
        byte[] body = format == Format.XLSX ? ReportExcel.render(sheetName, table) : ReportCsv.render(table);
        String fileName = safeFileName(baseName) + "." + format.extension();
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(format.mediaType))
                .body(body);
    }

    /** No character a file system refuses (\ / : * ? " < > |) and no spaces: 栃木支部_令和5年度_KPI実施状況. */
    static String safeFileName(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
    }
}
