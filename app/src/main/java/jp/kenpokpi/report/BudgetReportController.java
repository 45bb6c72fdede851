package jp.kenpokpi.report;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.report.KpiSummaryReports.Format;
import jp.kenpokpi.web.CurrentUser;
import jp.kenpokpi.web.WebParameters;

/** Report R7 (保険者機能強化予算の執行状況) as a page and as Excel and PDF downloads of the same table. */
@Controller
class BudgetReportController {

    /** Tochigi: the one branch whose report in the seeds prints its budget execution (as on /budget). */
    private static final OrgCode DEFAULT_BRANCH = OrgCode.of("09");

    private final BudgetReports reports;

    BudgetReportController(BudgetReports reports) {
        this.reports = reports;
    }

    @GetMapping("/reports/budget")
    String page(@RequestParam Optional<String> branch, @RequestParam Optional<String> year, Model model) {
        Organisation org = organisation(branch);
        FiscalYear fy = year(org, year);
        ReportTable table = table(org, fy);
        model.addAttribute("organisation", org);
        model.addAttribute("organisations", Organisations.all().list());
        model.addAttribute("year", fy);
        model.addAttribute("fiscalYears", reports.years(org));
        model.addAttribute("report", table);
        model.addAttribute("tableHtml", ReportHtml.fragment(table));
        return "reports/budget";
    }

    @GetMapping("/reports/budget.xlsx")
    ResponseEntity<byte[]> excel(@RequestParam Optional<String> branch, @RequestParam Optional<String> year) {
        return download(branch, year, Format.XLSX);
    }

    @GetMapping("/reports/budget.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam Optional<String> branch, @RequestParam Optional<String> year) {
        return download(branch, year, Format.PDF);
    }

    private ResponseEntity<byte[]> download(Optional<String> branch, Optional<String> year, Format format) {
        Organisation org = organisation(branch);
        FiscalYear fy = year(org, year);
        return ReportDownloads.file(new ReportDocument.Table(table(org, fy)), BudgetReports.fileName(org, fy, format), format);
    }

    private ReportTable table(Organisation org, FiscalYear fy) {
        return reports.table(org, fy).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                org.nameJa() + " " + fy.label() + "の予算執行データはありません"));
    }

    /** A branch editor starts on their branch; others on Tochigi, the branch with a budget. */
    private static Organisation organisation(Optional<String> branch) {
        return WebParameters.organisation(branch.filter(b -> !b.isBlank())
                .orElseGet(() -> CurrentUser.get().branch().orElse(DEFAULT_BRANCH).value()));
    }

    /** The newest year with a budget unless one is asked for. */
    private FiscalYear year(Organisation org, Optional<String> year) {
        return year.filter(y -> !y.isBlank()).map(WebParameters::fiscalYear).orElseGet(() -> {
            List<FiscalYear> years = reports.years(org);
            if (years.isEmpty()) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, org.nameJa() + "の予算執行データはありません");
            }
            return years.get(0);
        });
    }
}
