package jp.kenpokpi.app.report;

import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.report.KpiSummaryReports.Format;
import jp.kenpokpi.report.ReportTable;

/**
 * A council report of one table (R1…R7): besides its downloads it has a page (template reports/{id} unless said
 * otherwise), a link in the nav and a line on the reports index, and may be a section of the branch's book.
 */
public interface TableReportKind extends ReportKind {

    /** R1: the reports index lists the reports in this order. */
    String number();

    /** KPI実施状況（概要）: the nav's short name. */
    String navJa();

    /** The report's table; asked only when it is not missing. */
    ReportTable table(ReportQuery query);

    @Override
    default ReportDocument document(ReportQuery query, Format format) {
        return new ReportDocument.Table(table(query));
    }

    /** Its section title in the branch's book (KPI実施状況), or empty when the book leaves it out. */
    default Optional<String> bookSectionJa() {
        return Optional.empty();
    }

    default String template() {
        return "reports/" + id();
    }

    /** What the page's filters offer beyond the query (the years, months or blocks to choose from). */
    default void addPageModel(ReportQuery query, Map<String, Object> model) {}

    /** A page that says why the report is missing (a plan report); otherwise a missing report's page is a 404. */
    default boolean pageExplainsMissing() {
        return false;
    }
}
