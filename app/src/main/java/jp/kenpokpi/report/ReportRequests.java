package jp.kenpokpi.report;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.report.KpiSummaryReports.Format;
import jp.kenpokpi.summary.SummaryService;
import jp.kenpokpi.web.CurrentUser;
import jp.kenpokpi.web.WebParameters;

/** What the report controllers read from a request the same way. */
final class ReportRequests {

    private ReportRequests() {
    }

    /** The format a download's path ends in (.xlsx, .pdf, .html); the mappings list only these. */
    static Format format(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return Format.parse(uri.substring(uri.lastIndexOf('.') + 1)).orElseThrow();
    }

    /** The year asked for (a blank one is none), else the organisation's latest year with data. */
    static FiscalYear year(Optional<String> year, OrgCode organisation, SummaryService summaries) {
        return year.filter(y -> !y.isBlank()).map(WebParameters::fiscalYear)
                .orElseGet(() -> summaries.defaultYear(organisation));
    }

    /** A branch editor starts on their branch; headquarters and viewers on the association, as on the dashboard. */
    static Organisation organisation(Optional<String> branch) {
        return WebParameters.organisation(branch.filter(b -> !b.isBlank()).orElseGet(
                () -> CurrentUser.get().branch().orElse(OrgCode.ASSOCIATION).value()));
    }
}
