package jp.kenpokpi.report;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.report.KpiSummaryReports.Format;
import jp.kenpokpi.summary.SummaryService;

/** The report books (報告書一式) as downloads: a branch's year, and R1 of all 47 branches for everyone. */
@Controller
class CouncilBookController {

    private final CouncilBooks books;
    private final SummaryService summaries;

    CouncilBookController(CouncilBooks books, SummaryService summaries) {
        this.books = books;
        this.summaries = summaries;
    }

    @GetMapping({"/reports/book.xlsx", "/reports/book.pdf", "/reports/book.html"})
    ResponseEntity<byte[]> branchBook(@RequestParam Optional<String> branch, @RequestParam Optional<String> year,
                                      HttpServletRequest request) {
        Format format = ReportRequests.format(request);
        Organisation org = ReportRequests.organisation(branch);
        FiscalYear fy = ReportRequests.year(year, org.code(), summaries);
        return ReportDownloads.file(books.branchBook(org, fy), CouncilBooks.branchFileName(org, fy, format), format);
    }

    @GetMapping({"/reports/association-book.pdf", "/reports/association-book.xlsx"})
    ResponseEntity<byte[]> associationBook(@RequestParam Optional<String> year, HttpServletRequest request) {
        Format format = ReportRequests.format(request);
        FiscalYear fy = ReportRequests.year(year, OrgCode.ASSOCIATION, summaries);
        return ReportDownloads.file(books.associationBook(fy), CouncilBooks.associationFileName(fy, format), format);
    }
}
