package jp.kenpokpi.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.security.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The pages of the whole application, signed in as each demo account. */
@SampleDataTest
class WebPagesIT {

    @Autowired
    MockMvc mvc;

    static RequestPostProcessor as(String username) {
        return DemoUsers.as(username);
    }

    @Test
    void aDemoAccountSignsInWithItsPasswordAndAWrongPasswordIsRefused() throws Exception {
        mvc.perform(formLogin().user("tochigi").password(DemoAccounts.PASSWORD)).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin().user("tochigi").password("wrong")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void withoutSigningInEveryPageLeadsToTheSignInPage() throws Exception {
        mvc.perform(get("/dashboard")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(login).contains("ログイン", "ユーザー名", "パスワード", "_csrf");
    }

    @Test
    void theTochigiEditorLandsOnTheTochigiFy2023DashboardWithTheMarksOfTheReport() throws Exception {
        String html = DemoUsers.page(mvc, "/dashboard", "tochigi");
        assertThat(html).contains("栃木支部 令和5年度（2023年度） KPI実施状況", "生活習慣病予防健診実施率", "71.7%以上", "72.2%");
        assertThat(html)
                .containsPattern(
                        "data-mark=\"EXCEEDED\">\\s*<span class=\"mark\">◎</span> <span class=\"count\">5</span>");
        assertThat(html)
                .containsPattern(
                        "data-mark=\"AS_PLANNED\">\\s*<span class=\"mark\">○</span> <span class=\"count\">8</span>");
        assertThat(html)
                .containsPattern(
                        "data-mark=\"BELOW_PLAN\">\\s*<span class=\"mark\">△</span> <span class=\"count\">6</span>");
        assertThat(html).contains("class=\"edit-link\"");
    }

    @Test
    void filteringByGroupShowsOnlyThatGroupsKpis() throws Exception {
        String html = DemoUsers.page(mvc, "/dashboard?branch=09&year=2023&group=保健", "etsuran");
        assertThat(html.split("<tr data-kpi=", -1).length - 1).isEqualTo(6);
        assertThat(html).contains("生活習慣病予防健診実施率").doesNotContain("一般競争入札に占める一者応札案件の割合");
    }

    @Test
    void aViewerSeesNoEditControlsAndABranchEditorNoneOnAnotherBranch() throws Exception {
        assertThat(DemoUsers.page(mvc, "/dashboard?branch=09&year=2023", "etsuran"))
                .doesNotContain("edit-link", "取込</a>");
        assertThat(DemoUsers.page(mvc, "/dashboard?branch=13&year=2023", "tochigi"))
                .doesNotContain("edit-link");
        assertThat(DemoUsers.page(mvc, "/dashboard?branch=13&year=2023", "honbu"))
                .contains("edit-link");
    }

    @Test
    void syntheticValuesAreLabelled架空CellByCellAndTochigisRealTableCarriesNoSuchLabel() throws Exception {
        String label = "class=\"synthetic-label\">架空</span>";
        String akita = DemoUsers.page(mvc, "/dashboard?branch=05&year=2023", "etsuran");
        assertThat(akita.split(label, -1).length - 1).isGreaterThan(30);
        String tochigi = DemoUsers.page(mvc, "/dashboard?branch=09&year=2023", "etsuran");
        assertThat(tochigi.split(label, -1).length - 1).as("only the legend").isEqualTo(1);
    }

    @Test
    void tochigisDashboardFollowsThe項番OfItsPlanAndKeepsThemWhenFiltered() throws Exception {
        String html = DemoUsers.page(mvc, "/dashboard?branch=09&year=2023", "etsuran");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "data-kpi=\"([A-Z_]+)\"[^>]*>\\s*<td class=\"item\">\\((\\d+)\\)")
                .matcher(html);
        java.util.List<String> rows = new java.util.ArrayList<>();
        while (m.find()) rows.add(m.group(2) + " " + m.group(1));
        assertThat(rows)
                .hasSize(19)
                .startsWith("1 SS_ACHIEVEMENT", "2 MAIL_APPLICATION_RATE", "3 JUDO_MULTI_FREQUENT_RATE")
                .contains("8 DEPENDENT_CONFIRMATION_RATE")
                .endsWith("19 SINGLE_BID_RATE");
        assertThat(rows.indexOf("8 DEPENDENT_CONFIRMATION_RATE")).isEqualTo(7);
        String health = DemoUsers.page(mvc, "/dashboard?branch=09&year=2023&group=保健", "etsuran");
        assertThat(health).contains("<td class=\"item\">(9)</td>").doesNotContain("<td class=\"item\">(1)</td>");
    }

    @Test
    void aNationalAverageComputedFromSyntheticBranchesIsLabelled架空AndAPrintedOneIsNot() throws Exception {
        // A computed 全国平均 carries 算 before 架空 (issue 8, point 7: one rule for a value's labels).
        String nationalWithLabel =
                "(?s).*<td class=\"national\"[^>]*><span>[^<]+</span>\\s*(<span class=\"computed-label\">算</span>)?<span class=\"synthetic-label\">架空</span>.*";
        assertThat(DemoUsers.page(mvc, "/dashboard?branch=13&year=2024", "etsuran"))
                .matches(nationalWithLabel);
        // Tochigi FY2023 prints its own 全国平均 (99.99%, 95.6%, …): real, no label.
        assertThat(DemoUsers.page(mvc, "/dashboard?branch=09&year=2023", "etsuran"))
                .doesNotMatch(nationalWithLabel)
                .contains("<td class=\"national\" title=\"支部の報告書に記載の全国平均\"><span>99.99%</span>");
    }

    @Test
    void theBranchListShowsEveryBranchAndFiscalYear() throws Exception {
        String html = DemoUsers.page(mvc, "/branches", "etsuran");
        assertThat(html).contains("栃木支部", "沖縄支部", "協会全体", "令和5年度（2023年度）", "令和7年度");
    }

    @Test
    void anUnknownBranchGetsAJapaneseErrorPageWithoutAStackTrace() throws Exception {
        String message = DemoUsers.notFound(mvc, "/dashboard?branch=99", "etsuran");
        assertThat(message).contains("支部コード「99」はありません");
    }

    @Test
    void theHealthEndpointAnswersWithoutSigningIn() throws Exception {
        String body = mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).contains("UP");
    }
}
