package jp.kenpokpi.app.report;

import java.util.Optional;
import jp.kenpokpi.app.incentive.IncentiveService;
import jp.kenpokpi.app.incentive.IncentiveSheetTable;
import jp.kenpokpi.app.report.KpiSummaryReports.Format;
import jp.kenpokpi.app.security.UserAccount;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** インセンティブ制度の支部シート: a branch's sub-items, scores and gap to the reward line (the page is /incentive/09). */
@Component
@Order(110)
class IncentiveSheetKind extends DeclaredReport {

    private final IncentiveService incentive;

    IncentiveSheetKind(IncentiveService incentive) {
        super("incentive-branch", "インセンティブ制度の支部シート", ReportParameter.BRANCH, ReportParameter.YEAR);
        this.incentive = incentive;
    }

    /** The branch asked for, else the user's own, else Tochigi; the year asked for, else the newest scored. */
    public ReportQuery query(ReportRequest request) {
        return ReportQuery.branchYear(
                request.organisation(UserAccount.BRANCH_WITH_SEED_PLAN), IncentiveReports.year(incentive, request));
    }

    public Optional<String> missingJa(ReportQuery query) {
        if (query.organisation().code().isAssociation()) {
            return Optional.of("協会全体はインセンティブ制度の順位の対象ではありません（支部コード01〜47を指定してください）");
        }
        return IncentiveReports.missingJa(incentive, query.year());
    }

    public String unavailableJa(ReportQuery query, String missingJa) {
        return missingJa;
    }

    public ReportDocument document(ReportQuery query, Format format) {
        return new ReportDocument.Table(IncentiveSheetTable.of(
                incentive.score(query.year()), query.organisation().code()));
    }
}
