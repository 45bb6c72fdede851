package jp.kenpokpi.app.session;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import jp.kenpokpi.app.security.SignedInUser;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends, at its next request, a session that began before its user chose 「すべての端末からサインアウト」 on any device
 * ({@link AccountSessions#validFrom}): the session is invalidated and the browser sent to the sign-in page, which
 * says why. A servlet filter after Spring Security's (Spring Boot registers a filter bean after it), so the user of
 * the request is known and SecurityConfig needs nothing.
 */
@Component
@ConditionalOnWebApplication
class SessionCutOff extends OncePerRequestFilter {

    /** When the session's user signed in; kept in the session, which keeps it across the new id given at sign-in. */
    static final String SIGNED_IN_AT = SessionCutOff.class.getName() + ".signedInAt";

    /** The sign-in page's parameter saying a session was ended from another device. */
    static final String ENDED = "/login?sessionEnded";

    private final AccountSessions sessions;

    SessionCutOff(AccountSessions sessions) {
        this.sessions = sessions;
    }

    /** The moment of a sign-in, taken while the sign-in request is handled (its session is the one that goes on). */
    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            attributes.getRequest().getSession().setAttribute(SIGNED_IN_AT, Instant.now());
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && auth != null && auth.getPrincipal() instanceof SignedInUser user) {
            if (!(session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt)) {
                // Signed in some other way than the sign-in form (a test's user): valid from its first request on.
                session.setAttribute(SIGNED_IN_AT, Instant.now());
            } else {
                Optional<Instant> validFrom = sessions.validFrom(user.getUsername());
                if (validFrom.isPresent() && signedInAt.isBefore(validFrom.get())) {
                    session.invalidate();
                    SecurityContextHolder.clearContext();
                    response.sendRedirect(request.getContextPath() + ENDED);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
