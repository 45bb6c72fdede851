package jp.kenpokpi.app.report;

import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.summary.SummaryService;
import jp.kenpokpi.app.web.WebParameters;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.report.ReportTable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** R5 KPIの実施状況（中間）: a branch's latest results as of a month end, as headquarters reports the half year. */
@Component
@Order(80)
class InterimKind extends DeclaredTableReport {

    private final CouncilReports reports;
    private final SummaryService summaries;

    InterimKind(CouncilReports reports, SummaryService summaries) {
        super("interim", "R5", "KPIの実施状況（中間・月末時点）", "中間実績", null, ReportParameter.BRANCH, ReportParameter.AS_OF);
        this.reports = reports;
        this.summaries = summaries;
    }

    /**
     * "latest" and no month both mean the newest month with data (the interim page, asked for no month, opens on the
     * newest month with real values instead); none when there is none.
     */
    public ReportQuery query(ReportRequest request) {
        Organisation organisation = request.organisation(OrgCode.ASSOCIATION);
        AsOf asOf = request.get(ReportParameter.AS_OF)
                .map(a -> summaries.monthAsked(organisation.code(), a, WebParameters::asOf))
                .orElseGet(() -> summaries.latestAsOf(organisation.code()))
                .orElse(null);
        return new ReportQuery(organisation, null, null, asOf);
    }

    public Optional<String> missingJa(ReportQuery query) {
        return query.asOf() == null ? Optional.of("中間実績がまだありません") : Optional.empty();
    }

    public String unavailableJa(ReportQuery query, String missingJa) {
        return query.organisation().nameJa() + "の中間実績はまだありません";
    }

    public ReportTable table(ReportQuery query) {
        return reports.interim(query.organisation(), query.asOf());
    }

    public void addPageModel(ReportQuery query, Map<String, Object> model) {
        model.put("months", summaries.interimMonths(query.organisation().code()));
    }
}
