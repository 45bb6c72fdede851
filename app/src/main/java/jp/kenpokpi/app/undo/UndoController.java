package jp.kenpokpi.app.undo;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
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

    /** What is undone from a page: its address, the button's words, where a done undo leads, what it says then. */
    private record Undoing(
            String action,
            String buttonJa,
            String afterwards,
            Supplier<UndoService.Plan> plan,
            Supplier<UndoService.Plan> undo,
            Function<UndoService.Plan, String> doneJa) {}

    private Undoing change(long id) {
        UserAccount user = readerOfChange(id);
        return new Undoing(
                "/audit/" + id + "/undo",
                "この変更を取り消す",
                "/audit",
                () -> undo.ofChange(user, id),
                () -> undo.undoChange(user, id),
                plan -> plan.whatJa() + " を取り消しました");
    }

    private Undoing importBatch(long id) {
        UserAccount user = readerOfImport(id);
        return new Undoing(
                "/imports/" + id + "/undo",
                "この取込を取り消す",
                "/imports/history",
                () -> undo.ofImport(user, id),
                () -> undo.undoImport(user, id),
                plan -> plan.whatJa() + " を取り消しました（" + plan.steps().size() + "件）");
    }

    @GetMapping("/audit/{id:\\d+}/undo")
    String confirmChange(@PathVariable long id, Model model) {
        return confirm(change(id), model);
    }

    @PostMapping("/audit/{id:\\d+}/undo")
    String undoChange(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return undo(change(id), model, redirect, response);
    }

    @GetMapping("/imports/{id:\\d+}/undo")
    String confirmImport(@PathVariable long id, Model model) {
        return confirm(importBatch(id), model);
    }

    @PostMapping("/imports/{id:\\d+}/undo")
    String undoImport(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return undo(importBatch(id), model, redirect, response);
    }

    private static String confirm(Undoing u, Model model) {
        return page(model, u, u.plan().get(), List.of());
    }

    /** Undoes it and leads on; refused, the page again (409) with the reasons and what it would restore now. */
    private static String undo(Undoing u, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            redirect.addFlashAttribute("flash", u.doneJa().apply(u.undo().get()));
            return "redirect:" + u.afterwards();
        } catch (UndoRefusedException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(model, u, u.plan().get(), e.reasonsJa());
        }
    }

    private static String page(Model model, Undoing u, UndoService.Plan plan, List<String> refusedNow) {
        model.addAttribute("plan", plan);
        model.addAttribute("action", u.action());
        model.addAttribute("buttonJa", u.buttonJa());
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
