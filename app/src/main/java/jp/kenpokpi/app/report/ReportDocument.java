package jp.kenpokpi.app.report;

import jp.kenpokpi.app.report.KpiSummaryReports.Format;
import jp.kenpokpi.report.ReportBook;
import jp.kenpokpi.report.ReportTable;

/** What a report kind draws: one table (R1…R7), or a book of tables behind a cover and contents. */
public sealed interface ReportDocument {

    String title();

    byte[] render(Format format);

    record Table(ReportTable table) implements ReportDocument {
        public String title() {
            return table.title();
        }

        public byte[] render(Format format) {
            return format.render(table);
        }
    }

    record Book(ReportBook book) implements ReportDocument {
        public String title() {
            return book.cover().title();
        }

        public byte[] render(Format format) {
            return format.render(book);
        }
    }
}
