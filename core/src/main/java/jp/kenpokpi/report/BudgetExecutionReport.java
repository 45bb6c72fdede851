package jp.kenpokpi.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jp.kenpokpi.budget.BudgetAmounts;
import jp.kenpokpi.budget.BudgetCategory;
import jp.kenpokpi.budget.BudgetExecution;
import jp.kenpokpi.budget.BudgetItem;
import jp.kenpokpi.budget.BudgetSection;
import jp.kenpokpi.budget.ExecutionRate;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.report.ReportTable.Group;
import jp.kenpokpi.report.ReportTable.Heading;
import jp.kenpokpi.value.Unit;

/**
 * Report R7: a branch's 保険者機能強化予算の執行状況, in the layout of the Tochigi FY2023 report's last tables — one
 * block per budget, each category first as its 小計 row and then its items, and the budget's 総計 last. Amounts are
 * yen numbers and rates percent numbers with one decimal, so that Excel can compute with them. A cell cannot carry a
 * style, so over-execution is said in words in the 備考 column, which every medium prints.
 */
public final class BudgetExecutionReport {

    /** Column keys, in the report's order; not "item", which R1's print rules centre (its 項番). */
    public static final String CATEGORY = "category",
            ITEM = "initiative",
            BUDGET = "budget",
            EXECUTED = "executed",
            RATE = "rate",
            NOTE = "note";

    public static final String SUBTOTAL = "小計", TOTAL = "総計", OVER_EXECUTED = "予算超過";

    private BudgetExecutionReport() {}

    public static ReportTable of(BudgetExecution budget, Organisation organisation) {
        List<Heading> headings = List.of(
                new Heading(CATEGORY, 14, "分野"),
                new Heading(ITEM, 34, "主な取組"),
                new Heading(BUDGET, 10, "予算額（円）"),
                new Heading(EXECUTED, 10, "執行額（円）"),
                new Heading(RATE, 6, "執行率"),
                new Heading(NOTE, 6, "備考"));
        List<Group> groups = new ArrayList<>();
        int n = 0;
        for (BudgetSection section : budget.sections()) {
            n++;
            List<List<ReportCell>> rows = new ArrayList<>();
            java.util.Set<Integer> totals = new java.util.HashSet<>();
            for (BudgetCategory category : section.categories()) {
                totals.add(rows.size());
                rows.add(row(category.nameJa(), SUBTOTAL, category.subtotal(), category.synthetic()));
                for (BudgetItem item : category.items()) {
                    rows.add(row("", item.label() + " " + item.nameJa(), item.amounts(), item.synthetic()));
                }
            }
            totals.add(rows.size());
            rows.add(row(TOTAL, "", section.total(), section.synthetic()));
            groups.add(new Group(KpiSummaryReport.fullWidth(n) + "．" + section.nameJa() + "の執行実績", rows, totals));
        }
        List<String> footer =
                List.of("執行率は執行額÷予算額を小数第1位で四捨五入したものです。", "小計・総計は取組の金額の合計です。" + OVER_EXECUTED + "：執行額が予算額を上回っています。");
        return ReportTable.withHeadings(
                budget.year().japanese() + " " + organisation.nameJa() + " 保険者機能強化予算の執行状況", headings, groups, footer);
    }

    private static List<ReportCell> row(String category, String item, BudgetAmounts amounts, boolean synthetic) {
        return List.of(
                new ReportCell.Text(category, false),
                new ReportCell.Text(item, false),
                yen(amounts.budget(), synthetic),
                yen(amounts.executed(), synthetic),
                amounts.rate()
                        .<ReportCell>map(r -> rate(r, synthetic))
                        .orElseGet(() -> new ReportCell.Text("—", false)),
                new ReportCell.Text(amounts.overExecuted() ? OVER_EXECUTED : "", false));
    }

    private static ReportCell yen(long amount, boolean synthetic) {
        return new ReportCell.Number(BigDecimal.valueOf(amount), Unit.YEN, 0, synthetic);
    }

    private static ReportCell rate(ExecutionRate rate, boolean synthetic) {
        return new ReportCell.Number(rate.percent(), Unit.PERCENT, ExecutionRate.DECIMALS, synthetic);
    }
}
