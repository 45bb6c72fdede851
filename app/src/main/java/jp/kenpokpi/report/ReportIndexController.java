package jp.kenpokpi.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.plan.BusinessPlan;
import jp.kenpokpi.result.KpiRecordRepository;
import jp.kenpokpi.summary.SummaryService;

/**
 * 報告資料: every council report of a branch's year on one page, each with its page, Excel and PDF, and the books;
 * a report that has nothing to show yet (no plan, no budget) says why instead of linking to an empty page.
 */
@Controller
class ReportIndexController {

    /** One line of the page: R1…R7, where it lives, and why it is not there when it is not. */
    record ReportLink(String number, String nameJa, String path, String query, Optional<String> missingJa) {

        public boolean available() {
            return missingJa.isEmpty();
        }
    }

    private final PlanReports planReports;
    private final BudgetReports budgets;
    private final SummaryService summaries;
    private final KpiRecordRepository records;

    ReportIndexController(PlanReports planReports, BudgetReports budgets, SummaryService summaries,
                          KpiRecordRepository records) {
        this.planReports = planReports;
        this.budgets = budgets;
        this.summaries = summaries;
        this.records = records;
    }

    @GetMapping("/reports")
    String index(@RequestParam Optional<String> branch, @RequestParam Optional<String> year, Model model) {
        Organisation org = ReportRequests.organisation(branch);
        FiscalYear fy = ReportRequests.year(year, org.code(), summaries);
        String query = "branch=" + org.code().value() + "&year=" + fy.value();
        Optional<BusinessPlan> plan = planReports.plan(org, fy);
        List<ReportLink> links = new ArrayList<>();
        links.add(new ReportLink("R1", "事業計画実施状況（概要）", "/reports/kpi-summary", query, Optional.empty()));
        links.add(new ReportLink("R2", "事業計画の実施状況と自己評価", "/reports/plan-result", query,
                PlanReports.missing(PlanReports.Kind.PLAN_RESULT, plan)));
        links.add(new ReportLink("R3", "事業計画の実施状況（一覧・1枚）", "/reports/plan-overview", query,
                PlanReports.missing(PlanReports.Kind.PLAN_OVERVIEW, plan)));
        String block = org.block().map(Enum::name).orElse("TOHOKU");
        links.add(new ReportLink("R4", "KPI実績の支部間比較（協会全体・ブロック）", "/reports/comparison",
                "year=" + fy.value() + "&block=" + block, Optional.empty()));
        links.add(new ReportLink("R5", "KPIの実施状況（中間・月末時点）", "/reports/interim",
                "branch=" + org.code().value(), summaries.interimMonths(org.code()).isEmpty()
                        ? Optional.of("中間実績がまだありません") : Optional.empty()));
        links.add(new ReportLink("R6", "KPI一覧表（設定に当たっての考え方）", "/reports/kpi-list", query,
                PlanReports.missing(PlanReports.Kind.KPI_LIST, plan)));
        links.add(new ReportLink("R7", "保険者機能強化予算の執行状況", "/reports/budget", query,
                budgets.table(org, fy).isPresent() ? Optional.empty() : Optional.of("予算執行の記録がありません")));
        model.addAttribute("organisation", org);
        model.addAttribute("organisations", Organisations.all().list());
        model.addAttribute("year", fy);
        model.addAttribute("fiscalYears", records.fiscalYears());
        model.addAttribute("links", links);
        return "reports/index";
    }
}
