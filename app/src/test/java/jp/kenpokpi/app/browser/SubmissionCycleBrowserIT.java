package jp.kenpokpi.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.List;
import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.importing.ImportForms;
import jp.kenpokpi.app.plan.PlanFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A year-end report through its cycle in a browser: Tochigi's FY2025 年度実績・自己評価 lacks only the narratives of
 * its missed targets; the branch writes all but one, the page lists the last with its link and the report cannot be
 * submitted; the branch follows the link, writes it and submits; headquarters approves, and the branch then finds
 * the report approved with no step, the year locked and its entry pages refused.
 */
@SampleDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SubmissionCycleBrowserIT {

    private static final String PAGE = "/submissions?branch=09&year=2025";
    private static final By YEAR_END = By.id("report-YEAR_END");
    private static final By NARRATIVE_LINKS = By.cssSelector("#report-YEAR_END ul.missing li[data-what=NARRATIVE] a");

    /** A plan for the year (test data, 架空): one measure with its 実施状況 and self-evaluation, no KPI of its own. */
    private static final String PLAN = PlanFixture.HEADER
            + "09,2025,measure,基盤的保険者機能,1,企画総務,健全な財政運営,,,,・財政状況を説明する。,支部評議会で財政状況を説明した。,,,,B,"
            + "計画どおり実施した。,,,テスト用の計画（架空）\n";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    /** The plan comes in as the branch imports one on the import page: the report then lacks only narratives. */
    @BeforeEach
    void tochigiImportsItsPlanForTheYear() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String preview = DemoUsers.submit(
                mvc,
                ImportForms.preview(ImportForms.csv("plan.csv", PLAN))
                        .param("kind", "plan")
                        .session(session),
                "tochigi",
                status().isOk());
        DemoUsers.send(
                        mvc,
                        ImportForms.apply(ImportForms.token(preview))
                                .param("kind", "plan")
                                .session(session),
                        "tochigi")
                .andExpect(redirectedUrl("/import"));
    }

    @Test
    void aMissingNarrativeIsListedWithItsLinkBlocksTheSubmissionAndOnceWrittenTheReportIsSubmittedApprovedAndReadOnly()
            throws Exception {
        try (Browser tochigi = new Browser(port).width(1440);
                Browser honbu = new Browser(port).width(768)) {
            // The sample cycle as headquarters finds it: 上期 submitted by six branches, Tochigi's returned.
            honbu.signInAs("honbu").width(1440).open("/submissions/board?year=2025");
            assertThat(honbu.find(By.cssSelector("tr[data-branch='13'] td[data-kind=FIRST_HALF]"))
                            .getAttribute("data-state"))
                    .isEqualTo("SUBMITTED");
            assertThat(honbu.find(By.cssSelector("tr[data-branch='09'] td[data-kind=FIRST_HALF]"))
                            .getAttribute("data-state"))
                    .isEqualTo("RETURNED");
            honbu.screenshot("cycle-sample-board-1440");
            honbu.width(768);

            tochigi.signInAs("tochigi").open(PAGE);
            List<String> links = hrefs(tochigi.findAll(NARRATIVE_LINKS));
            assertThat(links)
                    .as("the missed targets of Tochigi's synthetic FY2025")
                    .hasSizeGreaterThan(1);
            assertThat(tochigi.findAll(By.cssSelector("#report-YEAR_END ul.missing li")))
                    .hasSameSizeAs(links);

            // Every narrative but the last, written on the entry form the link opens.
            for (String link : links.subList(0, links.size() - 1)) writeNarrative(tochigi.open(link));

            tochigi.open(PAGE);
            assertThat(tochigi.find(YEAR_END).getText()).contains("年度実績・自己評価", "入力中", "未入力の項目: 1件");
            WebElement last = tochigi.find(NARRATIVE_LINKS);
            assertThat(last.getText()).contains("目標を達成していないため、取組内容と達成できなかった理由を入力してください");
            assertThat(tochigi.findAll(By.id("step-YEAR_END-SUBMIT"))).isEmpty();
            tochigi.screenshot("cycle-narrative-missing-1440");
            // The page offers no 提出; the step sent anyway is refused, naming what is missing.
            assertThat(DemoUsers.submit(
                            mvc,
                            MockMvcRequestBuilders.post("/submissions/09/2025/YEAR_END/SUBMIT"),
                            "tochigi",
                            status().isConflict()))
                    .contains("未入力の項目が1件あるため提出できません");

            last.click();
            tochigi.waitFor(By.id("entry-form"));
            tochigi.screenshot("cycle-narrative-entry-1440");
            writeNarrative(tochigi);

            tochigi.open(PAGE);
            assertThat(tochigi.find(YEAR_END).getText()).contains("提出に必要な項目はそろっています");
            tochigi.find(By.id("step-YEAR_END-SUBMIT")).click();
            assertThat(tochigi.waitFor(By.id("flash-message")).getText()).isEqualTo("栃木支部 令和7年度の年度実績・自己評価を提出しました");
            assertThat(tochigi.find(YEAR_END).getAttribute("data-state")).isEqualTo("SUBMITTED");
            tochigi.screenshot("cycle-submitted-1440");

            honbu.open(PAGE);
            honbu.find(By.id("step-YEAR_END-APPROVE")).click();
            assertThat(honbu.waitFor(By.id("flash-message")).getText()).contains("承認しました");
            honbu.screenshot("cycle-approved-768");

            tochigi.width(768).open(PAGE);
            assertThat(tochigi.find(YEAR_END).getAttribute("data-state")).isEqualTo("APPROVED");
            assertThat(tochigi.find(YEAR_END).getText()).contains("承認済", "承認済のため変更できません");
            assertThat(tochigi.findAll(By.cssSelector("#report-YEAR_END button")))
                    .isEmpty();
            tochigi.screenshot("cycle-read-only-768");

            tochigi.open("/dashboard?branch=09&year=2025");
            assertThat(tochigi.find(By.id("lock-notice")).getText()).contains("栃木支部 令和7年度は本部が確定（ロック）しています");
            assertThat(tochigi.findAll(By.cssSelector("#summary-table a.edit-link")))
                    .isEmpty();
            tochigi.screenshot("cycle-dashboard-locked-768");
            tochigi.open(links.get(0));
            assertThat(tochigi.waitFor(By.id("forbidden-message")).getText()).contains("令和7年度");
            tochigi.width(1440).screenshot("cycle-entry-refused-1440");
        }
    }

    private static List<String> hrefs(List<WebElement> links) {
        return links.stream()
                .map(a -> URI.create(a.getAttribute("href")))
                .map(u -> u.getRawPath() + "?" + u.getRawQuery())
                .toList();
    }

    /** On an open entry form: the reason the target was missed (test text), saved. */
    private static void writeNarrative(Browser b) {
        b.waitFor(By.id("entry-form"));
        b.type(By.id("narrative"), "（テスト）事業所への勧奨を続けたが、目標に届かなかった。");
        b.find(By.id("save")).click();
        assertThat(b.waitFor(By.id("flash-message")).getText()).contains("実績を保存しました");
    }
}
