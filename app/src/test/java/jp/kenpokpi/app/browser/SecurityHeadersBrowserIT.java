package jp.kenpokpi.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jp.kenpokpi.app.SampleDataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 11: under the Content-Security-Policy (no inline script), the main pages at 1440 and 768 px report no
 * violation in Chromium's console, and what inline handlers used to do still happens from /assets/forms.js: a filter
 * applies when chosen, the budget's branch choice leaves its year out, a lock asks first and a "no" keeps the year
 * open. Screenshots: target/screenshots/csp-*.png.
 */
@SampleDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersBrowserIT {

    @LocalServerPort
    int port;

    /** Name for the screenshot, address. */
    private static final List<List<String>> PAGES = List.of(
            List.of("dashboard", "/dashboard?branch=09&year=2023"),
            List.of("comparison", "/comparison?year=2023&block=TOHOKU"),
            List.of("interim", "/interim?branch=00&asOf=2021-09"),
            List.of("kpi-detail", "/kpi/LIFESTYLE_CHECKUP_RATE?branch=09&year=2023"),
            List.of("plan", "/plan?branch=09&year=2023"),
            List.of("plan-measure", "/plan/measure?branch=09&year=2023&area=CORE&measure=2"),
            List.of("budget", "/budget?branch=09&year=2023"),
            List.of("entry", "/entry/LIFESTYLE_CHECKUP_RATE?branch=09&year=2023"),
            List.of("import", "/import"),
            List.of("reports", "/reports?branch=09&year=2023"),
            List.of("report-comparison", "/reports/comparison?year=2023&block=TOHOKU"),
            List.of("submissions", "/submissions?branch=09&year=2023"),
            List.of("targets", "/targets?year=2025&block=TOHOKU"),
            List.of("target-proposals", "/targets/proposals?year=2025"),
            List.of("audit", "/audit"),
            List.of("account-sessions", "/account/sessions"));

    @ParameterizedTest
    @ValueSource(ints = {768, 1440})
    void theMainPagesRunUnderThePolicyWithoutAViolation(int width) {
        List<String> violations = new ArrayList<>();
        try (Browser b = new Browser(port).width(width)) {
            b.open("/login");
            b.waitFor(By.id("username"));
            violations.addAll(violations("login", b.consoleLog()));
            b.screenshot("csp-" + width + "-login");
            b.signInAs("honbu");
            b.waitFor(By.cssSelector("main"));
            for (List<String> page : PAGES) {
                b.open(page.get(1));
                b.waitFor(By.cssSelector("main"));
                if (page.get(0).equals("kpi-detail")) {
                    // The charts drawn by ECharts, and a tooltip (markup with style attributes) shown over the trend.
                    b.waitUntil(d -> b.script("return document.querySelector('#trend-chart canvas') !== null;"));
                    new Actions(b.driver())
                            .moveToElement(b.find(By.id("trend-chart")))
                            .perform();
                }
                b.screenshot("csp-" + width + "-" + page.get(0));
                violations.addAll(violations(page.get(0), b.consoleLog()));
            }
        }
        assertThat(violations)
                .as("Content-Security-Policy violations in the console at " + width + " px")
                .isEmpty();
    }

    /**
     * Issue 12: the API's browsable document (springdoc's Swagger UI, /swagger-ui.html) loads under the same policy:
     * its scripts are files (swagger-initializer.js included), it draws the document's Japanese title and an
     * operation opens, with no violation in the console. Screenshots: target/screenshots/csp-*-swagger-ui*.png.
     */
    @ParameterizedTest
    @ValueSource(ints = {768, 1440})
    void theApisDocumentPageRunsUnderThePolicyWithoutAViolation(int width) {
        try (Browser b = new Browser(port).width(width).signInAs("etsuran")) {
            b.open("/swagger-ui.html");
            // Swagger UI loads a large bundle and the document (generated at its first request): longer than a page
            // of ours on a busy machine, so its own waits are longer than Browser's 10 s.
            WebDriverWait slow = new WebDriverWait(b.driver(), Duration.ofSeconds(60));
            slow.until(d -> b.script("var t = document.querySelector('.swagger-ui .info .title');"
                    + " return t !== null && t.textContent.indexOf('健保KPI管理システム API') >= 0;"));
            b.screenshot("csp-" + width + "-swagger-ui");
            // An operation opens on a click of its summary (again, if the click came while the page still rendered).
            By operation = By.cssSelector("#operations-評価-evaluations .opblock-summary-control");
            By open = By.cssSelector("#operations-評価-evaluations.is-open");
            By parameters = By.cssSelector("#operations-評価-evaluations .parameters");
            slow.until(d -> {
                if (!b.findAll(parameters).isEmpty()) return true;
                if (b.findAll(open).isEmpty()) b.find(operation).click();
                return false;
            });
            assertThat(b.find(By.cssSelector("#operations-評価-evaluations")).getText())
                    .contains("評価（ダッシュボードの行）", "組織コード（00 協会、01〜47 支部）");
            b.screenshot("csp-" + width + "-swagger-ui-operation");
            assertThat(violations("swagger-ui", b.consoleLog()))
                    .as("Content-Security-Policy violations in the console at " + width + " px")
                    .isEmpty();
        }
    }

    private static List<String> violations(String page, List<String> console) {
        return console.stream()
                .filter(m -> m.contains("Content Security Policy")
                        || m.contains("Content-Security-Policy")
                        || m.contains("Permissions-Policy")
                        || m.contains("Refused to"))
                .map(m -> page + ": " + m)
                .toList();
    }

    @Test
    void theFormsBehaveAsTheirInlineHandlersDid() {
        try (Browser b = new Browser(port).signInAs("honbu")) {
            // A filter applies as soon as it is chosen.
            b.open("/dashboard?branch=09&year=2023");
            new Select(b.find(By.id("area"))).selectByIndex(1);
            b.waitUntil(d -> d.getCurrentUrl().contains("area="));

            // The budget's branch choice leaves the year out: the new branch opens on its own latest year.
            // (A branch without a budget is offered beside those with one: from 秋田's empty year back to 栃木.)
            b.open("/budget?branch=05&year=2023");
            new Select(b.find(By.id("branch"))).selectByValue("09");
            b.waitUntil(d -> d.getCurrentUrl().contains("branch=09"));
            assertThat(b.driver().getCurrentUrl()).doesNotContain("year=");

            // Locking asks first; "no" leaves the year open, "yes" locks it.
            b.open("/dashboard?branch=09&year=2022");
            b.find(By.id("lock-year")).click();
            Alert question = b.waitUntil(ExpectedConditions.alertIsPresent());
            assertThat(question.getText()).startsWith("栃木支部の令和4年度を確定（ロック）します。");
            question.dismiss();
            assertThat(b.findAll(By.id("unlock-year"))).isEmpty();
            assertThat(b.find(By.id("lock-year")).isDisplayed()).isTrue();
            b.find(By.id("lock-year")).click();
            b.waitUntil(ExpectedConditions.alertIsPresent()).accept();
            b.waitFor(By.id("unlock-year"));
            b.screenshot("csp-lock-confirmed");
            assertThat(violations("dashboard", b.consoleLog())).isEmpty();
        }
    }
}
