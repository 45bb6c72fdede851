package jp.kenpokpi.report;

import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.report.KpiSummaryReports.Format;
import jp.kenpokpi.result.KpiRecordRepository;
import jp.kenpokpi.summary.SummaryService;

/** Report R1 (事業計画実施状況（概要）) as a page and as Excel and PDF downloads of the same table. */
@Controller
class ReportController {

    private final KpiSummaryReports reports;
    private final SummaryService summaries;
    private final KpiRecordRepository records;

    ReportController(KpiSummaryReports reports, SummaryService summaries, KpiRecordRepository records) {
        this.reports = reports;
        this.summaries = summaries;
        this.records = records;
    }

    @GetMapping("/reports/kpi-summary")
    String page(@RequestParam Optional<String> branch, @RequestParam Optional<String> year, Model model) {
        Organisation org = ReportRequests.organisation(branch);
        FiscalYear fy = ReportRequests.year(year, org.code(), summaries);
        ReportTable table = reports.table(org, fy);
        model.addAttribute("organisation", org);
        model.addAttribute("organisations", Organisations.all().list());
        model.addAttribute("year", fy);
        model.addAttribute("fiscalYears", records.fiscalYears());
        model.addAttribute("report", table);
        model.addAttribute("tableHtml", ReportHtml.fragment(table));
        return "reports/kpi-summary";
    }

    @GetMapping("/reports/kpi-summary.xlsx")
    ResponseEntity<byte[]> excel(@RequestParam Optional<String> branch, @RequestParam Optional<String> year) {
        return download(branch, year, Format.XLSX);
    }

    @GetMapping("/reports/kpi-summary.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam Optional<String> branch, @RequestParam Optional<String> year) {
        return download(branch, year, Format.PDF);
    }

    private ResponseEntity<byte[]> download(Optional<String> branch, Optional<String> year, Format format) {
        Organisation org = ReportRequests.organisation(branch);
        FiscalYear fy = ReportRequests.year(year, org.code(), summaries);
        return ReportDownloads.file(reports.table(org, fy), KpiSummaryReports.fileName(org, fy, format), format);
    }

}
