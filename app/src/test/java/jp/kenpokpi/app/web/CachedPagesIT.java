package jp.kenpokpi.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import jp.kenpokpi.app.SampleDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 9 (10): the pages read most are kept whole per address, user and data version (CachedPages) and sent
 * gzipped from what is kept; what differs per request or per user must still differ, through a real server.
 */
@SampleDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CachedPagesIT {

    private static final String DASHBOARD = "/dashboard?branch=09&year=2023";

    @LocalServerPort
    int port;

    @Test
    void aKeptPageCarriesEachRequestsOwnCsrfTokenAndTheTokenIsAccepted() throws Exception {
        SignedInClient honbu = SignedInClient.as("honbu", port);
        String first = honbu.get(DASHBOARD).body();
        String kept = honbu.get(DASHBOARD).body();

        assertThat(kept).doesNotContain(CachedPages.TOKEN_PLACEHOLDER).contains("id=\"lock-year\"");
        assertThat(withoutTokens(kept)).isEqualTo(withoutTokens(first));
        assertThat(SignedInClient.csrfField(kept)).isNotEqualTo(SignedInClient.csrfField(first));
        // The sign-out form of the kept page posts with the token written into it.
        HttpResponse<String> out = honbu.post("/logout", "_csrf=" + SignedInClient.csrfField(kept));
        assertThat(out.statusCode()).isEqualTo(200);
        assertThat(out.uri().toString()).endsWith("/login?logout");
    }

    @Test
    void aPageKeptForOneUserIsNotShownToAnother() throws Exception {
        String honbu = SignedInClient.as("honbu", port).get(DASHBOARD).body();
        String viewer = SignedInClient.as("etsuran", port).get(DASHBOARD).body();

        assertThat(honbu).contains("本部 企画部（デモ）", "id=\"lock-year\"", "edit-link");
        assertThat(viewer).contains("閲覧者（デモ）").doesNotContain("本部 企画部（デモ）", "id=\"lock-year\"", "edit-link");
    }

    @Test
    void aBrowserAcceptingGzipGetsTheSamePageCompressed() throws Exception {
        SignedInClient honbu = SignedInClient.as("honbu", port);
        for (String path : new String[] {DASHBOARD, "/kpi/LIFESTYLE_CHECKUP_RATE?branch=09&year=2023"}) {
            String plain = honbu.get(path).body();
            HttpResponse<byte[]> sent = honbu.getAcceptingGzip(path);

            assertThat(sent.headers().firstValue("Content-Encoding")).contains("gzip");
            assertThat(sent.headers().firstValue("Vary"))
                    .hasValueSatisfying(v -> assertThat(v).contains("Accept-Encoding"));
            assertThat(withoutTokens(SignedInClient.gunzip(sent.body()))).isEqualTo(withoutTokens(plain));
        }
    }

    /**
     * A browser accepting gzip gets the 600 KB 47-branch comparison compressed, and the static files (small, cached,
     * the load test's baseline) as they are.
     */
    @Test
    void pagesAreSentGzippedToABrowserThatAcceptsIt() throws Exception {
        SignedInClient honbu = SignedInClient.as("honbu", port);
        HttpResponse<byte[]> page = honbu.getAcceptingGzip("/comparison?year=2023&block=ALL");
        HttpResponse<byte[]> css = honbu.getAcceptingGzip("/assets/kenpo.css");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).contains("gzip");
        String html = SignedInClient.gunzip(page.body());
        assertThat(html).contains("北海道支部", "沖縄支部");
        assertThat(page.body().length).as("sent").isLessThan(html.getBytes(StandardCharsets.UTF_8).length / 5);
        assertThat(css.headers().firstValue("Content-Encoding")).isEmpty();
    }

    private static String withoutTokens(String page) {
        return Pattern.compile("(name=\"_csrf\" (?:content|value)=\")[^\"]+\"")
                .matcher(page)
                .replaceAll("$1\"");
    }
}
