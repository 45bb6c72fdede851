package jp.kenpokpi.app.report;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import jp.kenpokpi.app.plan.PlanRepository;
import jp.kenpokpi.app.summary.SummaryService;
import jp.kenpokpi.evaluation.MarkPolicies;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.plan.BusinessPlan;
import jp.kenpokpi.report.KpiListReport;
import jp.kenpokpi.report.PlanOverviewReport;
import jp.kenpokpi.report.PlanResultReport;
import jp.kenpokpi.report.PlanResults;
import jp.kenpokpi.report.ReportTable;
import jp.kenpokpi.summary.SummaryRow;
import org.springframework.stereotype.Service;

/**
 * The reports drawn from a branch's business plan — R2 (plan vs result), R3 (one-page overview), R6 (KPI list) —
 * joined with the same summary rows as R1 and the dashboard, so that a mark reads the same everywhere.
 */
@Service
public class PlanReports {

    /**
     * A plan report: its address on the site and in file names, and how it is built; its names and number are the
     * registry's ({@link PlanReportKind}).
     */
    public enum Kind {
        PLAN_RESULT(
                "plan-result",
                (p, c) -> PlanResultReport.of(new PlanResults(p.plan(), p.rows()), c.organisation(), c.year())),
        PLAN_OVERVIEW(
                "plan-overview",
                (p, c) -> PlanOverviewReport.of(new PlanResults(p.plan(), p.rows()), c.organisation(), c.year())),
        KPI_LIST("kpi-list", (p, c) -> KpiListReport.of(p.plan(), p.rows(), c.organisation(), c.year()));

        private final String id;
        private final BiFunction<PlanData, Context, ReportTable> builder;

        Kind(String id, BiFunction<PlanData, Context, ReportTable> builder) {
            this.id = id;
            this.builder = builder;
        }

        public String id() {
            return id;
        }
    }

    private record PlanData(BusinessPlan plan, List<SummaryRow> rows) {}

    private record Context(Organisation organisation, FiscalYear year) {}

    private final PlanRepository plans;
    private final SummaryService summaries;

    public PlanReports(PlanRepository plans, SummaryService summaries) {
        this.plans = plans;
        this.summaries = summaries;
    }

    public Optional<BusinessPlan> plan(Organisation organisation, FiscalYear year) {
        return plans.find(organisation.code(), year);
    }

    /** Every branch's plan for the year, read at once (the 47-branch book). */
    public java.util.Map<jp.kenpokpi.organisation.OrgCode, BusinessPlan> plans(FiscalYear year) {
        return plans.findAll(year);
    }

    /** What the reports index says of a plan report when the branch has no plan for the year. */
    public static final String NO_PLAN_JA = "事業計画が未登録です（取込の「事業計画」から登録）";

    /**
     * Why the report is not offered for this plan, or empty when it is: no plan, or for R6 a plan without a single
     * 設定に当たっての考え方. One rule for the reports index, the report's page and download, and the book.
     */
    public static Optional<String> missing(Kind kind, Optional<BusinessPlan> plan) {
        if (plan.isEmpty()) return Optional.of(NO_PLAN_JA);
        return kind == Kind.KPI_LIST ? KpiListReport.missingReason(plan.get()) : Optional.empty();
    }

    /** The report, or empty when it is {@link #missing}. Marks as R1 judges them (目標を上回れば◎). */
    public Optional<ReportTable> table(Kind kind, Organisation organisation, FiscalYear year) {
        Optional<BusinessPlan> plan = plan(organisation, year);
        if (missing(kind, plan).isPresent()) return Optional.empty();
        return plan.map(p -> table(kind, organisation, year, p));
    }

    /** With the plan already read (the book draws three reports from one plan). */
    public ReportTable table(Kind kind, Organisation organisation, FiscalYear year, BusinessPlan plan) {
        return kind.builder.apply(
                new PlanData(plan, summaries.branchYear(organisation.code(), year, MarkPolicies.EXCEEDS)),
                new Context(organisation, year));
    }
}
