package jp.kenpokpi.app.report;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import jp.kenpokpi.app.summary.SummaryService;
import jp.kenpokpi.app.web.CurrentUser;
import jp.kenpokpi.app.web.WebParameters;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.period.FiscalYear;

/**
 * A report asked for, before its defaults are filled in: the parameters as typed (a blank one is none) and the
 * asking user's own branch, which the defaults start from. The page, the downloads, the reports index and the
 * command line all ask this way.
 */
public record ReportRequest(Map<ReportParameter, String> given, Optional<OrgCode> ownBranch) {

    public ReportRequest {
        given = Map.copyOf(given);
    }

    /** A request of the signed-in user, from a page's or download's query parameters. */
    public static ReportRequest ofQuery(Map<String, String> query) {
        Map<ReportParameter, String> given = new HashMap<>();
        for (ReportParameter p : ReportParameter.ALL) {
            String value = query.get(p.queryName());
            if (value != null) given.put(p, value);
        }
        return new ReportRequest(given, CurrentUser.find().flatMap(jp.kenpokpi.app.security.UserAccount::branch));
    }

    /** A branch's year asked for as such (the reports index, the branch's book), the rest left to each report. */
    public static ReportRequest forBranchYear(Organisation organisation, FiscalYear year, Optional<OrgCode> ownBranch) {
        return new ReportRequest(
                Map.of(
                        ReportParameter.BRANCH,
                        organisation.code().value(),
                        ReportParameter.YEAR,
                        String.valueOf(year.value())),
                ownBranch);
    }

    public Optional<String> get(ReportParameter parameter) {
        return Optional.ofNullable(given.get(parameter)).filter(v -> !v.isBlank());
    }

    /** The branch asked for, else the user's own branch, else {@code fallback}. */
    public Organisation organisation(OrgCode fallback) {
        return WebParameters.organisation(get(ReportParameter.BRANCH)
                .orElseGet(() -> ownBranch.orElse(fallback).value()));
    }

    /** A branch's year: the branch asked for or the user's own or the association; the year asked for or its latest. */
    public ReportQuery branchYear(SummaryService summaries) {
        Organisation organisation = organisation(OrgCode.ASSOCIATION);
        return ReportQuery.branchYear(organisation, year(() -> summaries.defaultYear(organisation.code())));
    }

    /** The year asked for, else {@code fallback} (usually the organisation's latest year with data). */
    public FiscalYear year(Supplier<FiscalYear> fallback) {
        return get(ReportParameter.YEAR).map(WebParameters::fiscalYear).orElseGet(fallback);
    }
}
