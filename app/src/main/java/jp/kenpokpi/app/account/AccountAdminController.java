package jp.kenpokpi.app.account;

import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.account.SignInLockout;
import jp.kenpokpi.app.security.Role;
import jp.kenpokpi.app.security.SignInHistory;
import jp.kenpokpi.app.security.UserAccountRepository;
import jp.kenpokpi.app.security.UserAccountRepository.StoredAccount;
import jp.kenpokpi.app.web.CurrentUser;
import jp.kenpokpi.organisation.Organisations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * アカウント管理 (/admin/users), headquarters' administrators only: the list of accounts with their state, a new
 * account with its initial password shown once, an account's edit form, sign-in history and actions (disable,
 * enable, unlock, new initial password).
 */
@Controller
@PreAuthorize("@permissions.mayAdministerAccounts(principal.account())")
class AccountAdminController {

    private static final int HISTORY = 50;

    private final UserAccountRepository accounts;
    private final AccountAdministration administration;
    private final SignInHistory signIns;
    private final Clock clock = Clock.systemUTC();

    AccountAdminController(
            UserAccountRepository accounts, AccountAdministration administration, SignInHistory signIns) {
        this.accounts = accounts;
        this.administration = administration;
        this.signIns = signIns;
    }

    /** The state of an account as the list and the account page say it. */
    record Listed(StoredAccount stored, String stateJa, Optional<java.time.Instant> lastSignIn) {}

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("roles", Arrays.asList(Role.values()));
        model.addAttribute("branches", Organisations.all().branches());
    }

    @GetMapping("/admin/users")
    String list(
            @RequestParam(defaultValue = "") String role,
            @RequestParam(defaultValue = "") String branch,
            @RequestParam(defaultValue = "") String q,
            Model model) {
        Map<String, java.time.Instant> lastSignIns = signIns.lastSuccesses();
        List<Listed> listed = accounts.all().stream()
                .filter(a -> role.isEmpty() || a.account().role().name().equals(role))
                .filter(a -> branch.isEmpty()
                        || a.account()
                                .branch()
                                .map(b -> b.value().equals(branch))
                                .orElse(false))
                .filter(a -> q.isBlank()
                        || a.username().contains(q.strip())
                        || a.account().displayName().contains(q.strip())
                        || a.group().map(g -> g.contains(q.strip())).orElse(false))
                .map(a -> new Listed(a, stateJa(a), Optional.ofNullable(lastSignIns.get(a.username()))))
                .sorted(Comparator.comparing(
                        (Listed l) -> l.stored().account().role().ordinal()))
                .toList();
        model.addAttribute("accounts", listed);
        model.addAttribute("role", role);
        model.addAttribute("branch", branch);
        model.addAttribute("q", q);
        return "admin-users";
    }

    @GetMapping("/admin/users/new")
    String newAccount(Model model) {
        model.addAttribute("form", AccountForm.empty());
        model.addAttribute("problems", Map.of());
        return "admin-user-new";
    }

    @PostMapping("/admin/users")
    String create(@ModelAttribute("form") AccountForm form, Model model) {
        try {
            AccountAdministration.Created created = administration.create(form, CurrentUser.get());
            model.addAttribute("created", created);
            model.addAttribute("stored", accounts.find(created.username()).orElseThrow());
            return "admin-user-created";
        } catch (AccountProblemsException e) {
            model.addAttribute("problems", e.problems());
            return "admin-user-new";
        }
    }

    @GetMapping("/admin/users/{username}")
    String account(@PathVariable String username, Model model) {
        StoredAccount stored = administration.find(username);
        model.addAttribute("form", AccountForm.of(AccountAdministration.profileOf(stored)));
        model.addAttribute("problems", Map.of());
        return account(stored, model);
    }

    private String account(StoredAccount stored, Model model) {
        model.addAttribute("stored", stored);
        model.addAttribute("stateJa", stateJa(stored));
        model.addAttribute("signIns", signIns.latest(stored.username(), HISTORY));
        model.addAttribute("self", stored.username().equals(CurrentUser.get().username()));
        return "admin-user";
    }

    @PostMapping("/admin/users/{username}")
    String update(
            @PathVariable String username,
            @ModelAttribute("form") AccountForm form,
            Model model,
            RedirectAttributes redirect) {
        try {
            administration.update(username, form, CurrentUser.get());
        } catch (AccountProblemsException e) {
            model.addAttribute("problems", e.problems());
            return account(administration.find(username), model);
        }
        redirect.addFlashAttribute("flashMessage", "アカウントを保存しました");
        return "redirect:/admin/users/" + username;
    }

    @PostMapping("/admin/users/{username}/enabled")
    String enabled(@PathVariable String username, @RequestParam boolean enabled, RedirectAttributes redirect) {
        administration.setEnabled(username, enabled, CurrentUser.get());
        redirect.addFlashAttribute(
                "flashMessage", enabled ? "アカウントを有効にしました" : "アカウントを無効にしました（この人はログインできません。これまでの変更の記録は残ります）");
        return "redirect:/admin/users/" + username;
    }

    @PostMapping("/admin/users/{username}/unlock")
    String unlock(@PathVariable String username, RedirectAttributes redirect) {
        administration.unlock(username, CurrentUser.get());
        redirect.addFlashAttribute("flashMessage", "ロックを解除しました");
        return "redirect:/admin/users/" + username;
    }

    @PostMapping("/admin/users/{username}/password-reset")
    String resetPassword(@PathVariable String username, Model model) {
        String password = administration.resetPassword(username, CurrentUser.get());
        model.addAttribute("created", new AccountAdministration.Created(username, password));
        model.addAttribute("stored", administration.find(username));
        model.addAttribute("reset", true);
        return "admin-user-created";
    }

    private String stateJa(StoredAccount a) {
        if (!a.enabled()) return "無効";
        if (SignInLockout.isLocked(a.lockedUntil(), clock.instant())) {
            return "ロック中（" + jp.kenpokpi.period.JapanTime.minute(a.lockedUntil().get()) + "まで）";
        }
        if (a.mustChangePassword()) return "有効（初回のパスワード変更待ち）";
        return "有効";
    }
}
