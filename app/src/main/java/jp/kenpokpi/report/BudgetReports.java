package jp.kenpokpi.report;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import jp.kenpokpi.budget.BudgetRepository;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.report.KpiSummaryReports.Format;

/** Report R7 (保険者機能強化予算の執行状況) for a branch's year, and its renderings; none where no budget was imported. */
@Service
public class BudgetReports {

    private final BudgetRepository budgets;

    public BudgetReports(BudgetRepository budgets) {
        this.budgets = budgets;
    }

    public Optional<ReportTable> table(Organisation organisation, FiscalYear year) {
        return budgets.find(organisation.code(), year).map(b -> BudgetExecutionReport.of(b, organisation));
    }

    /** The years with a budget, newest first: the page offers only these. */
    public List<FiscalYear> years(Organisation organisation) {
        return budgets.years(organisation.code());
    }

    /** budget-09-2023.pdf */
    public static String fileName(Organisation organisation, FiscalYear year, Format format) {
        return "budget-" + organisation.code().value() + "-" + year.value() + "." + format.extension();
    }
}
