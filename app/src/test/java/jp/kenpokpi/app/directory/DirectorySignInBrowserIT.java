package jp.kenpokpi.app.directory;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.browser.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Directory sign-in as a person sees it in a real (headless) Chromium, at 1440 and 768 px. */
@SampleDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectorySignInBrowserIT {

    private static final TestDirectory DIRECTORY = TestDirectory.start();

    @DynamicPropertySource
    static void directory(DynamicPropertyRegistry properties) {
        DIRECTORY.configure(properties);
    }

    @AfterAll
    static void stopDirectory() {
        DIRECTORY.close();
    }

    @LocalServerPort
    int port;

    @Test
    void aUserInNoGroupOfTheApplicationReadsWhyOnTheSignInPage() {
        for (int width : new int[] {1440, 768}) {
            try (Browser b = new Browser(port).width(width)) {
                b.signIn("soumu", TestDirectory.PASSWORD);
                assertThat(b.waitFor(By.id("login-error")).getText())
                        .contains("「soumu」はディレクトリで確認できましたが", "に属していないため、ログインできません");
                b.screenshot("directory-sign-in-refused-" + width);
            }
        }
    }

    @Test
    void theSaitamaDirectoryUserSignsInUnderTheirNameAndHeadquartersSeesTheAccountInTheAuditLog() {
        try (Browser b = new Browser(port).width(1440)) {
            b.signIn("saitama-tanto", TestDirectory.PASSWORD);
            b.waitFor(By.id("summary-table"));
            assertThat(b.pageSource()).contains("埼玉支部 企画総務グループ 鈴木 一郎・支部担当者");
            b.screenshot("directory-sign-in-saitama");
        }
        for (int width : new int[] {1440, 768}) {
            try (Browser b = new Browser(port).width(width)) {
                b.signIn("honbu", jp.kenpokpi.app.security.DemoAccounts.PASSWORD);
                b.open("/audit?source=DIRECTORY");
                assertThat(b.waitFor(By.tagName("main")).getText()).contains("アカウント", "ディレクトリ", "埼玉支部 企画総務グループ 鈴木 一郎");
                b.screenshot("directory-account-audit-" + width);
            }
        }
    }
}
