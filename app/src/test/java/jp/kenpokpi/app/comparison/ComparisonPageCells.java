package jp.kenpokpi.app.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the comparison page's table in tests: one branch's cell of one KPI. */
public final class ComparisonPageCells {

    private ComparisonPageCells() {}

    /** One cell of the table: its opening tag and content; the page must have it. */
    public static String cell(String html, String branch, String kpi) {
        Matcher m = Pattern.compile(
                        "<td [^>]*data-branch=\"" + branch + "\" data-kpi=\"" + kpi + "\"[^>]*>.*?</td>",
                        Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as("comparison cell %s/%s", branch, kpi).isTrue();
        return m.group();
    }
}
