package jp.kenpokpi.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user signed in with an initial password reaches nothing but the password change (and sign-out) until they have
 * chosen their own: the initial password was seen by whoever handed it out. Not a bean: only the security chain
 * runs it (a bean would also be registered as a servlet filter of its own).
 */
final class PasswordChangeFirst extends OncePerRequestFilter {

    static final String PAGE = "/account/password";

    private static final List<String> OPEN = List.of(PAGE, "/logout", "/assets/", "/error");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // A token is a credential of its own, made by the user after they had chosen their password.
        if (auth != null
                && !(auth instanceof ApiTokenAuthentication)
                && auth.getPrincipal() instanceof SignedInUser user
                && user.mustChangePassword()
                && OPEN.stream().noneMatch(path::startsWith)) {
            response.sendRedirect(request.getContextPath() + PAGE + "?first");
            return;
        }
        chain.doFilter(request, response);
    }
}
