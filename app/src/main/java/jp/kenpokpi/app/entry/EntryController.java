package jp.kenpokpi.app.entry;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import jp.kenpokpi.app.security.BranchAccess;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.summary.SummaryService;
import jp.kenpokpi.app.web.CurrentUser;
import jp.kenpokpi.app.web.WebParameters;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.evaluation.SelfEvaluation;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.summary.ResultText;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The entry form of a KPI's year-end result for a branch and year. Only those who may change the result now reach it
 * (BranchAccess.resultRefusal: not while the year is locked or its 年度実績 report submitted or approved), by GET or
 * by POST; a saved entry goes back to the dashboard (POST-redirect-GET).
 */
@Controller
@RequestMapping("/entry/{kpiCode}")
class EntryController {

    private final ResultEntryService entries;
    private final SummaryService summaries;
    private final BranchAccess access;

    EntryController(ResultEntryService entries, SummaryService summaries, BranchAccess access) {
        this.entries = entries;
        this.summaries = summaries;
        this.access = access;
    }

    /** The branch, year and KPI a request is about, once the user is known to be allowed to change them. */
    private record Subject(UserAccount user, Organisation organisation, FiscalYear year, KpiDefinition definition) {}

    private Subject subject(String kpiCode, Optional<String> branch, Optional<String> year) {
        UserAccount user = CurrentUser.get();
        Organisation org = WebParameters.organisation(branch, user.home());
        FiscalYear fy = year.map(WebParameters::fiscalYear).orElseGet(() -> summaries.defaultYear(org.code()));
        access.requireResultChange(user, org.code(), fy, Optional.empty());
        KpiDefinition definition = entries.definition(kpiCode, fy)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "KPI「" + kpiCode + "」は" + fy.label() + "のKPIカタログにありません"));
        return new Subject(user, org, fy, definition);
    }

    @GetMapping
    String form(
            @PathVariable String kpiCode,
            @RequestParam Optional<String> branch,
            @RequestParam Optional<String> year,
            Model model) {
        Subject s = subject(kpiCode, branch, year);
        ResultEntryService.EntryPage page = entries.page(s.organisation().code(), s.year(), s.definition());
        model.addAttribute("form", ResultEntryForm.of(page.stored()));
        return show(s, page, model);
    }

    @PostMapping
    String save(
            @PathVariable String kpiCode,
            @RequestParam Optional<String> branch,
            @RequestParam Optional<String> year,
            @Valid @ModelAttribute("form") ResultEntryForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Subject s = subject(kpiCode, branch, year);
        if (binding.hasErrors()) return show(s, model);
        String clearedNote = form.dropStaleFractionNotice().orElse(null);
        model.addAttribute("fractionCleared", clearedNote);
        ResultEntryService.SaveOutcome outcome = entries.save(
                s.user(), s.organisation().code(), s.year(), s.definition(), form.toEntry(), form.readVersion());
        if (EntryAnswers.keptOnForm(outcome, form, binding, model, response)) return show(s, model);
        ResultEntryService.Saved saved = (ResultEntryService.Saved) outcome;
        redirect.addFlashAttribute(
                "flash",
                saved.changed()
                        ? "「" + s.definition().nameJa() + "」の" + s.year().japanese() + "実績を保存しました（"
                                + ResultText.of(saved.result(), s.definition()).orElse("実績なし") + "、実施状況 "
                                + saved.evaluation().orElseThrow().mark().symbol() + "）"
                                + (clearedNote == null ? "" : "。" + clearedNote)
                        : "「" + s.definition().nameJa() + "」は変更がなかったため、保存していません");
        redirect.addAttribute("branch", s.organisation().code().value());
        redirect.addAttribute("year", s.year().value());
        return "redirect:/dashboard";
    }

    private String show(Subject s, Model model) {
        return show(s, entries.page(s.organisation().code(), s.year(), s.definition()), model);
    }

    private String show(Subject s, ResultEntryService.EntryPage page, Model model) {
        model.addAttribute("organisation", s.organisation());
        model.addAttribute("year", s.year());
        model.addAttribute("page", page);
        model.addAttribute("row", page.row());
        EntryAnswers.stored(model, s.definition(), page.stored(), page.lastChange());
        model.addAttribute("policy", ResultEntryService.POLICY);
        model.addAttribute("selfEvaluations", SelfEvaluation.values());
        return "entry";
    }
}
