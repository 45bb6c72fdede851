package jp.kenpokpi.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import jp.kenpokpi.app.SampleDataTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A branch editor makes an API token from their account page (1440 px), a script uses it, and the editor revokes it
 * from the list (768 px): the token shows once, the list never shows it, and a revoked token is refused.
 */
@SampleDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiTokenBrowserIT {

    @LocalServerPort
    int port;

    /** What the API answers a script sending the token (a write it may not make with a read token: 403). */
    private int apiStatus(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/results/09/2024/LIFESTYLE_CHECKUP_RATE"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"actual\":\"66.0%\"}"))
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void aTokenIsMadeShownOnceUsedAndRevoked() throws Exception {
        String token;
        try (Browser b = new Browser(port).width(1440).signInAs("tochigi")) {
            b.open("/account");
            b.find(By.id("api-tokens")).click();
            b.waitFor(By.id("token-form"));
            b.type(By.id("name"), "支部の集計シート");
            new Select(b.find(By.id("scope"))).selectByValue("READ");
            new Select(b.find(By.id("lifetimeDays"))).selectByValue("30");
            b.screenshot("api-token-1440-form");
            b.find(By.id("create-token")).click();
            token = b.waitFor(By.id("api-token")).getText();
            assertThat(token).startsWith("kk_");
            b.screenshot("api-token-1440-created");

            assertThat(apiStatus(token)).as("a read token's write").isEqualTo(403);

            b.open("/account/tokens");
            String list = b.find(By.id("token-list")).getText();
            assertThat(list).contains("支部の集計シート", "読み取り", "有効").doesNotContain(token);
        }
        try (Browser b = new Browser(port).width(768).signInAs("tochigi")) {
            b.open("/account/tokens");
            b.find(By.cssSelector("button.revoke-token")).click();
            b.driver().switchTo().alert().accept();
            assertThat(b.waitFor(By.id("flash-message")).getText()).contains("失効させました");
            assertThat(b.find(By.cssSelector("td.token-state")).getText()).isEqualTo("失効");
            b.screenshot("api-token-768-revoked");
        }
        assertThat(apiStatus(token)).as("a revoked token").isEqualTo(401);
    }
}
