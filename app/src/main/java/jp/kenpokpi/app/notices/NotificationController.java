package jp.kenpokpi.app.notices;

import java.time.Instant;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.web.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** お知らせ: the signed-in user's notices, opening one (which marks it read), all read, and the mail settings. */
@Controller
class NotificationController {

    /** The list shows the newest notices; older ones stay in the table. */
    static final int SHOWN = 200;

    private final NoticeRepository notices;
    private final NoticeSettings settings;

    NotificationController(NoticeRepository notices, NoticeSettings settings) {
        this.notices = notices;
        this.settings = settings;
    }

    @GetMapping("/notifications")
    String list(Model model) {
        UserAccount user = CurrentUser.get();
        model.addAttribute("notices", notices.list(user.username(), SHOWN));
        model.addAttribute("shown", SHOWN);
        return "notifications";
    }

    /**
     * Opening a notice: marked read, then its page. A POST with the CSRF token, not a link: a GET that changes state
     * could be fetched ahead by a browser or a scanner and read the notice for the user. Only the user's own notice;
     * another's is not found.
     */
    @PostMapping("/notifications/{id}")
    String open(@PathVariable long id) {
        UserAccount user = CurrentUser.get();
        Notice notice = notices.find(user.username(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "このお知らせはありません"));
        notices.markRead(user.username(), id, Instant.now());
        return "redirect:" + notice.link();
    }

    @PostMapping("/notifications/read-all")
    String readAll(RedirectAttributes redirect) {
        int marked = notices.markAllRead(CurrentUser.get().username(), Instant.now());
        redirect.addFlashAttribute("flashMessage", marked + "件のお知らせを既読にしました");
        return "redirect:/notifications";
    }

    @GetMapping("/notifications/settings")
    String settings(Model model) {
        NoticeSettings.Settings current = settings.of(CurrentUser.get().username());
        model.addAttribute("email", current.email().orElse(""));
        model.addAttribute("digest", current.digest());
        return "notification-settings";
    }

    @PostMapping("/notifications/settings")
    String save(
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "false") boolean digest,
            Model model,
            RedirectAttributes redirect) {
        try {
            boolean changed = settings.save(CurrentUser.get().username(), email, digest);
            redirect.addFlashAttribute("flashMessage", changed ? "お知らせの設定を保存しました" : "設定は変わっていません");
            return "redirect:/notifications/settings";
        } catch (NoticeSettings.Refused refused) {
            model.addAttribute("email", email);
            model.addAttribute("digest", digest);
            model.addAttribute("emailError", refused.getMessage());
            return "notification-settings";
        }
    }
}
