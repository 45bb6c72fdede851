package jp.kenpokpi.app.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.kenpokpi.app.web.CurrentUser;
import jp.kenpokpi.app.web.WebParameters;
import jp.kenpokpi.budget.BudgetExecution;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A branch's budget execution for a year (予算執行): categories and items with budget, executed amount and rate,
 * subtotals and totals computed, over-execution marked. Branch and year switch among those with a budget.
 */
@Controller
class BudgetController {

    private final BudgetRepository budgets;

    BudgetController(BudgetRepository budgets) {
        this.budgets = budgets;
    }

    @GetMapping("/budget")
    String budget(@RequestParam Optional<String> branch, @RequestParam Optional<String> year, Model model) {
        Organisation org = WebParameters.organisation(branch, CurrentUser.get().homeBranch());
        List<FiscalYear> years = budgets.years(org.code());
        Optional<FiscalYear> fy = year.filter(y -> !y.isBlank())
                .map(WebParameters::fiscalYear)
                .or(() -> years.stream().findFirst());
        Optional<BudgetExecution> budget = fy.flatMap(y -> budgets.find(org.code(), y));

        List<OrgCode> withData = budgets.organisationsWithBudgets();
        List<Organisation> branches =
                new ArrayList<>(withData.stream().map(Organisations.all()::get).toList());
        if (!branches.contains(org)) branches.add(org);
        List<FiscalYear> yearChoices = new ArrayList<>(years);
        fy.filter(y -> !years.contains(y)).ifPresent(yearChoices::add);

        model.addAttribute("organisation", org);
        model.addAttribute("year", fy.orElse(null));
        model.addAttribute("branches", branches);
        model.addAttribute("branchesWithData", withData);
        model.addAttribute("years", yearChoices);
        model.addAttribute("yearsWithData", years);
        model.addAttribute("budget", budget.orElse(null));
        model.addAttribute("message", budget.isPresent() ? null : noBudgetMessage(org, fy, years, withData));
        return "budget";
    }

    /** Says what is missing and where a budget can be found instead. */
    private static String noBudgetMessage(
            Organisation org, Optional<FiscalYear> year, List<FiscalYear> years, List<OrgCode> withData) {
        if (years.isEmpty()) {
            String others = withData.stream()
                    .map(c -> Organisations.all().get(c).nameJa())
                    .collect(Collectors.joining("、"));
            return org.nameJa() + "の予算執行データはありません。" + (others.isEmpty() ? "" : "予算執行データのある支部: " + others);
        }
        return org.nameJa() + " " + year.map(FiscalYear::label).orElse("") + "の予算執行データはありません。データのある年度: "
                + years.stream().map(FiscalYear::label).collect(Collectors.joining("、"));
    }
}
