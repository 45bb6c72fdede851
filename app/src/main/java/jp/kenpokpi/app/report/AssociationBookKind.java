package jp.kenpokpi.app.report;

import jp.kenpokpi.app.report.KpiSummaryReports.Format;
import jp.kenpokpi.app.summary.SummaryService;
import jp.kenpokpi.organisation.OrgCode;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Headquarters' book: R1 of all 47 branches for the year, one section each, for everyone. */
@Component
@Order(20)
class AssociationBookKind extends DeclaredReport {

    private final CouncilBooks books;
    private final SummaryService summaries;

    AssociationBookKind(CouncilBooks books, SummaryService summaries) {
        super("association-book", "全47支部の概要を1冊に（本部用）", ReportParameter.YEAR);
        this.books = books;
        this.summaries = summaries;
    }

    public ReportQuery query(ReportRequest request) {
        return new ReportQuery(null, request.year(() -> summaries.defaultYear(OrgCode.ASSOCIATION)), null, null);
    }

    public ReportDocument document(ReportQuery query, Format format) {
        return new ReportDocument.Book(books.associationBook(query.year()));
    }

    public String fileName(ReportQuery query, Format format) {
        return CouncilBooks.associationFileName(query.year(), format);
    }
}
