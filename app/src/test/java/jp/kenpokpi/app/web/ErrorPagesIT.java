package jp.kenpokpi.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.security.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 8 (12, 20): every error, from any layer, is the application's Japanese page: requests Tomcat refuses
 * before the application (raw HTTP, as a browser or a scanner sends them), and the application's own refusals
 * inside the normal layout with navigation and the sample-data banner.
 */
@SampleDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesIT {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/assets/..%2f..%2fapplication.properties",
                "/assets/%2e%2e%2f%2e%2e%2fapplication.properties",
                "/assets/..%5c..%5capplication.properties",
                "/assets/%2e%2e/kenpo.css"
            })
    void anEncodedPathTraversalIsRefusedWithTheJapanesePage(String path) throws IOException {
        String answer = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer)
                .contains("ページを表示できません", "ダッシュボードへ戻る", "charset=UTF-8", "/assets/kenpo.css")
                .doesNotContain("HTTP Status", "Bad Request", "Apache Tomcat", "spring.datasource");
    }

    @Test
    void aMalformedRequestLineGetsTheJapanesePageToo() throws IOException {
        String answer = raw("GET /dash board HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("ページを表示できません").doesNotContain("HTTP Status");
    }

    @Test
    void planEditWithoutItsParametersSaysWhichInJapaneseInsideTheLayout() throws Exception {
        HttpResponse<String> answer = get(signedIn("tochigi"), "/plan/edit");
        String page = answer.body();

        assertThat(answer.statusCode()).isEqualTo(400);

        assertThat(page)
                .contains(
                        "id=\"error-message\"",
                        "支部（branch）の指定が必要です",
                        "data-nav=\"dashboard\"",
                        "サンプルデータ",
                        "栃木支部 企画総務グループ（デモ）")
                .doesNotContain("Required parameter", "Bad Request");
    }

    @Test
    void aYearWithoutKpisIsRefusedSayingWhichYearsHoldData() throws Exception {
        HttpResponse<String> answer = get(signedIn("honbu"), "/dashboard?branch=09&year=1999");
        String page = answer.body();

        assertThat(answer.statusCode()).isEqualTo(404);

        assertThat(page)
                .contains("平成11年度（1999年度）にはKPIの定義がないため表示できません", "data-nav=\"dashboard\"", "データのある年度は")
                .doesNotContain("id=\"lock-year\"");
    }

    @Test
    void aYearWithoutDataSaysSoShowsItInTheYearSwitchAndOffersNoLock() throws Exception {
        HttpResponse<String> answer = get(signedIn("honbu"), "/dashboard?branch=09&year=2026");
        String page = answer.body();

        assertThat(answer.statusCode()).isEqualTo(200);

        assertThat(page)
                .contains("id=\"no-data-year\"", "栃木支部の令和8年度（2026年度）の目標・実績はまだありません")
                .containsPattern("<option value=\"2026\" selected=\"selected\">令和8年度（2026年度）</option>")
                .doesNotContain("id=\"lock-year\"");
    }

    @Test
    void anUnknownPageIsTheJapanesePageInsideTheLayout() throws Exception {
        HttpResponse<String> answer = get(signedIn("etsuran"), "/kpi/NO_SUCH_KPI");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body())
                .contains("ページを表示できません", "KPIコード「NO_SUCH_KPI」はカタログにありません", "data-nav=\"dashboard\"", "閲覧者（デモ）");
    }

    /**
     * Issue 9 (10), not an error page but the same path through Tomcat: a browser accepting gzip gets the 600 KB
     * 47-branch comparison compressed, and the static files (small, cached, the load test's baseline) as they are.
     */
    @Test
    void pagesAreSentGzippedToABrowserThatAcceptsIt() throws Exception {
        HttpClient client = signedIn("honbu");
        HttpResponse<byte[]> page = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/comparison?year=2023&block=ALL"))
                        .header("Accept", "text/html")
                        .header("Accept-Encoding", "gzip")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> css = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/assets/kenpo.css"))
                        .header("Accept-Encoding", "gzip")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).contains("gzip");
        String html = new String(
                new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(page.body())).readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(html).contains("北海道支部", "沖縄支部");
        assertThat(page.body().length).as("sent").isLessThan(html.getBytes(StandardCharsets.UTF_8).length / 5);
        assertThat(css.headers().firstValue("Content-Encoding")).isEmpty();
    }

    /** A client signed in through the sign-in form, as a browser is (the error pages are Tomcat's error dispatch). */
    private HttpClient signedIn(String username) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        String login = get(client, "/login").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).as("the sign-in form's CSRF token").isTrue();
        String form = "username=" + username + "&password=" + DemoAccounts.PASSWORD + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return client;
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** One request on a socket of its own, its whole answer as text. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
