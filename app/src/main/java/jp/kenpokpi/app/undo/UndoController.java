package jp.kenpokpi.app.undo;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.audit.ImportBatches;
import jp.kenpokpi.app.security.AccessDeniedToBranchException;
import jp.kenpokpi.app.security.Role;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.web.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 「この変更を取り消す」 (/audit/{id}/undo) and 「この取込を取り消す」 (/imports/{id}/undo): a confirmation page showing
 * what will be restored (or why it cannot be), then the POST that does it. Who may read the entry or the import in the
 * audit log may open the page; whether they may undo it is UndoService's (BranchAccess) answer.
 */
@Controller
class UndoController {

    private final UndoService undo;
    private final ChangeLog log;
    private final ImportBatches batches;

    UndoController(UndoService undo, ChangeLog log, ImportBatches batches) {
        this.undo = undo;
        this.log = log;
        this.batches = batches;
    }

    @GetMapping("/audit/{id:\\d+}/undo")
    String confirmChange(@PathVariable long id, Model model) {
        UserAccount user = readerOfChange(id);
        return page(model, undo.ofChange(user, id), "/audit/" + id + "/undo", "この変更を取り消す", java.util.List.of());
    }

    @PostMapping("/audit/{id:\\d+}/undo")
    String undoChange(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        UserAccount user = readerOfChange(id);
        try {
            UndoService.Plan plan = undo.undoChange(user, id);
            redirect.addFlashAttribute("flash", plan.whatJa() + " を取り消しました");
            return "redirect:/audit";
        } catch (UndoRefusedException e) {
            return refused(model, undo.ofChange(user, id), "/audit/" + id + "/undo", "この変更を取り消す", e, response);
        }
    }

    @GetMapping("/imports/{id:\\d+}/undo")
    String confirmImport(@PathVariable long id, Model model) {
        UserAccount user = readerOfImport(id);
        return page(model, undo.ofImport(user, id), "/imports/" + id + "/undo", "この取込を取り消す", java.util.List.of());
    }

    @PostMapping("/imports/{id:\\d+}/undo")
    String undoImport(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        UserAccount user = readerOfImport(id);
        try {
            UndoService.Plan plan = undo.undoImport(user, id);
            redirect.addFlashAttribute(
                    "flash", plan.whatJa() + " を取り消しました（" + plan.steps().size() + "件）");
            return "redirect:/imports/history";
        } catch (UndoRefusedException e) {
            return refused(model, undo.ofImport(user, id), "/imports/" + id + "/undo", "この取込を取り消す", e, response);
        }
    }

    private String refused(
            Model model,
            UndoService.Plan now,
            String action,
            String buttonJa,
            UndoRefusedException e,
            HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        return page(model, now, action, buttonJa, e.reasonsJa());
    }

    private static String page(
            Model model, UndoService.Plan plan, String action, String buttonJa, java.util.List<String> refusedNow) {
        model.addAttribute("plan", plan);
        model.addAttribute("action", action);
        model.addAttribute("buttonJa", buttonJa);
        model.addAttribute("refusedNow", refusedNow);
        return "undo";
    }

    /** The user, when they may read the entry in the audit log (a branch's people their branch's; a viewer none). */
    private UserAccount readerOfChange(long id) {
        UserAccount user = reader();
        ChangeLog.Entry entry = log.entry(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "変更#" + id + " は記録にありません"));
        if (!user.role().headquarters()
                && !entry.change().subject().branch().equals(user.branch().map(b -> b.value()))) {
            throw new AccessDeniedToBranchException("自支部以外の変更は取り消せません");
        }
        return user;
    }

    /** The user, when they may read the import in the history (a branch's people those that touched their branch). */
    private UserAccount readerOfImport(long id) {
        UserAccount user = reader();
        if (batches.find(id).isEmpty())
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "取込#" + id + " は記録にありません");
        Optional<String> own = user.branch().map(b -> b.value());
        if (!user.role().headquarters()
                && (own.isEmpty() || !batches.branches(id).contains(own.get()))) {
            throw new AccessDeniedToBranchException("自支部のデータを変更していない取込は取り消せません");
        }
        return user;
    }

    private static UserAccount reader() {
        UserAccount user = CurrentUser.get();
        if (user.role() == Role.VIEWER) throw new AccessDeniedToBranchException("閲覧者は変更を取り消せません");
        return user;
    }
}
