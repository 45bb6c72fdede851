package jp.kenpokpi.app.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.kenpokpi.app.security.BranchAccess;
import jp.kenpokpi.app.web.CurrentUser;
import jp.kenpokpi.app.web.WebParameters;
import jp.kenpokpi.budget.BudgetCsv;
import jp.kenpokpi.budget.BudgetExecution;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.value.UnreadableValueException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A branch's budget execution for a year (予算執行): categories and items with budget, executed amount and rate,
 * subtotals and totals computed, over-execution marked. Branch and year switch among those with a budget. Who may
 * change the branch's year enters an item's executed amount on a small form (BudgetEntryService).
 */
@Controller
class BudgetController {

    private final BudgetRepository budgets;
    private final BudgetEntryService entries;
    private final BranchAccess access;
    private final BudgetLineService lines;

    BudgetController(
            BudgetRepository budgets, BudgetEntryService entries, BranchAccess access, BudgetLineService lines) {
        this.lines = lines;
        this.budgets = budgets;
        this.entries = entries;
        this.access = access;
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
        // The executed amounts are entered item by item by whoever may change this branch's year.
        model.addAttribute(
                "mayEnter",
                fy.map(y -> access.canChange(CurrentUser.get(), org.code(), y)).orElse(false));
        model.addAttribute("message", budget.isPresent() ? null : noBudgetMessage(org, fy, years, withData));
        return "budget";
    }

    /** 予算の項目を追加: the form of a new budget line; 403 for who may not change the branch's year. */
    @GetMapping("/budget/line")
    String lineForm(@RequestParam String branch, @RequestParam String year, Model model) {
        Organisation org = WebParameters.organisation(branch);
        FiscalYear fy = WebParameters.fiscalYear(year);
        access.requireChange(CurrentUser.get(), org.code(), fy);
        return linePage(model, org, fy, new BudgetLineService.Line("", "", "", "", ""), Map.of());
    }

    @PostMapping("/budget/line")
    String addLine(
            @RequestParam String branch,
            @RequestParam String year,
            @RequestParam(defaultValue = "") String section,
            @RequestParam(defaultValue = "") String category,
            @RequestParam(defaultValue = "") String item,
            @RequestParam(defaultValue = "") String budget,
            @RequestParam(defaultValue = "") String executed,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        Organisation org = WebParameters.organisation(branch);
        FiscalYear fy = WebParameters.fiscalYear(year);
        BudgetLineService.Line line = new BudgetLineService.Line(section, category, item, budget, executed);
        Map<String, String> problems = lines.add(CurrentUser.get(), org.code(), fy, line);
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return linePage(model, org, fy, line, problems);
        }
        redirect.addFlashAttribute(
                "flashMessage", "「" + item.strip() + "」を" + section.strip() + "の" + category.strip() + "に追加しました");
        return "redirect:/budget?branch=" + org.code().value() + "&year=" + fy.value();
    }

    private String linePage(
            Model model, Organisation org, FiscalYear fy, BudgetLineService.Line line, Map<String, String> problems) {
        model.addAttribute("organisation", org);
        model.addAttribute("year", fy);
        model.addAttribute("line", line);
        model.addAttribute("problems", problems);
        model.addAttribute("budget", budgets.find(org.code(), fy).orElse(null));
        return "budget-line";
    }

    /** The form of one item's executed amount; 403 for who may not change the branch's year, 404 for no such item. */
    @GetMapping("/budget/item")
    String itemForm(
            @RequestParam String branch,
            @RequestParam String year,
            @RequestParam int section,
            @RequestParam int item,
            Model model) {
        Organisation org = WebParameters.organisation(branch);
        FiscalYear fy = WebParameters.fiscalYear(year);
        BudgetEntryService.ItemEntry entry = entries.find(CurrentUser.get(), org.code(), fy, section, item)
                .orElseThrow(() -> noItem(org, fy, section, item));
        return itemPage(model, org, entry, Long.toString(entry.item().amounts().executed()), null);
    }

    /** Saves the executed amount typed, unless it cannot be read or the item changed since the form was read. */
    @PostMapping("/budget/item")
    String saveItem(
            @RequestParam String branch,
            @RequestParam String year,
            @RequestParam int section,
            @RequestParam int item,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String executed,
            Model model,
            RedirectAttributes redirect) {
        Organisation org = WebParameters.organisation(branch);
        FiscalYear fy = WebParameters.fiscalYear(year);
        BudgetEntryService.ItemEntry shown = entries.find(CurrentUser.get(), org.code(), fy, section, item)
                .orElseThrow(() -> noItem(org, fy, section, item));
        long amount;
        try {
            amount = BudgetCsv.yen(Optional.of(executed).filter(e -> !e.isBlank()), "執行額");
        } catch (UnreadableValueException e) {
            BudgetEntryService.ItemEntry asRead = new BudgetEntryService.ItemEntry(
                    shown.org(), shown.year(), shown.section(), shown.category(), shown.item(), version);
            return itemPage(model, org, asRead, executed, e.getMessage());
        }
        BudgetEntryService.Saved saved = entries.saveExecuted(
                        CurrentUser.get(), org.code(), fy, section, item, version, amount)
                .orElseThrow(() -> noItem(org, fy, section, item));
        if (!saved.saved()) {
            return itemPage(
                    model,
                    org,
                    saved.current(),
                    executed,
                    "この取組は他の人が先に変更しました（現在の執行額: "
                            + saved.current().item().amounts().executedText() + "）。内容を確かめて、もう一度保存してください");
        }
        redirect.addFlashAttribute(
                "flashMessage",
                "「" + saved.current().item().label() + " "
                        + saved.current().item().nameJa() + "」の執行額を保存しました（"
                        + saved.before().executedText() + " → "
                        + saved.current().item().amounts().executedText()
                        + "）");
        return "redirect:/budget?branch=" + org.code().value() + "&year=" + fy.value();
    }

    private static String itemPage(
            Model model, Organisation org, BudgetEntryService.ItemEntry entry, String executed, String error) {
        model.addAttribute("organisation", org);
        model.addAttribute("entry", entry);
        model.addAttribute("executed", executed);
        model.addAttribute("error", error);
        return "budget-item";
    }

    private static ResponseStatusException noItem(Organisation org, FiscalYear year, int section, int item) {
        return new ResponseStatusException(
                HttpStatus.NOT_FOUND, org.nameJa() + " " + year.label() + "の予算" + section + "に取組(" + item + ")はありません");
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
