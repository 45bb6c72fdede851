package jp.kenpokpi.app.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The response headers an audit of a public body's web system asks for, on every response the application sends
 * (pages, downloads, errors, static files). Spring Security's defaults stay where they are right: X-Content-Type-Options
 * nosniff, Cache-Control no-store for what needs a sign-in, and HSTS only on a request that came over TLS (a plain
 * HTTP answer carrying HSTS would mean nothing; behind a TLS-terminating proxy, forward headers make the request
 * secure).
 */
public final class SecurityHeaders {

    /**
     * Scripts only from our own files: no inline script and no event handler attribute runs (pages bind their
     * behaviour in /assets/*.js through data-* attributes). {@code <script type="application/json">} data blocks are
     * not executed, so they need nothing. Styles: style sheets only from our own files ({@code style-src-elem}), but
     * style <em>attributes</em> are allowed ({@code style-src-attr 'unsafe-inline'}): the tile map of Japan places
     * each branch by its grid row and column, a report's table sets its columns' widths (the same XHTML the PDF is
     * drawn from, where a style sheet per table cannot go), and ECharts writes its tooltip's markup with style
     * attributes. A style attribute cannot load anything from elsewhere (img-src and font-src are 'self') and every
     * value in one is escaped by Thymeleaf. {@code style-src 'self'} is for a browser that knows neither
     * split directive: there the style attributes are dropped, nothing worse.
     */
    public static final String PAGE_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "style-src-elem 'self'",
            "style-src-attr 'unsafe-inline'",
            "img-src 'self' data:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /**
     * The API's browsable document (springdoc's Swagger UI under /swagger-ui/, issue 12): the page policy, except that
     * the one {@code <style>} element swagger-ui-bundle.js inserts at start-up is allowed, by the hash of its content
     * and nothing else (no 'unsafe-inline'): without it Chromium blocks it and reports a violation. Its scripts are
     * files, swagger-initializer.js included, so script-src stays 'self'. The hash belongs to the Swagger UI version
     * springdoc brings (the WebJar swagger-ui 5.32.14); SecurityHeadersBrowserIT fails when an upgrade changes it.
     */
    public static final String API_DOCUMENT_PAGE_POLICY = PAGE_POLICY.replace(
            "style-src-elem 'self'", "style-src-elem 'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='");

    /** Where {@link #API_DOCUMENT_PAGE_POLICY} applies: springdoc's Swagger UI files. */
    static final String API_DOCUMENT_PAGES = "/swagger-ui/**";

    /**
     * A report opened as an HTML file (/reports/{id}.html): one self-contained document whose style sheet is inside
     * it (so that it looks the same when saved and opened from the disk), with nothing to run, load or send.
     */
    public static final String DOCUMENT_POLICY = String.join(
            "; ",
            "default-src 'none'",
            "style-src 'unsafe-inline'",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'");

    /**
     * Features no page of the application uses, refused for it and for anything it could be made to embed. Only
     * features Chromium knows: an unknown one is an error in every page's console (bluetooth was one).
     */
    static final String PERMISSIONS_POLICY =
            String.join(", ", "camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()", "serial=()");

    /** A year, as auditors expect; sub-domains too (the application is served on a host of its own). */
    private static final long HSTS_SECONDS = 365L * 24 * 60 * 60;

    private SecurityHeaders() {}

    /**
     * The same headers on an error page Tomcat writes before the application sees the request (an encoded path
     * traversal, a malformed request line: web/JapaneseErrorReportValve), which no filter reaches. No HSTS there: the
     * valve cannot tell a secure request as Spring Security does, and the next good response sends it.
     */
    public static void setOnErrorPage(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", PAGE_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN.getPolicy());
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
    }

    /** Sets the headers on every response of the filter chain (a response that set its own CSP keeps it). */
    static void apply(HttpSecurity http) throws Exception {
        RequestMatcher apiDocument = PathPatternRequestMatcher.withDefaults().matcher(API_DOCUMENT_PAGES);
        http.headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(apiDocument), new ContentSecurityPolicyHeaderWriter(PAGE_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        apiDocument, new ContentSecurityPolicyHeaderWriter(API_DOCUMENT_PAGE_POLICY)))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(HSTS_SECONDS)));
    }
}
