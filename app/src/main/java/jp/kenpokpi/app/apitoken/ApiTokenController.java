package jp.kenpokpi.app.apitoken;

import jp.kenpokpi.account.ApiTokenRules;
import jp.kenpokpi.account.ApiTokenScope;
import jp.kenpokpi.app.web.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * API トークン (/account/tokens): every signed-in user makes tokens for their own scripts and revokes them. A token
 * acts as its user (docs/API.md), so a viewer's token reads and a branch editor's writes only their branch.
 */
@Controller
class ApiTokenController {

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/account/tokens")
    String list(Model model) {
        return form(
                model,
                new ApiTokenRules.Request("", ApiTokenScope.READ.name(), "" + defaultDays()),
                java.util.Map.of());
    }

    @PostMapping("/account/tokens")
    String create(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String scope,
            @RequestParam(defaultValue = "") String lifetimeDays,
            Model model) {
        ApiTokenRules.Request request = new ApiTokenRules.Request(name, scope, lifetimeDays);
        ApiTokenRules.Result checked = ApiTokenRules.check(request);
        if (checked.checked().isEmpty()) return form(model, request, checked.problems());
        ApiTokens.CreatedToken created =
                tokens.create(CurrentUser.get().username(), checked.checked().orElseThrow());
        model.addAttribute("created", created);
        return "account-token-created";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        boolean found = tokens.revoke(CurrentUser.get().username(), id);
        redirect.addFlashAttribute("flashMessage", found ? "トークンを失効させました。このトークンはもう使えません" : "そのトークンはありません");
        return "redirect:/account/tokens";
    }

    private String form(Model model, ApiTokenRules.Request request, java.util.Map<String, String> problems) {
        model.addAttribute("tokens", tokens.of(CurrentUser.get().username()));
        model.addAttribute("now", tokens.now());
        model.addAttribute("form", request);
        model.addAttribute("problems", problems);
        model.addAttribute("scopes", ApiTokenScope.values());
        model.addAttribute("lifetimes", ApiTokenRules.LIFETIME_DAYS);
        return "account-tokens";
    }

    private static int defaultDays() {
        return ApiTokenRules.LIFETIME_DAYS.get(0);
    }
}
