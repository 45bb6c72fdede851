package jp.kenpokpi.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    /**
     * The sign-in page; after a refusal that is not a wrong name or password (SignInRefusedException: e.g. a
     * directory user in no group of this application) it says why, where Spring Security left the refusal.
     */
    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof SignInRefusedException r) {
            model.addAttribute("refusal", r.getMessage());
        }
        return "login";
    }
}
