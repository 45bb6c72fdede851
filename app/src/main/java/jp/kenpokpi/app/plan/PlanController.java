package jp.kenpokpi.app.plan;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import jp.kenpokpi.app.catalogue.CatalogueRepository;
import jp.kenpokpi.app.security.BranchAccess;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.summary.SummaryService;
import jp.kenpokpi.app.web.CurrentUser;
import jp.kenpokpi.app.web.RenderedFragments;
import jp.kenpokpi.app.web.WebParameters;
import jp.kenpokpi.audit.SourceText;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.evaluation.MarkPolicies;
import jp.kenpokpi.evaluation.SelfEvaluation;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.period.JapanTime;
import jp.kenpokpi.plan.BusinessPlan;
import jp.kenpokpi.plan.Measure;
import jp.kenpokpi.plan.MeasureReport;
import jp.kenpokpi.plan.PlanArea;
import jp.kenpokpi.plan.PlanCsvWriter;
import jp.kenpokpi.plan.PlanPart;
import jp.kenpokpi.report.PlanResults;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * A branch's business plan for a year (事業計画): the page, its CSV (the template users edit and import again), and
 * the edit form of one measure's year-end report, which only those who may change the branch's year reach.
 */
@Controller
class PlanController {

    private final PlanRepository plans;
    private final PlanEditService edits;
    private final CatalogueRepository catalogue;
    private final BranchAccess access;
    private final SummaryService summaries;
    private final RenderedFragments fragments;
    private final PlanFreeze freeze;

    PlanController(
            PlanRepository plans,
            PlanEditService edits,
            CatalogueRepository catalogue,
            BranchAccess access,
            SummaryService summaries,
            RenderedFragments fragments,
            PlanFreeze freeze) {
        this.freeze = freeze;
        this.summaries = summaries;
        this.fragments = fragments;
        this.plans = plans;
        this.edits = edits;
        this.catalogue = catalogue;
        this.access = access;
    }

    /**
     * The branch asked for, else the user's own, else Tochigi; the year asked for, else its latest plan's, else the
     * fiscal year of today (a branch without a plan starts there).
     */
    private record Subject(Organisation organisation, List<FiscalYear> years, Optional<FiscalYear> year) {}

    private Subject subject(Optional<String> branch, Optional<String> year) {
        Organisation org = WebParameters.organisation(branch.filter(b -> !b.isBlank())
                .orElse(CurrentUser.get().homeBranch().value()));
        List<FiscalYear> years = plans.years(org.code());
        Optional<FiscalYear> fy = year.filter(y -> !y.isBlank())
                .map(WebParameters::fiscalYear)
                .or(() -> years.stream().findFirst())
                .or(() -> Optional.of(FiscalYear.containing(YearMonth.now(JapanTime.clock()))));
        return new Subject(org, years, fy);
    }

    @GetMapping("/plan")
    String plan(
            @RequestParam Optional<String> branch,
            @RequestParam Optional<String> year,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Subject s = subject(branch, year);
        // The years with a plan, the one shown, and the year after the latest (where the next plan starts).
        java.util.TreeSet<FiscalYear> choices = new java.util.TreeSet<>(s.years());
        s.year().ifPresent(choices::add);
        choices.add(choices.last().next());
        List<FiscalYear> yearChoices = new ArrayList<>(choices.descendingSet());
        boolean canEdit = s.year()
                .map(y -> access.canChange(CurrentUser.get(), s.organisation().code(), y))
                .orElse(false);
        OrgCode code = s.organisation().code();
        Optional<String> planFrozen = s.year().flatMap(y -> freeze.frozenBecause(code, y, PlanPart.PLAN));
        Optional<String> yearEndFrozen = s.year().flatMap(y -> freeze.frozenBecause(code, y, PlanPart.YEAR_END));
        boolean hasPlan = s.year().filter(s.years()::contains).isPresent();
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("hasPlan", hasPlan);
        model.addAttribute(
                "previousYear",
                s.year().map(FiscalYear::previous).filter(s.years()::contains).orElse(null));
        model.addAttribute("planFrozen", planFrozen.orElse(null));
        model.addAttribute("yearEndFrozen", yearEndFrozen.orElse(null));
        model.addAttribute("areas", PlanArea.values());
        model.addAttribute("organisation", s.organisation());
        model.addAttribute("organisations", Organisations.all().list());
        model.addAttribute("year", s.year().orElse(null));
        model.addAttribute("years", yearChoices);
        // The plan's text (Tochigi's is about 100 KB of HTML) is the same for everyone who may (or may not) edit:
        // rendered once per data version; measured in docs/PERFORMANCE.md.
        String key = s.organisation().code() + " "
                + s.year().map(FiscalYear::toString).orElse("-") + " " + canEdit + " " + planFrozen.isPresent() + " "
                + yearEndFrozen.isPresent();
        model.addAttribute(
                "bodyHtml",
                fragments.render(
                        "plan",
                        "plan-body",
                        key,
                        () -> {
                            Map<String, Object> variables = new HashMap<>(model.asMap());
                            BusinessPlan plan = s.year()
                                    .flatMap(y -> plans.find(s.organisation().code(), y))
                                    .orElse(null);
                            variables.put("plan", plan);
                            // 出典 as the report's title, not the transcription's file name and lines.
                            variables.put(
                                    "planSourceJa",
                                    plan == null
                                            ? null
                                            : plan.source()
                                                    .map(SourceText::readableJa)
                                                    .orElse(null));
                            variables.put("areas", PlanArea.values());
                            variables.put(
                                    "kpiNames", s.year().map(this::kpiNames).orElse(Map.of()));
                            variables.put("canEditPlan", canEdit && planFrozen.isEmpty());
                            variables.put("canEditYearEnd", canEdit && yearEndFrozen.isEmpty());
                            return variables;
                        },
                        request,
                        response));
        return "plan";
    }

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** The plan as CSV in the import format, UTF-8 with a BOM so that Excel opens it. */
    @GetMapping("/plan.csv")
    ResponseEntity<byte[]> csv(@RequestParam Optional<String> branch, @RequestParam Optional<String> year) {
        return download(branch, year, "csv", CSV, PlanCsvWriter::bytesForExcel);
    }

    /** The same rows as an Excel template, which imports again as .xlsx. */
    @GetMapping("/plan.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam Optional<String> branch, @RequestParam Optional<String> year) {
        return download(branch, year, "xlsx", XLSX, PlanWorkbook::write);
    }

    /** The asked-for plan written by the format's writer, as plan-09-2023.xlsx: ASCII, so that every browser keeps the name. */
    private ResponseEntity<byte[]> download(
            Optional<String> branch,
            Optional<String> year,
            String extension,
            MediaType type,
            Function<List<BusinessPlan>, byte[]> writer) {
        Subject s = subject(branch, year);
        BusinessPlan plan = s.year()
                .flatMap(y -> plans.find(s.organisation().code(), y))
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        s.organisation().nameJa() + "の"
                                + s.year().map(FiscalYear::japanese).orElse("") + "事業計画はありません"));
        String name = "plan-" + plan.organisation() + "-" + plan.year() + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(writer.apply(List.of(plan)));
    }

    /** Only who may change the branch's year opens or saves its measures (BranchAccess, through Permissions). */
    static final String MAY_EDIT = "@permissions.mayChange(principal.account(), "
            + "T(jp.kenpokpi.app.web.WebParameters).organisation(#branch).code(), "
            + "T(jp.kenpokpi.app.web.WebParameters).fiscalYear(#year))";

    /** The measure a request edits (method security has checked the user may change its branch's year). */
    record Edited(UserAccount user, Organisation organisation, FiscalYear year, PlanArea area, int number) {}

    static Edited edited(String branch, String year, String area, int measure) {
        UserAccount user = CurrentUser.get();
        Organisation org = WebParameters.organisation(branch);
        FiscalYear fy = WebParameters.fiscalYear(year);
        PlanArea planArea = PlanArea.parse(area)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "分野「" + area + "」はありません（CORE、STRATEGIC、ORGANISATION）"));
        return new Edited(user, org, fy, planArea, measure);
    }

    @PreAuthorize(MAY_EDIT)
    @GetMapping("/plan/edit")
    String form(
            @RequestParam String branch,
            @RequestParam String year,
            @RequestParam String area,
            @RequestParam int measure,
            Model model) {
        Edited e = edited(branch, year, area, measure);
        PlanEditService.EditPage page = edits.page(e.organisation().code(), e.year(), e.area(), e.number());
        model.addAttribute("form", PlanEditForm.of(page.stored()));
        return show(e, page, model);
    }

    @PreAuthorize(MAY_EDIT)
    @PostMapping("/plan/edit")
    String save(
            @RequestParam String branch,
            @RequestParam String year,
            @RequestParam String area,
            @RequestParam int measure,
            @Valid @ModelAttribute("form") PlanEditForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Edited e = edited(branch, year, area, measure);
        if (binding.hasErrors()) return show(e, model);
        PlanEditService.SaveOutcome outcome = edits.save(
                e.user(), e.organisation().code(), e.year(), e.area(), e.number(), form.toReport(), form.getVersion());
        if (outcome instanceof PlanEditService.Refused refused) {
            refused.problems()
                    .forEach(p -> binding.rejectValue(field(p.field()), "plan." + field(p.field()), p.messageJa()));
            return show(e, model);
        }
        if (outcome instanceof PlanEditService.Conflict conflict) {
            // What the user typed stays beside the current text; saving again is then a choice made knowing it.
            form.setVersion(conflict.current().version());
            model.addAttribute("conflict", true);
            response.setStatus(HttpStatus.CONFLICT.value());
            return show(e, model);
        }
        PlanEditService.Saved saved = (PlanEditService.Saved) outcome;
        redirect.addFlashAttribute(
                "flash",
                saved.changed()
                        ? "「" + saved.measure().title() + "」の実施状況を保存しました"
                        : "「" + saved.measure().title() + "」は変更がなかったため、保存していません");
        redirect.addAttribute("branch", e.organisation().code().value());
        redirect.addAttribute("year", e.year().value());
        return "redirect:/plan";
    }

    /** What both measure forms show: the measure, its history and last change, and why its half is frozen. */
    static void measurePage(Edited e, PlanEditService.EditPage page, Optional<String> frozen, Model model) {
        model.addAttribute("organisation", e.organisation());
        model.addAttribute("year", e.year());
        model.addAttribute("page", page);
        model.addAttribute("measure", page.stored().measure());
        model.addAttribute("lastChange", page.lastChange().orElse(null));
        model.addAttribute("frozen", frozen.orElse(null));
    }

    private String show(Edited e, Model model) {
        return show(e, edits.page(e.organisation().code(), e.year(), e.area(), e.number()), model);
    }

    private String show(Edited e, PlanEditService.EditPage page, Model model) {
        measurePage(e, page, freeze.frozenBecause(e.organisation().code(), e.year(), PlanPart.YEAR_END), model);
        model.addAttribute("selfEvaluations", SelfEvaluation.values());
        model.addAttribute("marks", List.of(Mark.EXCEEDED, Mark.AS_PLANNED, Mark.BELOW_PLAN, Mark.NOT_CARRIED_OUT));
        model.addAttribute("kpiNames", kpiNames(e.year()));
        // The measure's KPIs as the dashboard judges them, and the S–D they suggest, beside the self-evaluation field.
        Measure measure = page.stored().measure();
        PlanResults.MeasureResults results = new PlanResults(
                        new BusinessPlan(e.organisation().code(), e.year(), List.of(measure), Optional.empty()),
                        summaries.branchYear(e.organisation().code(), e.year(), MarkPolicies.EXCEEDS))
                .measures()
                .get(0);
        model.addAttribute("kpiResults", results.kpis());
        model.addAttribute("suggestion", results.suggestion().orElse(null));
        return "plan-edit";
    }

    private Map<String, String> kpiNames(FiscalYear year) {
        return catalogue.load().namesIn(year);
    }

    private static String field(MeasureReport.Field field) {
        return switch (field) {
            case DONE_TEXT -> "doneText";
            case ISSUES -> "issues";
            case SELF_EVALUATION -> "selfEvaluation";
            case SELF_EVALUATION_REASON -> "selfEvaluationReason";
        };
    }
}
