package jp.kenpokpi.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kenpokpi.app.SampleDataTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Headquarters approves a branch's report and the branch is read-only, in a browser at both widths: Tochigi submits
 * its FY2025 上期実施状況, headquarters approves it, and Tochigi's interim page at a month of 上期 offers no entry link
 * and says why, while its month-end form offers no month of 上期.
 */
@SampleDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportFreezeBrowserIT {

    private static final String SUBMISSIONS = "/submissions?branch=09&year=2025";
    private static final String APPROVED = "栃木支部の令和7年度 上期実施状況は承認済のため変更できません";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void afterHeadquartersApprovesTheFirstHalfTheBranchSeesItsMonthEndsReadOnly() {
        // Tochigi's FY2025 reports start unstepped, whatever the sample data set.
        jdbc.sql("DELETE FROM submission_event WHERE org_code = '09' AND fiscal_year = 2025")
                .update();
        try (Browser tochigi = new Browser(port).width(1440);
                Browser honbu = new Browser(port).width(768)) {
            tochigi.signInAs("tochigi").open("/interim?branch=09&asOf=2025-06");
            assertThat(tochigi.findAll(By.cssSelector("#interim-table a.edit-link")))
                    .isNotEmpty();

            tochigi.open(SUBMISSIONS);
            tochigi.find(By.id("step-FIRST_HALF-SUBMIT")).click();
            assertThat(tochigi.waitFor(By.id("flash-message")).getText()).contains("上期実施状況を提出しました");

            honbu.signInAs("honbu").open(SUBMISSIONS);
            honbu.find(By.id("step-FIRST_HALF-APPROVE")).click();
            assertThat(honbu.waitFor(By.id("flash-message")).getText()).contains("承認しました");

            tochigi.open("/interim?branch=09&asOf=2025-06");
            assertThat(tochigi.find(By.id("freeze-notice")).getText()).startsWith(APPROVED);
            assertThat(tochigi.findAll(By.cssSelector("#interim-table a.edit-link")))
                    .isEmpty();
            assertThat(tochigi.findAll(By.cssSelector("#interim-table tbody tr")))
                    .isNotEmpty();
            tochigi.screenshot("freeze-interim-approved-1440");
            tochigi.width(768).screenshot("freeze-interim-approved-768");

            // A month end after 上期 stays open; its form names why the months of 上期 are not offered.
            tochigi.open("/interim/entry/LIFESTYLE_CHECKUP_RATE?branch=09&asOf=2025-10");
            assertThat(tochigi.find(By.id("freeze-notice")).getText()).startsWith(APPROVED);
            assertThat(tochigi.findAll(By.cssSelector("#entry-as-of option[value='2025-06']")))
                    .isEmpty();
            assertThat(tochigi.findAll(By.id("save"))).isNotEmpty();
            tochigi.screenshot("freeze-interim-entry-768");
            tochigi.width(1440).screenshot("freeze-interim-entry-1440");
        }
    }
}
