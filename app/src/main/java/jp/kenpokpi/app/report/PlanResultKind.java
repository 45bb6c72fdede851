package jp.kenpokpi.app.report;

import jp.kenpokpi.app.summary.SummaryService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** R2 事業計画の実施状況と自己評価: each measure's plan, what was done and its S–D beside its KPIs. */
@Component
@Order(40)
class PlanResultKind extends PlanReportKind {

    PlanResultKind(PlanReports reports, SummaryService summaries) {
        super(reports, summaries, PlanReports.Kind.PLAN_RESULT, "R2", "事業計画の実施状況と自己評価", "実施状況と自己評価", "実施状況と自己評価");
    }
}
