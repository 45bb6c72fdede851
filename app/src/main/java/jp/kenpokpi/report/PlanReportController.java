package jp.kenpokpi.report;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.plan.BusinessPlan;
import jp.kenpokpi.report.KpiSummaryReports.Format;
import jp.kenpokpi.report.PlanReports.Kind;
import jp.kenpokpi.result.KpiRecordRepository;
import jp.kenpokpi.summary.SummaryService;

/** Reports R2, R3 and R6 (from the business plan) as pages and as Excel and PDF downloads of the same table. */
@Controller
class PlanReportController {

    private final PlanReports reports;
    private final SummaryService summaries;
    private final KpiRecordRepository records;

    PlanReportController(PlanReports reports, SummaryService summaries, KpiRecordRepository records) {
        this.reports = reports;
        this.summaries = summaries;
        this.records = records;
    }

    @GetMapping("/reports/{kind:plan-result|plan-overview|kpi-list}")
    String page(@PathVariable String kind, @RequestParam Optional<String> branch, @RequestParam Optional<String> year,
                Model model) {
        Kind k = Kind.parse(kind).orElseThrow();
        Organisation org = ReportRequests.organisation(branch);
        FiscalYear fy = ReportRequests.year(year, org.code(), summaries);
        model.addAttribute("kind", k);
        model.addAttribute("organisation", org);
        model.addAttribute("organisations", Organisations.all().list());
        model.addAttribute("year", fy);
        model.addAttribute("fiscalYears", records.fiscalYears());
        Optional<BusinessPlan> plan = reports.plan(org, fy);
        Optional<String> missing = PlanReports.missing(k, plan);
        Optional<ReportTable> table = missing.isPresent() ? Optional.empty() : Optional.of(reports.table(k, org, fy, plan.get()));
        model.addAttribute("planned", plan.isPresent());
        model.addAttribute("missingJa", missing.orElse(null));
        model.addAttribute("report", table.orElse(null));
        model.addAttribute("tableHtml", table.map(ReportHtml::fragment).orElse(""));
        return "reports/plan-report";
    }

    @GetMapping({"/reports/{kind:plan-result|plan-overview|kpi-list}.xlsx",
            "/reports/{kind:plan-result|plan-overview|kpi-list}.pdf"})
    ResponseEntity<byte[]> download(@PathVariable String kind, @RequestParam Optional<String> branch,
                                    @RequestParam Optional<String> year, jakarta.servlet.http.HttpServletRequest request) {
        Kind k = Kind.parse(kind).orElseThrow();
        Format format = ReportRequests.format(request);
        Organisation org = ReportRequests.organisation(branch);
        FiscalYear fy = ReportRequests.year(year, org.code(), summaries);
        Optional<BusinessPlan> plan = reports.plan(org, fy);
        if (plan.isEmpty()) throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                org.nameJa() + "の" + fy.japanese() + "の事業計画はまだ登録されていません");
        PlanReports.missing(k, plan).ifPresent(why -> {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, org.nameJa() + " " + fy.japanese() + ": " + why);
        });
        ReportTable table = reports.table(k, org, fy, plan.get());
        return ReportDownloads.file(table, PlanReports.fileName(k, org, fy, format), format);
    }

}
