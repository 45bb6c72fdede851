package jp.kenpokpi.app.account;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import jp.kenpokpi.account.PasswordPolicy;
import jp.kenpokpi.app.security.SignInHistory;
import jp.kenpokpi.app.security.SignedInUser;
import jp.kenpokpi.app.security.UserAccountRepository;
import jp.kenpokpi.app.web.CurrentUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 自分のアカウント (/account): who I am here, my sign-in history, and the change of my own password. */
@Controller
class AccountController {

    private static final int HISTORY = 20;

    private final UserAccountRepository accounts;
    private final SignInHistory signIns;
    private final PasswordChange passwordChange;

    AccountController(UserAccountRepository accounts, SignInHistory signIns, PasswordChange passwordChange) {
        this.accounts = accounts;
        this.signIns = signIns;
        this.passwordChange = passwordChange;
    }

    @GetMapping("/account")
    String account(Model model) {
        String username = CurrentUser.get().username();
        model.addAttribute("stored", accounts.find(username).orElseThrow());
        model.addAttribute("signIns", signIns.latest(username, HISTORY));
        return "account";
    }

    @GetMapping("/account/password")
    String passwordForm(@RequestParam(required = false) String first, Model model) {
        model.addAttribute("first", first != null || mustChange());
        model.addAttribute("problems", Map.of());
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "account-password";
    }

    @PostMapping("/account/password")
    String changePassword(
            @RequestParam(defaultValue = "") String current,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmation,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        String newHash;
        try {
            newHash = passwordChange.change(CurrentUser.get().username(), current, password, confirmation);
        } catch (AccountProblemsException e) {
            model.addAttribute("first", mustChange());
            model.addAttribute("problems", e.problems());
            model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
            return "account-password";
        }
        signedInWithChangedPassword(newHash, request);
        redirect.addFlashAttribute("flashMessage", "パスワードを変更しました");
        return "redirect:/account";
    }

    private static boolean mustChange() {
        return SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof SignedInUser user
                && user.mustChangePassword();
    }

    /** The session's user no longer has to change the password first (PasswordChangeFirst lets them through). */
    private static void signedInWithChangedPassword(String newHash, HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!(auth.getPrincipal() instanceof SignedInUser user)) return;
        SignedInUser changed = user.withPasswordChanged(newHash);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(changed, null, changed.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }
}
