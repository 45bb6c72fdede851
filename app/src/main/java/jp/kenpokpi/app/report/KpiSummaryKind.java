package jp.kenpokpi.app.report;

import jp.kenpokpi.app.summary.SummaryService;
import jp.kenpokpi.report.ReportTable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** R1 事業計画実施状況（概要）: the Tochigi table of a branch's year, first in its book. */
@Component
@Order(30)
class KpiSummaryKind extends DeclaredTableReport {

    private final KpiSummaryReports reports;
    private final SummaryService summaries;

    KpiSummaryKind(KpiSummaryReports reports, SummaryService summaries) {
        super(
                "kpi-summary",
                "R1",
                "事業計画実施状況（概要）",
                "KPI実施状況（概要）",
                "KPI実施状況",
                ReportParameter.BRANCH,
                ReportParameter.YEAR);
        this.reports = reports;
        this.summaries = summaries;
    }

    public ReportQuery query(ReportRequest request) {
        return request.branchYear(summaries);
    }

    public ReportTable table(ReportQuery query) {
        return reports.table(query.organisation(), query.year());
    }
}
