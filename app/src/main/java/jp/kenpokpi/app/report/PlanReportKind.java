package jp.kenpokpi.app.report;

import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.summary.SummaryService;
import jp.kenpokpi.plan.BusinessPlan;
import jp.kenpokpi.report.ReportTable;

/**
 * A report drawn from a branch's business plan (R2, R3, R6), on the one page template that says 「事業計画はまだ
 * 登録されていません」 or why the plan does not make this report; {@link PlanReports#missing} is the rule.
 */
abstract class PlanReportKind extends DeclaredTableReport {

    private final PlanReports reports;
    private final SummaryService summaries;
    private final PlanReports.Kind kind;

    PlanReportKind(
            PlanReports reports,
            SummaryService summaries,
            PlanReports.Kind kind,
            String number,
            String nameJa,
            String navJa,
            String bookSectionJa) {
        super(kind.id(), number, nameJa, navJa, bookSectionJa, ReportParameter.BRANCH, ReportParameter.YEAR);
        this.reports = reports;
        this.summaries = summaries;
        this.kind = kind;
    }

    public ReportQuery query(ReportRequest request) {
        return request.branchYear(summaries);
    }

    public Optional<String> missingJa(ReportQuery query) {
        return PlanReports.missing(kind, plan(query));
    }

    public ReportTable table(ReportQuery query) {
        return reports.table(
                kind, query.organisation(), query.year(), plan(query).orElseThrow());
    }

    public String template() {
        return "reports/plan-report";
    }

    public boolean pageExplainsMissing() {
        return true;
    }

    /** Whether there is a plan at all: the page then asks for one to be imported. */
    public void addPageModel(ReportQuery query, Map<String, Object> model) {
        model.put("planned", plan(query).isPresent());
    }

    private Optional<BusinessPlan> plan(ReportQuery query) {
        return reports.plan(query.organisation(), query.year());
    }
}
