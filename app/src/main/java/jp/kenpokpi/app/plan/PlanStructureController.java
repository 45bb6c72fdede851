package jp.kenpokpi.app.plan;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jp.kenpokpi.app.catalogue.CatalogueRepository;
import jp.kenpokpi.app.plan.PlanController.Edited;
import jp.kenpokpi.app.web.CurrentUser;
import jp.kenpokpi.app.web.WebParameters;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.plan.MeasurePlan;
import jp.kenpokpi.plan.PlanPart;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Making a branch's plan in the browser (事業計画の作成): start a year from the year before, add a measure, change a
 * measure's plan (texts, actions, KPIs with 項番 and 設定に当たっての考え方) or remove it. Only who may change the
 * branch's year gets here (PlanController.MAY_EDIT); while the plan report is frozen the page says why and the
 * service refuses (PlanFreeze).
 */
@Controller
class PlanStructureController {

    private final PlanStructureService structure;
    private final PlanEditService edits;
    private final PlanFreeze freeze;
    private final CatalogueRepository catalogue;

    PlanStructureController(
            PlanStructureService structure, PlanEditService edits, PlanFreeze freeze, CatalogueRepository catalogue) {
        this.structure = structure;
        this.edits = edits;
        this.freeze = freeze;
        this.catalogue = catalogue;
    }

    @PreAuthorize(PlanController.MAY_EDIT)
    @PostMapping("/plan/start")
    String start(@RequestParam String branch, @RequestParam String year, RedirectAttributes redirect) {
        Organisation org = WebParameters.organisation(branch);
        FiscalYear fy = WebParameters.fiscalYear(year);
        PlanStructureService.Started started = structure.start(CurrentUser.get(), org.code(), fy);
        redirect.addFlashAttribute(
                "flash",
                fy.previous().japanese() + "の計画の施策" + started.measures() + "件を写して、" + fy.japanese() + "の事業計画を始めました"
                        + (started.kpisLeftOut().isEmpty()
                                ? ""
                                : "（" + fy.japanese() + "のKPI一覧にないKPI「" + String.join("」「", started.kpisLeftOut())
                                        + "」は写していません）"));
        return toPlan(redirect, org, fy);
    }

    @PreAuthorize(PlanController.MAY_EDIT)
    @PostMapping("/plan/measures")
    String add(
            @RequestParam String branch,
            @RequestParam String year,
            @RequestParam String area,
            @RequestParam(defaultValue = "") String group,
            @RequestParam(defaultValue = "") String title,
            RedirectAttributes redirect) {
        Edited e = PlanController.edited(branch, year, area, 1);
        PlanEditService.SaveOutcome outcome =
                structure.addMeasure(e.user(), e.organisation().code(), e.year(), e.area(), group, title);
        if (outcome instanceof PlanEditService.PlanRefused refused) {
            // Back to the plan page, the message beside the add form's field and what was typed kept.
            MeasurePlan.Problem p = refused.problems().get(0);
            redirect.addFlashAttribute("addError", p.messageJa());
            redirect.addFlashAttribute("addErrorField", p.field() == MeasurePlan.Field.GROUP ? "group" : "title");
            redirect.addFlashAttribute("addArea", e.area().name());
            redirect.addFlashAttribute("addGroup", group);
            redirect.addFlashAttribute("addTitle", title);
            return toPlan(redirect, e.organisation(), e.year());
        }
        var added = ((PlanEditService.Saved) outcome).measure();
        redirect.addFlashAttribute("flash", "施策「" + MeasurePlan.label(added) + "」を追加しました。計画の文章・取組・KPIを入力してください");
        redirect.addAttribute("branch", e.organisation().code().value());
        redirect.addAttribute("year", e.year().value());
        redirect.addAttribute("area", e.area().name());
        redirect.addAttribute("measure", added.number());
        return "redirect:/plan/measure";
    }

    @PreAuthorize(PlanController.MAY_EDIT)
    @GetMapping("/plan/measure")
    String form(
            @RequestParam String branch,
            @RequestParam String year,
            @RequestParam String area,
            @RequestParam int measure,
            Model model) {
        Edited e = PlanController.edited(branch, year, area, measure);
        PlanEditService.EditPage page = edits.page(e.organisation().code(), e.year(), e.area(), e.number());
        model.addAttribute("form", PlanMeasureForm.of(page.stored()));
        return show(e, page, model);
    }

    @PreAuthorize(PlanController.MAY_EDIT)
    @PostMapping("/plan/measure")
    String save(
            @RequestParam String branch,
            @RequestParam String year,
            @RequestParam String area,
            @RequestParam int measure,
            @Valid @ModelAttribute("form") PlanMeasureForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Edited e = PlanController.edited(branch, year, area, measure);
        if (binding.hasErrors()) return show(e, form, model);
        PlanEditService.SaveOutcome outcome = structure.savePlan(
                e.user(), e.organisation().code(), e.year(), e.area(), e.number(), form.toPlan(), form.getVersion());
        if (outcome instanceof PlanEditService.PlanRefused refused) {
            refused.problems().forEach(p -> {
                String field = form.field(p);
                binding.rejectValue(field, "plan." + field, p.messageJa());
            });
            return show(e, form, model);
        }
        if (outcome instanceof PlanEditService.Conflict conflict) {
            form.setVersion(conflict.current().version());
            model.addAttribute("conflict", true);
            response.setStatus(HttpStatus.CONFLICT.value());
            return show(e, form, model);
        }
        PlanEditService.Saved saved = (PlanEditService.Saved) outcome;
        redirect.addFlashAttribute(
                "flash",
                "施策「" + MeasurePlan.label(saved.measure()) + "」の計画を"
                        + (saved.changed() ? "保存しました" : "変更がなかったため、保存していません"));
        return toPlan(redirect, e.organisation(), e.year());
    }

    @PreAuthorize(PlanController.MAY_EDIT)
    @PostMapping("/plan/measure/delete")
    String delete(
            @RequestParam String branch,
            @RequestParam String year,
            @RequestParam String area,
            @RequestParam int measure,
            @RequestParam int version,
            RedirectAttributes redirect) {
        Edited e = PlanController.edited(branch, year, area, measure);
        PlanEditService.SaveOutcome outcome =
                structure.removeMeasure(e.user(), e.organisation().code(), e.year(), e.area(), e.number(), version);
        if (outcome instanceof PlanEditService.Conflict) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "施策は開いた後に他の人が変更したため、削除していません。開き直して確認してください");
        }
        redirect.addFlashAttribute(
                "flash", "施策「" + MeasurePlan.label(((PlanEditService.Saved) outcome).measure()) + "」を削除しました");
        return toPlan(redirect, e.organisation(), e.year());
    }

    private String show(Edited e, PlanMeasureForm form, Model model) {
        form.withEmptyRows();
        return show(e, edits.page(e.organisation().code(), e.year(), e.area(), e.number()), model);
    }

    private String show(Edited e, PlanEditService.EditPage page, Model model) {
        PlanController.measurePage(
                e, page, freeze.frozenBecause(e.organisation().code(), e.year(), PlanPart.PLAN), model);
        model.addAttribute("version", page.stored().version());
        model.addAttribute("kpiChoices", catalogue.load().definitionsIn(e.year()));
        return "plan-measure";
    }

    private static String toPlan(RedirectAttributes redirect, Organisation org, FiscalYear year) {
        redirect.addAttribute("branch", org.code().value());
        redirect.addAttribute("year", year.value());
        return "redirect:/plan";
    }
}
