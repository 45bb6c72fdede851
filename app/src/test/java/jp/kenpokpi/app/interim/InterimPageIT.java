package jp.kenpokpi.app.interim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.PageHtml;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.summary.SummaryService;
import jp.kenpokpi.organisation.OrgCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The interim status page against headquarters' FY2021 first-half report (hq-fy2021-first-half-status.txt,
 * KPI table l.1190–1471 and (1)ⅰ l.562–566), values typed from the seed.
 */
@SampleDataTest
class InterimPageIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    SummaryService summaries;

    private static String row(String html, String kpi) {
        return PageHtml.find(html, "<tr data-kpi=\"" + kpi + "\">.*?</tr>", "row " + kpi);
    }

    private static List<String> monthOptions(String html) {
        String select = PageHtml.find(html, "<select name=\"asOf\" id=\"as-of\".*?</select>", "the month picker");
        return PageHtml.every(select, "<option value=\"(\\d{4}-\\d{2})\"");
    }

    @Test
    void theAssociationAtSeptember2021ShowsTheHeadquartersReportsValues() throws Exception {
        String html = DemoUsers.page(mvc, "/interim?branch=00&asOf=2021-09", "honbu");
        assertThat(html).contains("協会全体 令和3年度（2021年度） 中間実績（令和3年9月末時点）", "id=\"interim-table\"");
        // l.562–566: 21.5％ at the end of September, 17.7％ a year before, 51.0% as last year's final.
        String checkup = row(html, "LIFESTYLE_CHECKUP_RATE");
        // Shown at the one display formatting (half-width digits and %, issue 8 point 9).
        assertThat(checkup)
                .containsSubsequence("58.5%以上", ">21.5%<", "（令和3年9月末時点）", ">17.7%<", "（令和2年9月末時点）", ">51.0%<");
        assertThat(checkup).doesNotContain("架空", ">算<");
        // l.1206: サービススタンダード 99.99％ taken at the end of August, against 99.52% for FY2020.
        assertThat(row(html, "SS_ACHIEVEMENT")).containsSubsequence(">99.99%<", "（令和3年8月末時点）", ">99.52%<");
        // Issue 8 (14): headings say 令和3年度, not R3年度.
        assertThat(html)
                .contains("<th>前年同月末時点</th>", "前年度最終結果（令和2年度末）", ">令和3年度 目標<")
                .doesNotContain("R2年度", "R3年度");
    }

    /** Issue 8 (16): headquarters opens on its own report's month, not on the newest month of sample values. */
    @Test
    void headquartersOpensOnTheLatestMonthWithRealValuesAndASyntheticMonthSaysSo() throws Exception {
        String opened = DemoUsers.page(mvc, "/interim", "honbu");
        assertThat(opened).contains("中間実績（令和3年9月末時点）").doesNotContain("id=\"synthetic-period\"");

        String latest = DemoUsers.page(mvc, "/interim?branch=00&asOf=latest", "honbu");
        assertThat(latest).doesNotContain("令和3年9月末時点）</h1>");
        assertThat(latest).contains("id=\"synthetic-period\"", "の実績はすべて架空の値（サンプルデータ）です");
    }

    @Test
    void valuesFormedFromTheBranchesAreMarkedComputedAndSynthetic() throws Exception {
        String html = DemoUsers.page(mvc, "/interim?branch=00&asOf=2021-09", "honbu");
        // The report prints no association value for 被扶養者資格の確認書: formed from the (synthetic) branches.
        String row = row(html, "DEPENDENT_CONFIRMATION_RATE");
        assertThat(row)
                .containsSubsequence(
                        "<td class=\"latest\">",
                        ">91.8%<",
                        "class=\"computed-label\"",
                        ">算<",
                        "class=\"synthetic-label\">架空<");
    }

    @Test
    void theMonthPickerListsOnlyMonthsWithInterimData() throws Exception {
        String html = DemoUsers.page(mvc, "/interim?branch=00&asOf=2021-09", "honbu");
        List<String> months = monthOptions(html);
        assertThat(months).contains("2021-09", "2021-08", "2021-06", "2020-09").doesNotContain("2021-07", "2021-10");
        assertThat(months).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(html).contains("<option value=\"2021-09\" selected=\"selected\">令和3年9月末時点</option>");
        // A branch's months are its own: Tochigi has synthetic September values only.
        assertThat(monthOptions(DemoUsers.page(mvc, "/interim?branch=09", "honbu")))
                .allMatch(m -> m.endsWith("-09"));
    }

    @Test
    void latestAndNoMonthBothOpenOnTheNewestMonthWithData() throws Exception {
        String latest = summaries.latestAsOf(OrgCode.ASSOCIATION).orElseThrow().iso();
        assertThat(monthOptions(DemoUsers.page(mvc, "/interim?branch=00&asOf=latest", "honbu")))
                .first()
                .isEqualTo(latest);
        assertThat(DemoUsers.page(mvc, "/interim?branch=00&asOf=latest", "honbu"))
                .contains("<option value=\"" + latest + "\" selected=\"selected\">");
        // Issue 8 (16): no month opens on headquarters' own report (the latest month with real values), not on the
        // newest month, which holds only sample values.
        assertThat(DemoUsers.page(mvc, "/interim", "honbu"))
                .contains(
                        "<option value=\"2021-09\" selected=\"selected\">",
                        "<option value=\"00\" selected=\"selected\">00 協会全体</option>");
    }

    @Test
    void aBranchEditorStartsOnTheirBranchWithSyntheticValuesLabelled() throws Exception {
        String html = DemoUsers.page(mvc, "/interim", "tochigi");
        assertThat(html).contains("<option value=\"09\" selected=\"selected\">09 栃木支部</option>");
        assertThat(row(html, "LIFESTYLE_CHECKUP_RATE")).contains("class=\"synthetic-label\">架空</span>");
    }

    @Test
    void aChangedDefinitionIsNotedAndItsPriorYearIsNotComparable() throws Exception {
        String row = row(DemoUsers.page(mvc, "/interim?branch=09&asOf=2024-09", "tochigi"), "LIFESTYLE_CHECKUP_RATE");
        assertThat(row).contains("令和6年度に定義変更：前年度の値は比較不可", ">比較不可<");
    }

    @Test
    void anUnreadableMonthIsNotFoundWithAJapaneseMessage() throws Exception {
        String message = DemoUsers.notFound(mvc, "/interim?branch=00&asOf=2021-13", "etsuran");
        assertThat(message).contains("時点「2021-13」は読めません");
    }
}
