package jp.kenpokpi.app.report;

import java.util.List;
import java.util.function.Function;

/**
 * What a report is asked for: the web page's query parameter, the command line's option of the same meaning, the
 * value the usage shows, and how a query prints it in links and file names. Only a block has a default the command
 * line can use without a signed-in user (TOHOKU); the others must be given there.
 */
public record ReportParameter(
        String queryName,
        String optionName,
        String exampleJa,
        boolean requiredOnCommandLine,
        Function<ReportQuery, String> text) {

    public static final ReportParameter BRANCH = new ReportParameter(
            "branch", "branch", "09", true, q -> q.organisation().code().value());
    public static final ReportParameter YEAR = new ReportParameter(
            "year", "year", "2023", true, q -> String.valueOf(q.year().value()));
    public static final ReportParameter BLOCK = new ReportParameter(
            "block", "block", "TOHOKU|…|ALL", false, q -> q.scope().id());
    public static final ReportParameter AS_OF = new ReportParameter(
            "asOf", "as-of", "YYYY-MM|latest", true, q -> q.asOf().iso());

    /** Every parameter a report may take, in the order a query string names them. */
    public static final List<ReportParameter> ALL = List.of(BRANCH, YEAR, BLOCK, AS_OF);
}
