package jp.kenpokpi.app.comparison;

import jp.kenpokpi.app.PageHtml;

/** Reading the comparison page's table in tests: one branch's cell of one KPI. */
public final class ComparisonPageCells {

    private ComparisonPageCells() {}

    /** One cell of the table: its opening tag and content; the page must have it. */
    public static String cell(String html, String branch, String kpi) {
        return PageHtml.find(
                html,
                "<td [^>]*data-branch=\"" + branch + "\" data-kpi=\"" + kpi + "\"[^>]*>.*?</td>",
                "comparison cell " + branch + "/" + kpi);
    }
}
