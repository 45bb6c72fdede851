package jp.kenpokpi.app.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.kenpokpi.app.report.CouncilReports.Scope;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;

/**
 * A report's parameters with their defaults filled in; null where the report does not take one (R4 names no
 * branch, R5 no year). Its texts make the report's links and file names.
 */
public record ReportQuery(Organisation organisation, FiscalYear year, Scope scope, AsOf asOf) {

    public static ReportQuery branchYear(Organisation organisation, FiscalYear year) {
        return new ReportQuery(organisation, year, null, null);
    }

    /** A parameter as a link or a file name carries it: 09, 2023, TOHOKU, 2021-09. */
    public String text(ReportParameter parameter) {
        return parameter.text().apply(this);
    }

    /** branch=09&year=2023: the query string of the report's page and downloads. */
    public String queryString(List<ReportParameter> parameters) {
        return parameters.stream().map(p -> p.queryName() + "=" + text(p)).collect(Collectors.joining("&"));
    }

    /** 栃木支部 令和5年度: whom and when a message about the report speaks of. */
    public String subjectJa() {
        String who = organisation == null ? "" : organisation.nameJa() + " ";
        return who + (year != null ? year.japanese() : asOf != null ? asOf.japanese() : "");
    }

    /** What a report page's filters and links read (organisation, year, scope, asOf), the ones it has. */
    Map<String, Object> attributes() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        if (organisation != null) attributes.put("organisation", organisation);
        if (year != null) attributes.put("year", year);
        if (scope != null) attributes.put("scope", scope);
        if (asOf != null) attributes.put("asOf", asOf);
        return attributes;
    }
}
