package jp.kenpokpi.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

import jp.kenpokpi.security.UserAccount;
import jp.kenpokpi.system.DatabaseInfo;

/** What every page shows (who is signed in, whether the data is sample data) and the refusals, in one place. */
@ControllerAdvice
class GlobalModelAdvice {

    private final DatabaseInfo info;

    GlobalModelAdvice(DatabaseInfo info) {
        this.info = info;
    }

    @ModelAttribute("currentUser")
    UserAccount currentUser() {
        return CurrentUser.find().orElse(null);
    }

    @ModelAttribute("sampleData")
    boolean sampleData() {
        return info.holdsSampleData();
    }

    /** A change the user may not make (another branch, a viewer, a locked year): a Japanese page, status 403. */
    @ExceptionHandler(AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(AccessDeniedException e, Model model) {
        model.addAttribute("message", e.getMessage());
        model.addAttribute("currentUser", currentUser());
        model.addAttribute("sampleData", sampleData());
        return "forbidden";
    }
}
