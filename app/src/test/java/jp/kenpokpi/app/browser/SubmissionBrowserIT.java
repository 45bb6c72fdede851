package jp.kenpokpi.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kenpokpi.app.SampleDataTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 提出・承認 in a browser, at both widths: headquarters reopens Tochigi's FY2023 plan (approved in the sample data),
 * Tochigi submits it complete again, headquarters returns it with a
 * reason, Tochigi reads the reason and submits again, headquarters approves, and the branch is left with no step.
 */
@SampleDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SubmissionBrowserIT {

    private static final String PAGE = "/submissions?branch=09&year=2023";
    private static final By PLAN = By.id("report-PLAN");

    @LocalServerPort
    int port;

    @Test
    void aBranchSubmitsHeadquartersReturnsWithAReasonTheBranchResubmitsAndHeadquartersApproves() {
        try (Browser tochigi = new Browser(port).width(1440);
                Browser honbu = new Browser(port).width(768)) {
            // The sample data has approved this plan (sampledata/SampleCycle): headquarters reopens it first.
            honbu.signInAs("honbu").open(PAGE);
            assertThat(honbu.find(PLAN).getAttribute("data-state")).isEqualTo("APPROVED");
            honbu.type(By.cssSelector("#report-PLAN textarea[name=comment]"), "目標の見直しのため再開します");
            honbu.find(By.id("step-PLAN-REOPEN")).click();
            assertThat(honbu.waitFor(By.id("flash-message")).getText()).contains("再開しました");

            tochigi.signInAs("tochigi").open(PAGE);
            assertThat(tochigi.find(PLAN).getText()).contains("事業計画・目標", "入力中", "提出に必要な項目はそろっています");
            tochigi.find(By.id("step-PLAN-SUBMIT")).click();
            assertThat(tochigi.waitFor(By.id("flash-message")).getText()).isEqualTo("栃木支部 令和5年度の事業計画・目標を提出しました");
            assertThat(tochigi.find(PLAN).getAttribute("data-state")).isEqualTo("SUBMITTED");
            assertThat(tochigi.findAll(By.cssSelector("#report-PLAN button"))).isEmpty();
            tochigi.screenshot("submission-submitted-1440");

            honbu.open(PAGE);
            honbu.type(By.cssSelector("#report-PLAN textarea[name=comment]"), "（9）の目標の考え方を補ってください");
            honbu.screenshot("submission-return-768");
            honbu.find(By.id("step-PLAN-RETURN")).click();
            assertThat(honbu.waitFor(By.id("flash-message")).getText()).contains("差戻ししました");

            tochigi.open(PAGE);
            assertThat(tochigi.find(PLAN).getText()).contains("差戻し", "（9）の目標の考え方を補ってください");
            tochigi.width(768).screenshot("submission-returned-768");
            tochigi.find(By.id("step-PLAN-SUBMIT")).click();
            tochigi.waitFor(By.id("flash-message"));

            honbu.width(1440).open(PAGE);
            honbu.find(By.id("step-PLAN-APPROVE")).click();
            assertThat(honbu.waitFor(By.id("flash-message")).getText()).contains("承認しました");
            honbu.screenshot("submission-approved-1440");

            tochigi.open("/submissions/board?year=2023");
            assertThat(tochigi.find(By.cssSelector("tr[data-branch='09'] td[data-kind=PLAN]"))
                            .getAttribute("data-state"))
                    .isEqualTo("APPROVED");
            tochigi.open(PAGE);
            assertThat(tochigi.find(PLAN).getText()).contains("承認済", "承認済のため変更できません");
            assertThat(tochigi.findAll(By.cssSelector("#report-PLAN button"))).isEmpty();
        }
    }
}
