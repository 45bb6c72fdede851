package jp.kenpokpi.app.report;

import java.util.List;
import java.util.Optional;
import jp.kenpokpi.app.budget.BudgetRepository;
import jp.kenpokpi.app.web.CurrentUser;
import jp.kenpokpi.app.web.WebParameters;
import jp.kenpokpi.budget.BudgetExecution;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.report.BudgetExecutionReport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The 予算執行 page's table as a file (/budget.xlsx, /budget.csv, with the page's branch and year, defaulting as the
 * page does): R7's model of the budget, the rows the page shows (the page's red for over-execution is said as 予算超過
 * in 備考). Here rather than beside the page's controller, since the report registry already reads the budget package.
 */
@Controller
class BudgetDownloads {

    private final BudgetRepository budgets;

    BudgetDownloads(BudgetRepository budgets) {
        this.budgets = budgets;
    }

    @GetMapping("/budget.{format}")
    ResponseEntity<byte[]> download(
            @PathVariable String format, @RequestParam Optional<String> branch, @RequestParam Optional<String> year) {
        ViewDownloads.Format as = ViewDownloads.Format.parse(format);
        Organisation org = WebParameters.organisation(branch, CurrentUser.get().homeBranch());
        List<FiscalYear> years = budgets.years(org.code());
        Optional<FiscalYear> fy = year.filter(y -> !y.isBlank())
                .map(WebParameters::fiscalYear)
                .or(() -> years.stream().findFirst());
        BudgetExecution budget = fy.flatMap(y -> budgets.find(org.code(), y))
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        org.nameJa() + fy.map(y -> "の" + y.japanese()).orElse("") + "の予算執行データはありません"));
        return ViewDownloads.file(
                BudgetExecutionReport.of(budget, org),
                "予算執行",
                org.nameJa() + "_" + budget.year().japanese() + "_予算執行状況",
                as);
    }
}
