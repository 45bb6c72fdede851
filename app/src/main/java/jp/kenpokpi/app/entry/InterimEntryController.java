package jp.kenpokpi.app.entry;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.app.security.BranchAccess;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.web.CurrentUser;
import jp.kenpokpi.app.web.WebParameters;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.period.AsOf;
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
 * The entry form of a KPI's result as of a month end (中間実績) for a branch: the year-end form's value, 分子/分母
 * and note, read and checked by the same code, at a month end of the fiscal year that has come. Only those who may
 * change the result now reach it (BranchAccess.resultRefusal: not while the year is locked, nor a month end of 上期
 * while the 上期実施状況 report is submitted or approved); a saved entry goes back to the interim page at that month.
 */
@Controller
@RequestMapping("/interim/entry/{kpiCode}")
class InterimEntryController {

    private final ResultEntryService entries;
    private final BranchAccess access;

    InterimEntryController(ResultEntryService entries, BranchAccess access) {
        this.entries = entries;
        this.access = access;
    }

    /** The branch, month and KPI a request is about, once the user is known to be allowed to change them. */
    private record Subject(
            UserAccount user,
            Organisation organisation,
            AsOf asOf,
            List<AsOf> months,
            Optional<String> withheld,
            KpiDefinition definition) {}

    private Subject subject(String kpiCode, Optional<String> branch, String asOfText) {
        UserAccount user = CurrentUser.get();
        Organisation org = WebParameters.organisation(branch, user.home());
        AsOf asOf = WebParameters.asOf(asOfText);
        access.requireResultChange(user, org.code(), asOf.fiscalYear(), Optional.of(asOf));
        List<AsOf> months = InterimMonths.offered(asOf.fiscalYear());
        if (!months.contains(asOf)) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, asOf.japanese() + "はまだ来ていないため、その実績は入力できません（月末を過ぎてから入力します）");
        }
        KpiDefinition definition = entries.definition(kpiCode, asOf.fiscalYear())
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "KPI「" + kpiCode + "」は" + asOf.fiscalYear().label() + "のKPIカタログにありません"));
        // The month ends whose report is submitted or approved are not offered beside this one (their form refuses
        // them); the page says why.
        List<AsOf> open = new ArrayList<>();
        Optional<String> withheld = Optional.empty();
        for (AsOf m : months) {
            Optional<String> frozen = access.resultFrozenBecause(org.code(), m.fiscalYear(), Optional.of(m));
            if (frozen.isEmpty()) open.add(m);
            else withheld = withheld.or(() -> frozen);
        }
        return new Subject(user, org, asOf, open, withheld, definition);
    }

    @GetMapping
    String form(
            @PathVariable String kpiCode,
            @RequestParam Optional<String> branch,
            @RequestParam String asOf,
            Model model) {
        Subject s = subject(kpiCode, branch, asOf);
        ResultEntryService.InterimEntryPage page =
                entries.interimPage(s.organisation().code(), s.asOf(), s.definition());
        model.addAttribute("form", ResultEntryForm.of(page.stored()));
        return show(s, page, model);
    }

    @PostMapping
    String save(
            @PathVariable String kpiCode,
            @RequestParam Optional<String> branch,
            @RequestParam String asOf,
            @Valid @ModelAttribute("form") ResultEntryForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Subject s = subject(kpiCode, branch, asOf);
        if (binding.hasErrors()) return show(s, model);
        String clearedNote = form.dropStaleFractionNotice().orElse(null);
        model.addAttribute("fractionCleared", clearedNote);
        ResultEntryService.SaveOutcome outcome = entries.saveInterim(
                s.user(), s.organisation().code(), s.asOf(), s.definition(), form.toInterimEntry(), form.readVersion());
        if (EntryAnswers.keptOnForm(outcome, form, binding, model, response)) return show(s, model);
        ResultEntryService.Saved saved = (ResultEntryService.Saved) outcome;
        String what = "「" + s.definition().nameJa() + "」の" + s.asOf().japanese() + "の実績";
        redirect.addFlashAttribute(
                "flash",
                saved.changed()
                        ? what + "を保存しました（"
                                + ResultText.of(saved.result(), s.definition()).orElse("実績なし") + "）"
                                + (clearedNote == null ? "" : "。" + clearedNote)
                        : what + "は変更がなかったため、保存していません");
        redirect.addAttribute("branch", s.organisation().code().value());
        redirect.addAttribute("asOf", s.asOf().iso());
        return "redirect:/interim";
    }

    private String show(Subject s, Model model) {
        return show(s, entries.interimPage(s.organisation().code(), s.asOf(), s.definition()), model);
    }

    private String show(Subject s, ResultEntryService.InterimEntryPage page, Model model) {
        model.addAttribute("organisation", s.organisation());
        model.addAttribute("asOf", s.asOf());
        // Newest first, as on the interim page.
        List<AsOf> newestFirst = new ArrayList<>(s.months());
        Collections.reverse(newestFirst);
        model.addAttribute("months", newestFirst);
        model.addAttribute("withheld", s.withheld().orElse(null));
        model.addAttribute("page", page);
        model.addAttribute("row", page.row());
        EntryAnswers.stored(model, s.definition(), page.stored(), page.lastChange());
        return "interim-entry";
    }
}
