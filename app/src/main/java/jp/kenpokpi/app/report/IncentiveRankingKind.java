package jp.kenpokpi.app.report;

import java.util.Optional;
import jp.kenpokpi.app.incentive.IncentiveRankingTable;
import jp.kenpokpi.app.incentive.IncentiveService;
import jp.kenpokpi.app.report.KpiSummaryReports.Format;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** インセンティブ制度の順位: a results year's ranking of the 47 branches (the page is /incentive). */
@Component
@Order(100)
class IncentiveRankingKind extends DeclaredReport {

    private final IncentiveService incentive;

    IncentiveRankingKind(IncentiveService incentive) {
        super("incentive", "インセンティブ制度の順位（47支部）", ReportParameter.YEAR);
        this.incentive = incentive;
    }

    /** The year asked for, else the newest results year the scheme can score. */
    public ReportQuery query(ReportRequest request) {
        return new ReportQuery(null, IncentiveReports.year(incentive, request), null, null);
    }

    public Optional<String> missingJa(ReportQuery query) {
        return IncentiveReports.missingJa(incentive, query.year());
    }

    public String unavailableJa(ReportQuery query, String missingJa) {
        return missingJa;
    }

    public ReportDocument document(ReportQuery query, Format format) {
        return new ReportDocument.Table(IncentiveRankingTable.of(incentive.score(query.year())));
    }
}
