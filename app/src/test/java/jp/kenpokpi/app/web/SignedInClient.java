package jp.kenpokpi.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import jp.kenpokpi.app.security.DemoAccounts;

/** A browser-like client of the application on a real port: its own cookies, signed in through the sign-in form. */
public final class SignedInClient {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();
    private final int port;

    private SignedInClient(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public static SignedInClient as(String username, int port) throws Exception {
        return signedOut(port).signIn(username);
    }

    /** A browser that has not signed in yet (no cookie). */
    public static SignedInClient signedOut(int port) {
        return new SignedInClient(port);
    }

    /** Signs in through the sign-in form, as a person does: the form's page first, then the form. */
    public SignedInClient signIn(String username) throws Exception {
        SignedInClient client = this;
        String form = "username=" + username + "&password=" + DemoAccounts.PASSWORD + "&_csrf="
                + URLEncoder.encode(csrfField(client.get("/login").body()), StandardCharsets.UTF_8);
        client.post("/login", form);
        return client;
    }

    /** The value of a cookie the application set, if it holds one. */
    public java.util.Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue)
                .findFirst();
    }

    /** The CSRF token of the first form on a page. */
    public static String csrfField(String page) {
        Matcher csrf = CSRF_FIELD.matcher(page);
        assertThat(csrf.find()).as("a form's CSRF token").isTrue();
        return csrf.group(1);
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** As a browser asks: gzip accepted; the bytes as sent. */
    HttpResponse<byte[]> getAcceptingGzip(String path) throws Exception {
        return http.send(
                request(path).header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> post(String path, String form) throws Exception {
        return http.send(
                request(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A form with one file, as a browser sends it (multipart/form-data), with the page's CSRF token. */
    public HttpResponse<String> postFile(String path, String field, String fileName, byte[] content, String csrf)
            throws Exception {
        String boundary = "----kenpo-kpi-test-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                request(path)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String gunzip(byte[] gzip) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/html");
    }
}
