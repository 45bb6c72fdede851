package jp.kenpokpi.app.session;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import jp.kenpokpi.app.web.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * 「すべての端末からサインアウト」: a page saying what it does, and its button (fragments/sessions :: end-all, which
 * the account page can show too). Every signed-in user may end their own sessions, a viewer included.
 */
@Controller
class SessionsController {

    /** The sign-in page's parameter saying this browser's own session was ended with all the others. */
    static final String ENDED_HERE = "/login?signedOutEverywhere";

    private final AccountSessions sessions;
    private final Duration timeout;

    SessionsController(AccountSessions sessions, @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        this.sessions = sessions;
        this.timeout = timeout;
    }

    @GetMapping("/account/sessions")
    String page(Model model) {
        model.addAttribute("timeoutMinutes", timeout.toMinutes());
        return "account-sessions";
    }

    /** Ends every session of the user; this one at once (the others at their next request, SessionCutOff). */
    @PostMapping("/account/sessions/end-all")
    String endAll(HttpServletRequest request) {
        sessions.endAll(CurrentUser.get());
        HttpSession session = request.getSession(false);
        if (session != null) session.invalidate();
        SecurityContextHolder.clearContext();
        return "redirect:" + ENDED_HERE;
    }
}
