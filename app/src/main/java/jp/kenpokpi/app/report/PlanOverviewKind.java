package jp.kenpokpi.app.report;

import jp.kenpokpi.app.summary.SummaryService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** R3 事業計画の実施状況（一覧）: the plan on one page with marks and 課題. */
@Component
@Order(50)
class PlanOverviewKind extends PlanReportKind {

    PlanOverviewKind(PlanReports reports, SummaryService summaries) {
        super(reports, summaries, PlanReports.Kind.PLAN_OVERVIEW, "R3", "事業計画の実施状況（一覧・1枚）", "実施状況一覧", "実施状況一覧");
    }
}
