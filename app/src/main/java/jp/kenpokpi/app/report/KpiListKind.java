package jp.kenpokpi.app.report;

import jp.kenpokpi.app.summary.SummaryService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** R6 KPI一覧表: the plan's KPIs with 設定に当たっての考え方, offered only when the plan gives them. */
@Component
@Order(60)
class KpiListKind extends PlanReportKind {

    KpiListKind(PlanReports reports, SummaryService summaries) {
        super(reports, summaries, PlanReports.Kind.KPI_LIST, "R6", "KPI一覧表（設定に当たっての考え方）", "KPI一覧表", "KPI一覧表");
    }

    /** Tochigi's FY2023 plan gives no reasoning; Akita's FY2025 plan does. */
    public String usageJa() {
        return "--branch 05 --year 2025";
    }
}
