package jp.kenpokpi.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.security.SecurityHeaders;
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
        // Issue 11: the security headers, though no filter of the application saw the request.
        assertThat(answer)
                .contains(
                        "Content-Security-Policy: " + SecurityHeaders.PAGE_POLICY,
                        "X-Frame-Options: DENY",
                        "X-Content-Type-Options: nosniff",
                        "Referrer-Policy: strict-origin-when-cross-origin");
    }

    @Test
    void aMalformedRequestLineGetsTheJapanesePageToo() throws IOException {
        String answer = raw("GET /dash board HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("ページを表示できません").doesNotContain("HTTP Status");
    }

    @Test
    void planEditWithoutItsParametersSaysWhichInJapaneseInsideTheLayout() throws Exception {
        HttpResponse<String> answer = SignedInClient.as("tochigi", port).get("/plan/edit");
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
        HttpResponse<String> answer = SignedInClient.as("honbu", port).get("/dashboard?branch=09&year=1999");
        String page = answer.body();

        assertThat(answer.statusCode()).isEqualTo(404);

        assertThat(page)
                .contains("平成11年度（1999年度）にはKPIの定義がないため表示できません", "data-nav=\"dashboard\"", "データのある年度は")
                .doesNotContain("id=\"lock-year\"");
    }

    @Test
    void aYearWithoutDataSaysSoShowsItInTheYearSwitchAndOffersNoLock() throws Exception {
        HttpResponse<String> answer = SignedInClient.as("honbu", port).get("/dashboard?branch=09&year=2026");
        String page = answer.body();

        assertThat(answer.statusCode()).isEqualTo(200);

        assertThat(page)
                .contains("id=\"no-data-year\"", "栃木支部の令和8年度（2026年度）の目標・実績はまだありません")
                .containsPattern("<option value=\"2026\" selected=\"selected\">令和8年度（2026年度）</option>")
                .doesNotContain("id=\"lock-year\"");
    }

    @Test
    void anUnknownPageIsTheJapanesePageInsideTheLayout() throws Exception {
        HttpResponse<String> answer = SignedInClient.as("etsuran", port).get("/kpi/NO_SUCH_KPI");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body())
                .contains("ページを表示できません", "KPIコード「NO_SUCH_KPI」はカタログにありません", "data-nav=\"dashboard\"", "閲覧者（デモ）");
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
