package jp.kenpokpi.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.security.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Sign-in and the dashboard in a real (headless) Chromium. */
@SampleDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardBrowserIT {

    @LocalServerPort
    int port;

    private Browser browser() {
        return new Browser(port);
    }

    @Test
    void theTochigiEditorSignsInAndSeesThePrintedMarksOfTheTochigiFy2023Dashboard() {
        try (Browser b = browser()) {
            b.signIn("tochigi", DemoAccounts.PASSWORD);
            b.waitFor(By.id("summary-table"));
            assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("栃木支部 令和5年度（2023年度） KPI実施状況");
            List<WebElement> rows = b.driver().findElements(By.cssSelector("#summary-table tbody tr"));
            assertThat(rows).hasSize(19);
            for (WebElement row : rows) {
                String computed =
                        row.findElement(By.cssSelector(".computed-mark")).getText();
                String printed =
                        row.findElement(By.cssSelector(".printed-mark")).getText();
                assertThat(computed).as(row.getAttribute("data-kpi")).isEqualTo(printed);
            }
            assertThat(b.find(By.cssSelector("#mark-counts li[data-mark=EXCEEDED] .count"))
                            .getText())
                    .isEqualTo("5");
            b.screenshot("dashboard-tochigi-2023");
        }
    }

    @Test
    void aWrongPasswordIsRefusedInJapanese() {
        try (Browser b = browser()) {
            b.signIn("tochigi", "not-the-password");
            assertThat(b.waitFor(By.id("login-error")).getText()).contains("ユーザー名またはパスワードが違います");
            b.screenshot("login-error");
        }
    }

    @Test
    void aViewerSeesNoEditControls() {
        try (Browser b = browser()) {
            b.signIn("etsuran", DemoAccounts.PASSWORD);
            b.open("/dashboard?branch=09&year=2023");
            b.waitFor(By.id("summary-table"));
            assertThat(b.driver().findElements(By.cssSelector(".edit-link"))).isEmpty();
            assertThat(b.driver().findElements(By.cssSelector("nav a[data-nav=import]")))
                    .isEmpty();
            b.screenshot("dashboard-viewer");
        }
    }

    @Test
    void signingOutReturnsToTheSignInPage() {
        try (Browser b = browser()) {
            b.signIn("honbu", DemoAccounts.PASSWORD);
            b.waitFor(By.id("logout")).click();
            assertThat(b.waitFor(By.id("logged-out")).getText()).contains("ログアウトしました");
        }
    }
}
