package jp.kenpokpi.app.entry;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import jp.kenpokpi.app.audit.ChangeHistory;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.summary.ResultText;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** What the year-end and the month-end entry forms answer alike: a save that did not go through, the stored value. */
final class EntryAnswers {

    private EntryAnswers() {}

    /**
     * Puts a save that did not go through on the form: each refused field's message, or the current value beside
     * what the user typed (409 Conflict).
     *
     * @return true when the form is to be shown again; false when the entry was saved
     */
    static boolean keptOnForm(
            ResultEntryService.SaveOutcome outcome,
            ResultEntryForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        if (outcome instanceof ResultEntryService.Refused refused) {
            ResultEntryForm.reject(refused, binding);
            return true;
        }
        if (outcome instanceof ResultEntryService.Conflict conflict) {
            // The form keeps what the user typed, beside the current value; saving again is then a choice made
            // knowing it, so the form now carries the current version.
            form.setVersion(conflict.current()
                    .map(ResultEntryService.StoredEntry::version)
                    .orElse(null));
            model.addAttribute("conflict", true);
            response.setStatus(HttpStatus.CONFLICT.value());
            return true;
        }
        return false;
    }

    /** The stored result as the page shows it (and the conflict box), and who changed it last. */
    static void stored(
            Model model,
            KpiDefinition definition,
            Optional<ResultEntryService.StoredEntry> stored,
            Optional<ChangeHistory.Line> lastChange) {
        model.addAttribute("definition", definition);
        model.addAttribute("stored", stored.orElse(null));
        model.addAttribute(
                "storedText",
                stored.flatMap(e -> ResultText.of(e.result(), definition)).orElse(null));
        model.addAttribute("lastChange", lastChange.orElse(null));
    }
}
