package jp.kenpokpi.app.comparison;

import static jp.kenpokpi.app.DemoUsers.as;
import static jp.kenpokpi.app.comparison.ComparisonPageCells.cell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.PageHtml;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.summary.SummaryService;
import jp.kenpokpi.period.FiscalYear;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The cross-branch comparison page against the Akita plan's reference table 「参考：令和５年度ＫＰＩ及び結果
 * （協会全体＋東北６県）」 (akita-fy2025-business-plan.txt l.833–975), values typed from the seed.
 */
@SampleDataTest
class ComparisonPageIT {

    private static final String CHECKUP = "LIFESTYLE_CHECKUP_RATE";

    @Autowired
    MockMvc mvc;

    @Autowired
    SummaryService summaries;

    /** The branch codes of the column headers, in order. */
    private static List<String> columns(String html) {
        return PageHtml.every(html, "<th scope=\"col\" data-branch=\"(\\d\\d)\">");
    }

    @Test
    void tohokuFy2023ShowsTheAssociationAndTheSixBranchesWithTheValuesOfTheAkitaReferenceTable() throws Exception {
        String html = DemoUsers.page(mvc, "/comparison?year=2023&block=TOHOKU", "honbu");
        assertThat(html).contains("支部比較 令和5年度（2023年度） 協会全体＋東北ブロック", "id=\"comparison-table\"");
        assertThat(columns(html)).containsExactly("00", "02", "03", "04", "05", "06", "07");
        assertThat(html)
                .containsSubsequence(
                        "協会全体</th>", "青森支部</th>", "岩手支部</th>", "宮城支部</th>", "秋田支部</th>", "山形支部</th>", "福島支部</th>");

        // l.940 ①生活習慣病予防健診受診率: 協会全体 63.9% / 57.7%, 秋田 55.7% / 56.8%, 宮城 73.3% / 74.7%.
        String akita = cell(html, "05", CHECKUP);
        assertThat(akita)
                .contains("class=\"cell achieved\"", ">55.7%<", ">56.8%<", "◎", "全体比 ▲0.9ポイント")
                .doesNotContain("架空");
        String association = cell(html, "00", CHECKUP);
        assertThat(association)
                .contains("class=\"cell missed\"", ">63.9%<", ">57.7%<", "△")
                .doesNotContain("全体比");
        assertThat(cell(html, "04", CHECKUP)).contains(">73.3%<", ">74.7%<", "全体比 +17.0ポイント");
        // l.942 ②事業者健診データ取得率: 福島 11.8% / 6.9%, missed.
        assertThat(cell(html, "07", "EMPLOYER_CHECKUP_DATA_RATE"))
                .contains("class=\"cell missed\"", ">11.8%<", ">6.9%<");
        // l.846 再審査レセプト1件当たりの査定額: 秋田 5,508円 / 9,604円, 8,472円 for the association: +1,132円.
        assertThat(cell(html, "05", "REREVIEW_AMOUNT_PER_CASE")).contains(">5,508円<", ">9,604円<", "全体比 +1,132円");
        // l.1025 健康宣言事業所数: a total, so no difference from the association's 94,740.
        assertThat(cell(html, "05", "HEALTH_DECLARATION_OFFICES"))
                .contains("1,631")
                .doesNotContain("全体比");
        assertThat(html).containsSubsequence("1.基盤的保険者機能", "2.戦略的保険者機能", "3.組織・運営体制");
    }

    @Test
    void theYearCanBeGivenInTheJapaneseEraAndTheBlockInAnyCase() throws Exception {
        String html = mvc.perform(get("/comparison")
                        .param("year", "令和5年度")
                        .param("block", "tohoku")
                        .with(as("etsuran"))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(columns(html)).containsExactly("00", "02", "03", "04", "05", "06", "07");
        assertThat(cell(html, "05", CHECKUP)).contains(">56.8%<");
        assertThat(html)
                .contains(
                        "<option value=\"TOHOKU\" selected=\"selected\">東北（6支部）</option>",
                        "<option value=\"2023\" selected=\"selected\">令和5年度（2023年度）</option>");
    }

    @Test
    void allBranchesMakeFortySevenBranchColumnsWithSyntheticValuesLabelled() throws Exception {
        String html = DemoUsers.page(mvc, "/comparison?year=2023&block=ALL", "honbu");
        List<String> columns = columns(html);
        assertThat(columns).hasSize(48).startsWith("00", "01", "02").endsWith("47");
        assertThat(html.split("data-kpi=\"" + CHECKUP + "\" data-status=", -1).length - 1)
                .isEqualTo(48);
        // Tokyo's FY2023 values are in no report: synthetic, and labelled so.
        assertThat(cell(html, "13", CHECKUP)).contains("class=\"synthetic-label\">架空</span>");
    }

    @Test
    void sortingByAKpiPutsTheBestBranchFirst() throws Exception {
        // l.940: 山形 82.6%, 宮城 74.7%, 福島 65.4%, 岩手 64.0%, 青森 63.2%, 秋田 56.8%.
        String html = DemoUsers.page(mvc, "/comparison?year=2023&block=TOHOKU&sort=" + CHECKUP, "honbu");
        assertThat(columns(html)).containsExactly("00", "06", "04", "07", "03", "02", "05");
        assertThat(html).contains("「生活習慣病予防健診実施率」の実績の高い順（良い順）", "id=\"sort-reset\"");
        // Every row follows the new column order.
        assertThat(html)
                .containsSubsequence(
                        "data-branch=\"06\" data-kpi=\"SS_ACHIEVEMENT\"",
                        "data-branch=\"05\" data-kpi=\"SS_ACHIEVEMENT\"");
        // The sorted KPI's own link now reverses the order.
        assertThat(html)
                .containsPattern("href=\"[^\"]*sort=" + CHECKUP + "&amp;dir=asc\"[^>]*data-sort=\"" + CHECKUP + "\"");

        String reversed =
                DemoUsers.page(mvc, "/comparison?year=2023&block=TOHOKU&sort=" + CHECKUP + "&dir=asc", "honbu");
        assertThat(columns(reversed)).containsExactly("00", "05", "02", "03", "07", "04", "06");
    }

    @Test
    void sortingByALowerIsBetterKpiPutsTheLowestFirst() throws Exception {
        // l.905 一者応札の割合 (lower is better): 青森, 岩手, 山形 0.0%; 宮城, 福島 7.2%; 秋田 12.5%.
        String html = DemoUsers.page(mvc, "/comparison?year=2023&block=TOHOKU&sort=SINGLE_BID_RATE", "honbu");
        assertThat(columns(html)).containsExactly("00", "02", "03", "06", "04", "07", "05");
    }

    @Test
    void sortingAllBranchesPutsTheBranchRankedFirstFirst() throws Exception {
        String html = DemoUsers.page(mvc, "/comparison?year=2023&block=ALL&sort=" + CHECKUP, "honbu");
        var ranking = summaries.ranking(FiscalYear.of(2023), CHECKUP).ranking();
        assertThat(columns(html).get(1)).isEqualTo(ranking.get(0).branch().value());
        assertThat(columns(html).get(47))
                .isEqualTo(ranking.get(ranking.size() - 1).branch().value());
    }

    @Test
    void aKpiOfAnotherYearLeavesTheColumnsInJisOrderWithANotice() throws Exception {
        // Sorted by 柔道整復 (until FY2023), then switched to FY2024: the page stays, unsorted.
        String html = DemoUsers.page(
                mvc, "/comparison?year=2024&block=TOHOKU&sort=JUDO_MULTI_FREQUENT_RATE&dir=asc", "honbu");
        assertThat(columns(html)).containsExactly("00", "02", "03", "04", "05", "06", "07");
        assertThat(html).contains("id=\"sort-ignored\"", "は令和6年度のKPIではないため、支部の列は都道府県コード順です。");
    }

    @Test
    void aBranchEditorStartsOnTheirBlockAndHeadquartersOnTohoku() throws Exception {
        assertThat(columns(DemoUsers.page(mvc, "/comparison", "tochigi")))
                .containsExactly("00", "08", "09", "10", "11", "12", "13", "14");
        assertThat(columns(DemoUsers.page(mvc, "/comparison", "honbu")))
                .containsExactly("00", "02", "03", "04", "05", "06", "07");
    }

    @Test
    void anUnknownBlockOrSortKpiIsNotFoundWithAJapaneseMessage() throws Exception {
        String message = DemoUsers.notFound(mvc, "/comparison?year=2023&block=ATLANTIS", "etsuran");
        assertThat(message).contains("ブロック「ATLANTIS」はありません");
        String sort = DemoUsers.notFound(mvc, "/comparison?year=2023&block=TOHOKU&sort=NO_SUCH_KPI", "etsuran");
        assertThat(sort).contains("KPIコード「NO_SUCH_KPI」はカタログにありません");
        mvc.perform(get("/comparison?year=2023&block=TOHOKU&sort=" + CHECKUP + "&dir=up")
                        .with(as("etsuran")))
                .andExpect(status().isBadRequest());
    }
}
