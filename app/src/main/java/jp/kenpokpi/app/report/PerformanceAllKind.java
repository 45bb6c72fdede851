package jp.kenpokpi.app.report;

import java.util.Optional;
import jp.kenpokpi.app.performance.PerformanceService;
import jp.kenpokpi.app.report.KpiSummaryReports.Format;
import jp.kenpokpi.app.summary.SummaryService;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.report.PerformanceReport;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** 支部業績評価 of all branches: headquarters' table of the 47 branches' 偏差値 and ranks (/performance?view=all). */
@Component
@Order(130)
class PerformanceAllKind extends DeclaredReport {

    private final PerformanceService performance;
    private final SummaryService summaries;

    PerformanceAllKind(PerformanceService performance, SummaryService summaries) {
        super("performance-all", "支部業績評価（全支部一覧: KPIごとの偏差値と順位、強みと弱みの数）", ReportParameter.YEAR);
        this.performance = performance;
        this.summaries = summaries;
    }

    public ReportQuery query(ReportRequest request) {
        return new ReportQuery(null, request.year(() -> summaries.defaultYear(OrgCode.ASSOCIATION)), null, null);
    }

    @Override
    public Optional<String> missingJa(ReportQuery query) {
        return performance.year(query.year()).distributions().isEmpty()
                ? Optional.of("年度末の実績がどの支部にもないため、評価できるKPIがありません")
                : Optional.empty();
    }

    public ReportDocument document(ReportQuery query, Format format) {
        return new ReportDocument.Table(PerformanceReport.allBranches(performance.year(query.year())));
    }
}
