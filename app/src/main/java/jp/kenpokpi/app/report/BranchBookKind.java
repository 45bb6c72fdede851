package jp.kenpokpi.app.report;

import java.util.EnumSet;
import java.util.Set;
import jp.kenpokpi.app.report.KpiSummaryReports.Format;
import jp.kenpokpi.app.summary.SummaryService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** 報告書一式: a branch's year in one file, the sections being the table reports that name one (CouncilBooks). */
@Component
@Order(10)
class BranchBookKind extends DeclaredReport {

    private final CouncilBooks books;
    private final SummaryService summaries;

    BranchBookKind(CouncilBooks books, SummaryService summaries) {
        super("book", "報告書一式（表紙・目次・概要・実施状況と自己評価・一覧・予算執行状況）", ReportParameter.BRANCH, ReportParameter.YEAR);
        this.books = books;
        this.summaries = summaries;
    }

    public ReportQuery query(ReportRequest request) {
        return request.branchYear(summaries);
    }

    public ReportDocument document(ReportQuery query, Format format) {
        return new ReportDocument.Book(books.branchBook(query.organisation(), query.year()));
    }

    /** The HTML opens in the browser. */
    public Set<Format> downloads() {
        return EnumSet.allOf(Format.class);
    }

    public String fileName(ReportQuery query, Format format) {
        return CouncilBooks.branchFileName(query.organisation(), query.year(), format);
    }
}
