package jp.kenpokpi.app.lock;

import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.web.CurrentUser;
import jp.kenpokpi.app.web.WebParameters;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.period.FiscalYear;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The lock buttons of the dashboard: headquarters only, back to the dashboard saying what was done. */
@Controller
class LockController {

    private final YearLocking locking;

    LockController(YearLocking locking) {
        this.locking = locking;
    }

    /** Locking or unlocking: false when there was nothing to do. */
    private interface Step {
        boolean apply(UserAccount user, OrgCode org, FiscalYear year);
    }

    @PostMapping("/locks/{branch}/{year}")
    String lock(@PathVariable String branch, @PathVariable String year, RedirectAttributes redirect) {
        return step(
                branch, year, redirect, locking::lock, "を確定（ロック）しました。ロックを解除するまで、どなたも変更できません。", "はすでに確定（ロック）されています。");
    }

    @PostMapping("/locks/{branch}/{year}/unlock")
    String unlock(@PathVariable String branch, @PathVariable String year, RedirectAttributes redirect) {
        return step(branch, year, redirect, locking::unlock, "のロックを解除しました。支部担当者が再び変更できます。", "はロックされていません。");
    }

    private static String step(
            String branch, String year, RedirectAttributes redirect, Step step, String done, String nothingToDo) {
        Organisation org = WebParameters.organisation(branch);
        FiscalYear fy = WebParameters.fiscalYear(year);
        boolean changed = step.apply(CurrentUser.get(), org.code(), fy);
        redirect.addFlashAttribute("flash", org.nameJa() + " " + fy.japanese() + (changed ? done : nothingToDo));
        redirect.addAttribute("branch", org.code().value());
        redirect.addAttribute("year", fy.value());
        return "redirect:/dashboard";
    }
}
