package jp.kenpokpi.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.notices.NoticeFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * お知らせ in a browser at 1440 and 768 px: headquarters returns 栃木's 上期 report with a comment, the daily check
 * finds a deadline near; 栃木's editor sees the bell's count, reads the list, follows a notice to its page (read),
 * marks the rest read, and sets an e-mail address.
 */
@SampleDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NoticesBrowserIT {

    private static final String REPORTS = "/submissions?branch=09&year=2025";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void theBellCountsTheListLinksToThePageAndEverythingCanBeMarkedRead() {
        try (Browser tochigi = new Browser(port).width(1440);
                Browser honbu = new Browser(port).width(1440)) {
            tochigi.signInAs("tochigi").open(REPORTS);
            tochigi.find(By.id("step-FIRST_HALF-SUBMIT")).click();
            tochigi.waitFor(By.id("flash-message"));
            honbu.signInAs("honbu").open(REPORTS);
            honbu.type(By.cssSelector("#report-FIRST_HALF textarea[name=comment]"), "9月末の受診者数を確認してください");
            honbu.find(By.id("step-FIRST_HALF-RETURN")).click();
            honbu.waitFor(By.id("flash-message"));
            assertThat(honbu.find(By.id("notice-count")).getText())
                    .as("the submission reached headquarters")
                    .isEqualTo("1");
            NoticeFixtures.deadlineCheck(context, LocalDate.of(2025, 6, 26));

            tochigi.open("/dashboard");
            assertThat(tochigi.find(By.id("notice-count")).getText()).isEqualTo("2");
            assertThat(tochigi.find(By.id("notice-bell")).getAttribute("title")).isEqualTo("未読のお知らせが2件あります");
            tochigi.screenshot("notices-bell-1440");
            tochigi.width(768).screenshot("notices-bell-768");

            tochigi.find(By.id("notice-bell")).click();
            tochigi.waitFor(By.id("notifications"));
            assertThat(tochigi.findAll(By.cssSelector("ul.notices li.unread"))).hasSize(2);
            assertThat(tochigi.find(By.cssSelector("ul.notices")).getText())
                    .contains("差戻し", "コメント：9月末の受診者数を確認してください", "期限間近", "まであと4日です");
            tochigi.screenshot("notices-list-768");
            tochigi.width(1440).screenshot("notices-list-1440");

            tochigi.find(By.xpath("//ul[@class='notices']//button[contains(., '差戻しされました')]"))
                    .click();
            tochigi.waitFor(By.id("report-FIRST_HALF"));
            assertThat(tochigi.driver().getCurrentUrl()).endsWith(REPORTS);
            assertThat(tochigi.find(By.id("notice-count")).getText()).isEqualTo("1");

            tochigi.open("/notifications");
            assertThat(tochigi.findAll(By.cssSelector("ul.notices li.unread"))).hasSize(1);
            tochigi.find(By.id("read-all")).click();
            assertThat(tochigi.waitFor(By.id("flash-message")).getText()).isEqualTo("1件のお知らせを既読にしました");
            assertThat(tochigi.findAll(By.id("notice-count"))).isEmpty();
            assertThat(tochigi.findAll(By.cssSelector("ul.notices li.unread"))).isEmpty();

            tochigi.find(By.id("notice-settings")).click();
            tochigi.type(By.id("email"), "tochigi@");
            tochigi.find(By.id("save")).click();
            assertThat(tochigi.waitFor(By.id("email-error")).getText())
                    .startsWith("メールアドレス：「tochigi@」はメールアドレスとして読み取れません");
            tochigi.width(768).screenshot("notices-settings-error-768");
            tochigi.type(By.id("email"), "tochigi@kenpo.example.jp");
            tochigi.find(By.id("digest-true")).click();
            tochigi.find(By.id("save")).click();
            assertThat(tochigi.waitFor(By.id("flash-message")).getText()).isEqualTo("お知らせの設定を保存しました");
            assertThat(tochigi.find(By.id("digest-true")).isSelected()).isTrue();
        }
    }
}
