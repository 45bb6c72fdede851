package jp.kenpokpi.app.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import jp.kenpokpi.app.audit.DataVersion;
import jp.kenpokpi.app.security.UserAccount;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Whole pages kept per address, user and data version, for the pages read most (dashboard, KPI page, comparison).
 * Such a page is a function of its address (every parameter is in it), the user signed in (the layout's name and
 * links, the default branch, what the user may change) and the data (locks are recorded as data changes too); the
 * one part that differs per request, the CSRF token, is rendered as a placeholder and filled in when the page is
 * written. Measured under load, rendering the layout with Thymeleaf was 40% of a cached dashboard's time
 * (docs/PERFORMANCE.md).
 *
 * <p>A request that carries a flash message (after a save) is rendered as usual and not kept.
 */
@Component
public class CachedPages {

    /** Letters only, so that escaping leaves it as it is, wherever the template prints the token. */
    static final String TOKEN_PLACEHOLDER = "kenpoKpiCsrfTokenPlaceholderQ7x";

    static final long MAX_BYTES = 64L * 1024 * 1024;

    private record Page(long version, String contentType, PageParts parts) {}

    private final ObjectProvider<ViewResolver> views;
    private final ObjectProvider<PerUserPageState> userStates;
    private final DataVersion version;
    private final Cache<String, Page> pages = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .<String, Page>weigher((key, page) -> page.parts().keptBytes())
            .executor(Runnable::run)
            .build();

    CachedPages(ObjectProvider<ViewResolver> views, ObjectProvider<PerUserPageState> userStates, DataVersion version) {
        this.views = views;
        this.userStates = userStates;
        this.version = version;
    }

    /**
     * The page for this request: the one kept, else what {@code render} makes (it fills the model and names the
     * template; it runs in the handler, so its refusals reach the error pages as before).
     */
    public View page(HttpServletRequest request, Supplier<String> render) {
        return page(request, "", render);
    }

    /**
     * The same for a page that also depends on something outside its address, user and data: {@code variant} names
     * it (the status board's 期限超過 depends on the day).
     */
    public View page(HttpServletRequest request, String variant, Supplier<String> render) {
        Map<String, ?> flashed = RequestContextUtils.getInputFlashMap(request);
        boolean flash = flashed != null && !flashed.isEmpty();
        String key = key(request) + " " + variant;
        long current = version.current();
        if (!flash) {
            Page kept = pages.getIfPresent(key);
            if (kept != null && kept.version() == current) return (model, req, res) -> write(kept, req, res);
        }
        String template = render.get();
        return (model, req, res) -> {
            Page page = render(template, model, req, res, current);
            if (!flash) pages.put(key, page);
            write(page, req, res);
        };
    }

    private String key(HttpServletRequest request) {
        UserAccount user = CurrentUser.get();
        StringBuilder key = new StringBuilder(request.getRequestURI() + "?" + request.getQueryString() + " "
                + user.username() + " " + user.role() + " " + user.labelJa());
        userStates.orderedStream().forEach(state -> key.append(' ').append(state.of(user)));
        return key.toString();
    }

    private Page render(
            String template,
            Map<String, ?> model,
            HttpServletRequest request,
            HttpServletResponse response,
            long atVersion)
            throws Exception {
        View view = resolve(template);
        Captured captured = new Captured(response);
        view.render(model, new PlaceholderToken(request), captured);
        return new Page(atVersion, captured.getContentType(), PageParts.of(captured.text(), TOKEN_PLACEHOLDER));
    }

    /** As the dispatcher resolves a view name: the first resolver, in their order, that knows it. */
    private View resolve(String template) throws Exception {
        for (ViewResolver resolver : views.orderedStream().toList()) {
            View view = resolver.resolveViewName(template, Locale.JAPANESE);
            if (view != null) return view;
        }
        throw new IllegalStateException("no view named " + template);
    }

    private static void write(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageParts parts = page.parts();
        byte[] token = parts.gaps() > 0 ? csrfToken(request) : new byte[0];
        response.setContentType(page.contentType());
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (acceptsGzip(request)) {
            // Set before anything is written, so that the server does not compress it again.
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            response.setContentLength(parts.gzipLength(token));
            parts.writeGzip(response.getOutputStream(), token);
        } else {
            response.setContentLength(parts.plainLength(token));
            parts.writePlain(response.getOutputStream(), token);
        }
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        if (accepted == null) return false;
        for (String coding : accepted.split(",")) {
            String[] nameAndQuality = coding.strip().split(";");
            if (!nameAndQuality[0].strip().equalsIgnoreCase("gzip")) continue;
            return nameAndQuality.length == 1
                    || !nameAndQuality[1].replace(" ", "").matches("q=0(\\.0*)?");
        }
        return false;
    }

    private static byte[] csrfToken(HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (token == null) throw new IllegalStateException("CSRF token missing from the request");
        return token.getToken().getBytes(StandardCharsets.UTF_8);
    }

    /** The request as the template sees it while the page is kept: the CSRF token is the placeholder. */
    private static final class PlaceholderToken extends HttpServletRequestWrapper {

        private final CsrfToken placeholder;

        PlaceholderToken(HttpServletRequest request) {
            super(request);
            CsrfToken real = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            placeholder = real == null
                    ? null
                    : new DefaultCsrfToken(real.getHeaderName(), real.getParameterName(), TOKEN_PLACEHOLDER);
        }

        @Override
        public Object getAttribute(String name) {
            if (placeholder != null && (name.equals(CsrfToken.class.getName()) || name.equals("_csrf")))
                return placeholder;
            return super.getAttribute(name);
        }
    }

    /** The response as the template writes it, kept in memory. */
    private static final class Captured extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private PrintWriter writer;
        private String contentType = "text/html;charset=UTF-8";

        Captured(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setContentType(String type) {
            contentType = type;
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        public void setCharacterEncoding(String charset) {
            // Kept as UTF-8: the page is stored as UTF-8 bytes.
        }

        @Override
        public String getCharacterEncoding() {
            return StandardCharsets.UTF_8.name();
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) writer = new PrintWriter(bytes, false, StandardCharsets.UTF_8);
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        String text() {
            if (writer != null) writer.flush();
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
