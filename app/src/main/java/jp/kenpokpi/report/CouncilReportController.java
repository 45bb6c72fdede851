package jp.kenpokpi.report;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jp.kenpokpi.organisation.Block;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.report.CouncilReports.Scope;
import jp.kenpokpi.report.KpiSummaryReports.Format;
import jp.kenpokpi.result.KpiRecordRepository;
import jp.kenpokpi.summary.SummaryService;
import jp.kenpokpi.web.CurrentUser;
import jp.kenpokpi.web.WebParameters;

/** Reports R4 (支部間比較) and R5 (中間の実施状況) as pages and as Excel and PDF downloads of the same tables. */
@Controller
class CouncilReportController {

    private final CouncilReports reports;
    private final SummaryService summaries;
    private final KpiRecordRepository records;

    CouncilReportController(CouncilReports reports, SummaryService summaries, KpiRecordRepository records) {
        this.reports = reports;
        this.summaries = summaries;
        this.records = records;
    }

    @GetMapping("/reports/comparison")
    String comparison(@RequestParam Optional<String> year, @RequestParam Optional<String> block, Model model) {
        FiscalYear fy = comparisonYear(year);
        Scope scope = scope(block);
        ReportTable table = reports.comparison(fy, scope);
        model.addAttribute("year", fy);
        model.addAttribute("fiscalYears", records.fiscalYears());
        model.addAttribute("scope", scope);
        model.addAttribute("blocks", Block.values());
        model.addAttribute("report", table);
        model.addAttribute("tableHtml", ReportHtml.fragment(table));
        return "reports/comparison";
    }

    @GetMapping({"/reports/comparison.xlsx", "/reports/comparison.pdf"})
    ResponseEntity<byte[]> comparisonDownload(@RequestParam Optional<String> year, @RequestParam Optional<String> block,
                                              HttpServletRequest request) {
        Format format = ReportRequests.format(request);
        FiscalYear fy = comparisonYear(year);
        Scope scope = scope(block);
        String fileName = CouncilReports.comparisonFileName(fy, scope, format);
        if (CouncilReports.printedByBlock(scope, format)) {
            return ReportDownloads.file(reports.comparisonBook(fy), fileName, format);
        }
        return ReportDownloads.file(reports.comparison(fy, scope), fileName, format);
    }

    @GetMapping("/reports/interim")
    String interim(@RequestParam Optional<String> branch, @RequestParam Optional<String> asOf, Model model) {
        Organisation org = ReportRequests.organisation(branch);
        AsOf month = asOf(org, asOf);
        ReportTable table = reports.interim(org, month);
        model.addAttribute("organisation", org);
        model.addAttribute("organisations", Organisations.all().list());
        model.addAttribute("asOf", month);
        model.addAttribute("months", summaries.interimMonths(org.code()));
        model.addAttribute("report", table);
        model.addAttribute("tableHtml", ReportHtml.fragment(table));
        return "reports/interim";
    }

    @GetMapping({"/reports/interim.xlsx", "/reports/interim.pdf"})
    ResponseEntity<byte[]> interimDownload(@RequestParam Optional<String> branch, @RequestParam Optional<String> asOf,
                                           HttpServletRequest request) {
        Format format = ReportRequests.format(request);
        Organisation org = ReportRequests.organisation(branch);
        AsOf month = asOf(org, asOf);
        return ReportDownloads.file(reports.interim(org, month), CouncilReports.interimFileName(org, month, format), format);
    }


    private FiscalYear comparisonYear(Optional<String> year) {
        return year.filter(y -> !y.isBlank()).map(WebParameters::fiscalYear)
                .orElseGet(() -> summaries.defaultYear(OrgCode.ASSOCIATION));
    }

    /** A branch editor compares within their branch's block; headquarters and viewers start on 東北. */
    private static Scope scope(Optional<String> block) {
        String id = block.filter(b -> !b.isBlank()).orElseGet(() -> CurrentUser.get().branch()
                .flatMap(b -> Organisations.all().get(b).block()).map(Enum::name).orElse("TOHOKU"));
        return Scope.parse(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, Scope.unknownJa(id)));
    }

    /** "latest" and no month both mean the newest month with data, as on the interim page. */
    private AsOf asOf(Organisation org, Optional<String> asOf) {
        return asOf.filter(a -> !a.isBlank() && !a.equals("latest")).map(WebParameters::asOf)
                .or(() -> summaries.latestAsOf(org.code()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, org.nameJa() + "の中間実績はまだありません"));
    }
}
