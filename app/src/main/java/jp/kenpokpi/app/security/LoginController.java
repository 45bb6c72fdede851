package jp.kenpokpi.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    /**
     * The sign-in page; after a refusal that is not a wrong name or password (an account status: a directory user in
     * no group of this application, a disabled or locked account) it says why, where Spring Security's default
     * failure handler left the refusal. Its message is Japanese where this application threw it.
     */
    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof AccountStatusException r
                && writtenInJapanese(r.getMessage())) {
            model.addAttribute("refusal", r.getMessage());
        }
        return "login";
    }

    /** Spring Security's own messages are English ("User is disabled"): only the application's reach the page. */
    private static boolean writtenInJapanese(String message) {
        return message != null
                && message.codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA);
    }
}
