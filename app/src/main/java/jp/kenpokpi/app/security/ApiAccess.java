package jp.kenpokpi.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the API's addresses (/api/**) differ from the pages: a machine signs in with a personal API token on every
 * request (no session, no CSRF token to carry: a browser never sends another site's Authorization header), a read
 * token is refused every write, and a refusal is an RFC 9457 problem in JSON instead of the sign-in page. A browser
 * that is signed in reads and writes the API with its session as before, CSRF token included.
 */
final class ApiAccess {

    static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

    /** An API request that sends a token: it is answered on the token alone, never on a session cookie. */
    static final RequestMatcher TOKEN_REQUEST = request -> API.matches(request) && BearerToken.sentWith(request);

    private ApiAccess() {}

    /** Checks the token of every API request that sends one; a bad one is answered 401 at once. */
    static AuthenticationFilter tokenFilter(TokenSignIn signIn) {
        AuthenticationFilter filter = new AuthenticationFilter(
                new ProviderManager(signIn.provider()),
                request -> BearerToken.of(request).orElse(null));
        filter.setRequestMatcher(TOKEN_REQUEST);
        // Nothing to answer: the request goes on down the chain signed in (the handler's default with the chain).
        filter.setSuccessHandler((request, response, authentication) -> {});
        filter.setFailureHandler((request, response, e) ->
                unauthorized(response, "トークンが無効です", "API トークンが見つからないか、期限切れか、失効しています。/account/tokens で新しいトークンを作ってください"));
        return filter;
    }

    /** Signed in (by session or token), and a token's scope allows the request's method. */
    static AuthorizationResult allowed(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext c) {
        Authentication auth = authentication.get();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken)
            return new AuthorizationDecision(false);
        if (auth instanceof ApiTokenAuthentication token)
            return new AuthorizationDecision(token.scope().allows(c.getRequest().getMethod()));
        return new AuthorizationDecision(true);
    }

    static final AuthenticationEntryPoint SIGN_IN_FIRST = (request, response, e) -> unauthorized(
            response, "サインインが必要です", "API には Authorization: Bearer ヘッダーで API トークンを送ってください（/account/tokens で作れます）");

    /** Where a request without a sign-in is sent: a problem in JSON for the API, the sign-in page for the rest. */
    static AuthenticationEntryPoint signInFirst(String loginPage) {
        AuthenticationEntryPoint page = new LoginUrlAuthenticationEntryPoint(loginPage);
        return (request, response, e) -> (API.matches(request) ? SIGN_IN_FIRST : page).commence(request, response, e);
    }

    /** A refusal: a problem in JSON for the API, the application's 403 page for the rest. */
    static AccessDeniedHandler refusedByAddress() {
        AccessDeniedHandler page = new AccessDeniedHandlerImpl();
        return (request, response, e) -> (API.matches(request) ? REFUSED : page).handle(request, response, e);
    }

    static final AccessDeniedHandler REFUSED = (request, response, e) -> {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (e instanceof CsrfException && (auth == null || auth instanceof AnonymousAuthenticationToken)) {
            // Neither a token nor a session: the CSRF check comes first in the chain, but the answer is "sign in".
            SIGN_IN_FIRST.commence(request, response, null);
        } else if (e instanceof CsrfException) {
            problem(
                    response,
                    HttpStatus.FORBIDDEN,
                    "CSRF トークンがありません",
                    "ブラウザーのセッションで API に書き込むときは、X-CSRF-TOKEN ヘッダーが必要です。スクリプトからは API トークンを使ってください");
        } else if (auth instanceof ApiTokenAuthentication token
                && !token.scope().allows(request.getMethod())) {
            problem(
                    response,
                    HttpStatus.FORBIDDEN,
                    "読み取り専用のトークンです",
                    "このトークン（権限の範囲: " + token.scope().nameJa() + "）では " + request.getMethod()
                            + " はできません。書き込むには「読み取りと書き込み」のトークンを作ってください");
        } else {
            problem(response, HttpStatus.FORBIDDEN, "権限がありません", refusal(request, e.getMessage()));
        }
    };

    private static String refusal(HttpServletRequest request, String message) {
        return message != null && !message.isBlank() && !message.startsWith("Access Denied")
                ? message
                : "この操作（" + request.getMethod() + " " + request.getRequestURI() + "）をする権限がありません";
    }

    private static void unauthorized(HttpServletResponse response, String titleJa, String detailJa) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"kenpo-kpi\"");
        problem(response, HttpStatus.UNAUTHORIZED, titleJa, detailJa);
    }

    /** An RFC 9457 problem (application/problem+json) with a Japanese title and detail. */
    static void problem(HttpServletResponse response, HttpStatus status, String titleJa, String detailJa)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", titleJa);
        body.put("status", status.value());
        body.put("detail", detailJa);
        response.setStatus(status.value());
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getOutputStream().write(JsonMapper.shared().writeValueAsBytes(body));
    }
}
