package jp.kenpokpi.app.report;

import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.budget.BudgetRepository;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.report.BudgetExecutionReport;
import jp.kenpokpi.report.ReportTable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** R7 保険者機能強化予算の執行状況 of a branch's year; none where no budget was imported. */
@Component
@Order(90)
class BudgetKind extends DeclaredTableReport {

    private final BudgetRepository budgets;

    BudgetKind(BudgetRepository budgets) {
        super("budget", "R7", "保険者機能強化予算の執行状況", "予算執行状況", "予算執行状況", ReportParameter.BRANCH, ReportParameter.YEAR);
        this.budgets = budgets;
    }

    /** A branch editor starts on their branch, others on Tochigi; the newest year with a budget unless one is asked. */
    public ReportQuery query(ReportRequest request) {
        Organisation organisation = request.organisation(UserAccount.BRANCH_WITH_SEED_PLAN);
        return ReportQuery.branchYear(
                organisation,
                request.year(() -> budgets.years(organisation.code()).stream()
                        .findFirst()
                        .orElseThrow(() -> new ReportUnavailableException(organisation.nameJa() + "の予算執行データはありません"))));
    }

    public Optional<String> missingJa(ReportQuery query) {
        return budgets.find(query.organisation().code(), query.year()).isPresent()
                ? Optional.empty()
                : Optional.of("予算執行の記録がありません");
    }

    public String unavailableJa(ReportQuery query, String missingJa) {
        return query.organisation().nameJa() + "の" + query.year().japanese() + "の" + missingJa;
    }

    public ReportTable table(ReportQuery query) {
        return BudgetExecutionReport.of(
                budgets.find(query.organisation().code(), query.year()).orElseThrow(), query.organisation());
    }

    /** The page offers only the years with a budget, newest first. */
    public void addPageModel(ReportQuery query, Map<String, Object> model) {
        model.put("fiscalYears", budgets.years(query.organisation().code()));
    }
}
