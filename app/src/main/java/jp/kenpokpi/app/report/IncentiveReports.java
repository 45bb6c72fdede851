package jp.kenpokpi.app.report;

import java.util.Optional;
import jp.kenpokpi.app.incentive.IncentiveService;
import jp.kenpokpi.period.FiscalYear;

/** What the incentive scheme's two reports share: the default year and why a year cannot be scored. */
final class IncentiveReports {

    private IncentiveReports() {}

    static FiscalYear year(IncentiveService incentive, ReportRequest request) {
        return request.year(() ->
                incentive.latestYear().orElseThrow(() -> new ReportUnavailableException("インセンティブ制度で採点できる実績の年度がありません")));
    }

    static Optional<String> missingJa(IncentiveService incentive, FiscalYear year) {
        try {
            incentive.score(year);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
