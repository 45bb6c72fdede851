package jp.kenpokpi.app.report;

import java.util.Optional;
import jp.kenpokpi.app.performance.PerformanceService;
import jp.kenpokpi.app.report.KpiSummaryReports.Format;
import jp.kenpokpi.app.summary.SummaryService;
import jp.kenpokpi.report.PerformanceReport;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** 支部業績評価 of a branch: its KPIs against all branches, its strengths and weaknesses in words (/performance). */
@Component
@Order(120)
class PerformanceBranchKind extends DeclaredReport {

    private final PerformanceService performance;
    private final SummaryService summaries;

    PerformanceBranchKind(PerformanceService performance, SummaryService summaries) {
        super(
                "performance-branch",
                "支部業績評価（支部: 順位・偏差値・中央値と上位25%との差、強みと弱み）",
                ReportParameter.BRANCH,
                ReportParameter.YEAR);
        this.performance = performance;
        this.summaries = summaries;
    }

    public ReportQuery query(ReportRequest request) {
        return request.branchYear(summaries);
    }

    @Override
    public Optional<String> missingJa(ReportQuery query) {
        if (query.organisation().isAssociation()) {
            return Optional.of("支部業績評価は支部ごとです。支部コード（01〜47）を指定してください");
        }
        if (performance.year(query.year()).distributions().isEmpty()) {
            return Optional.of("年度末の実績がどの支部にもないため、評価できるKPIがありません");
        }
        return Optional.empty();
    }

    public ReportDocument document(ReportQuery query, Format format) {
        return new ReportDocument.Table(PerformanceReport.branch(
                performance.year(query.year()), query.organisation().code()));
    }
}
