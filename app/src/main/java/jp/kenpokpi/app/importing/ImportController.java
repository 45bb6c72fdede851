package jp.kenpokpi.app.importing;

import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.kenpokpi.app.budget.BudgetImport;
import jp.kenpokpi.app.budget.BudgetWorkbook;
import jp.kenpokpi.app.catalogue.CatalogueRepository;
import jp.kenpokpi.app.interchange.ImportProgress;
import jp.kenpokpi.app.interchange.InterchangeImport;
import jp.kenpokpi.app.interchange.KpiTemplate;
import jp.kenpokpi.app.plan.PlanImport;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.web.CurrentUser;
import jp.kenpokpi.app.web.WebParameters;
import jp.kenpokpi.interchange.ImportProblem;
import jp.kenpokpi.interchange.InterchangeFile;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import page: upload interchange CSV files (KPI results), business plan or budget files (CSV or the Excel
 * templates), see what would change (or every problem, by file, line and
 * column), then apply. The uploaded files wait in the session between preview and apply, so what is applied is
 * exactly what was previewed: one preview per session, bounded in size, freed by the apply or the next preview.
 */
@Controller
class ImportController {

    /** Viewers may not import (security/Permissions); which branches a file may change is checked row by row. */
    private static final String MAY_IMPORT = "@permissions.mayImport(principal.account())";

    private static final String PENDING = "pendingImport";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The file kinds the page takes: KPI results (the interchange CSV), a business plan or a budget. */
    private static final String PLAN = "plan";

    private static final String BUDGET = "budget";

    private final InterchangeImport importer;
    private final PlanImport planImport;
    private final CatalogueRepository catalogue;
    private final BudgetImport budgetImport;
    private final BudgetWorkbook budgetWorkbook;
    private final ImportKind kinds;
    private final ImportJobs<ImportJobs.Outcome> jobs = ImportJobs.forImports();

    /**
     * Files smaller than this (some 300 rows) are waited for to the end, as before: they import in a moment once the
     * application is warm, and a progress page for a few rows would only flash by, or show on a busy machine.
     */
    static final long SMALL_BYTES = 16 * 1024;

    /** How long the apply waits for a larger import before it shows the progress page instead of the outcome. */
    private final Duration progressAfter;

    ImportController(
            InterchangeImport importer,
            PlanImport planImport,
            CatalogueRepository catalogue,
            BudgetImport budgetImport,
            BudgetWorkbook budgetWorkbook,
            ImportKind kinds,
            @Value("${kenpo.import.progress-after:1s}") Duration progressAfter) {
        this.kinds = kinds;
        this.progressAfter = progressAfter;
        this.catalogue = catalogue;
        this.budgetImport = budgetImport;
        this.budgetWorkbook = budgetWorkbook;
        this.importer = importer;
        this.planImport = planImport;
    }

    @PreAuthorize(MAY_IMPORT)
    @GetMapping("/import")
    String form() {
        return "import";
    }

    /**
     * An empty Excel template for KPI results ({@link KpiTemplate}): the interchange columns with their Japanese
     * labels on sheet KPI結果, sheet 説明 and sheet KPI一覧; filled in and saved as .xlsx it imports as it is.
     */
    @GetMapping("/import/kpi-template.xlsx")
    org.springframework.http.ResponseEntity<byte[]> kpiTemplate() {
        byte[] body = KpiTemplate.workbook(catalogue.load());
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename("kpi-results-template.xlsx")
                                .build()
                                .toString())
                .body(body);
    }

    /**
     * The budget of a branch's year as an Excel template ({@link BudgetWorkbook}): a branch editor's own branch, the
     * branch asked for by headquarters; the current budget of that year, or the branch's latest one to start from.
     */
    @PreAuthorize(MAY_IMPORT)
    @GetMapping("/import/budget-template.xlsx")
    ResponseEntity<byte[]> budgetTemplate(@RequestParam Optional<String> branch, @RequestParam Optional<String> year) {
        UserAccount user = CurrentUser.get();
        Organisation org =
                WebParameters.organisation(user.branch().map(OrgCode::value).or(() -> branch), user.homeBranch());
        FiscalYear fy = year.filter(y -> !y.isBlank())
                .map(WebParameters::fiscalYear)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "年度を指定してください（例: 2024）"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(XLSX))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("budget-" + org.code().value() + "-" + fy.value() + ".xlsx")
                                .build()
                                .toString())
                .body(budgetWorkbook.template(org, fy));
    }

    /** What the page explains under the form: the columns of a KPI file and of a budget file, the KPI codes. */
    @ModelAttribute
    void help(Model model) {
        model.addAttribute("budgetColumnHelp", BudgetWorkbook.columns());
        model.addAttribute("budgetBranches", Organisations.all().branches());
        model.addAttribute(
                "budgetHomeBranch", Organisations.all().get(CurrentUser.get().homeBranch()));
        model.addAttribute(
                "budgetTemplateYear", FiscalYear.containing(YearMonth.now()).value());
        model.addAttribute("columnHelp", KpiTemplate.columns());
        model.addAttribute("kpiDefinitions", KpiTemplate.definitions(catalogue.load()));
    }

    @PreAuthorize(MAY_IMPORT)
    @PostMapping("/import/preview")
    String preview(
            @RequestParam("files") List<MultipartFile> uploads,
            @RequestParam(defaultValue = "kpi") String kind,
            HttpSession session,
            Model model)
            throws IOException {
        UserAccount user = CurrentUser.get();
        String fileKind = ImportKind.known(kind);
        model.addAttribute("kind", fileKind);
        // A new preview replaces the one waiting: a session holds at most one, freed before the new files are read.
        session.removeAttribute(PENDING);
        long bytes = uploads.stream().mapToLong(MultipartFile::getSize).sum();
        if (bytes > PendingImport.MAX_BYTES) {
            model.addAttribute(
                    "problems",
                    List.of(ImportProblem.inFile(
                            "（すべてのファイル）",
                            1,
                            "ファイルが大きすぎます（合計" + bytes / 1024 + "KB。一度に取り込めるのは合計" + PendingImport.MAX_BYTES / 1024 / 1024
                                    + "MBまで）。分けて取り込んでください")));
            return "import";
        }
        List<InterchangeFile> files = new ArrayList<>();
        for (MultipartFile upload : uploads) {
            if (upload.isEmpty()
                    && (upload.getOriginalFilename() == null
                            || upload.getOriginalFilename().isBlank())) continue;
            files.add(new InterchangeFile(upload.getOriginalFilename(), upload.getBytes()));
        }
        if (files.isEmpty()) {
            model.addAttribute("problems", List.of(ImportProblem.inFile("（なし）", 1, "取り込むCSVファイルを選んでください")));
            return "import";
        }
        List<ImportProblem> problems = kinds.problems(fileKind, user, files);
        model.addAttribute(
                "fileNames", files.stream().map(InterchangeFile::name).toList());
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            return "import";
        }
        // The files wait in the session under a token until applied, so that what is applied is what was previewed.
        String token = UUID.randomUUID().toString();
        session.setAttribute(PENDING, new PendingImport(token, fileKind, files));
        model.addAttribute("token", token);
        if (fileKind.equals(BUDGET)) {
            List<BudgetImport.Change> changes =
                    budgetImport.changes(budgetImport.check(files).budgets());
            model.addAttribute("budgetChanges", changes);
            model.addAttribute(
                    "changeCount",
                    changes.stream().filter(BudgetImport.Change::changes).count());
        } else if (fileKind.equals(PLAN)) {
            List<PlanImport.Change> changes =
                    planImport.changes(planImport.check(files).plans());
            model.addAttribute("planChanges", changes);
            model.addAttribute(
                    "changeCount",
                    changes.stream().filter(PlanImport.Change::changes).count());
        } else {
            List<InterchangeImport.PreviewLine> lines =
                    importer.preview(importer.check(files).rows());
            model.addAttribute("lines", lines);
            model.addAttribute(
                    "changeCount",
                    lines.stream()
                            .filter(InterchangeImport.PreviewLine::changes)
                            .count());
        }
        return "import";
    }

    /**
     * Applies the files previewed, in the background ({@link ImportJobs}): a small file, or an import done within
     * kenpo.import.progress-after, shows its outcome at once, as before; a longer one goes to its progress page.
     */
    @PreAuthorize(MAY_IMPORT)
    @PostMapping("/import/apply")
    String apply(
            @RequestParam String token,
            @RequestParam(defaultValue = "kpi") String kind,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        UserAccount user = CurrentUser.get();
        String fileKind = ImportKind.known(kind);
        List<InterchangeFile> files = PendingImport.take(session, PENDING, token, fileKind);
        if (files == null) {
            model.addAttribute(
                    "problems", List.of(ImportProblem.inFile("（なし）", 1, "取り込み内容の確認が古くなりました。もう一度ファイルを選んで確認してください")));
            return "import";
        }
        ImportJobs.Job<ImportJobs.Outcome> job =
                jobs.start(user.username(), fileKind, progress -> run(fileKind, user, files, progress));
        long bytes = files.stream().mapToLong(f -> f.content().length).sum();
        Optional<ImportJobs.Outcome> outcome = job.await(bytes < SMALL_BYTES ? Duration.ofMinutes(10) : progressAfter);
        if (outcome.isEmpty()) return "redirect:/import/running/" + job.id();
        jobs.forget(job);
        return shown(outcome.get(), fileKind, model, redirect);
    }

    /**
     * The page of an import still running: its stages and a progress bar, refreshed by static/import-progress.js
     * (or, without JavaScript, by the page reloading itself); once it has finished, its outcome, shown once.
     */
    @PreAuthorize(MAY_IMPORT)
    @GetMapping("/import/running/{id}")
    String running(@PathVariable String id, Model model, RedirectAttributes redirect) {
        ImportJobs.Job<ImportJobs.Outcome> job = ownJob(id);
        Optional<ImportJobs.Outcome> outcome = job.await(Duration.ZERO);
        if (outcome.isEmpty()) {
            model.addAttribute("job", job.status());
            return "import-progress";
        }
        jobs.forget(job);
        return shown(outcome.get(), job.kind(), model, redirect);
    }

    /** Where the user's import has got to, for the progress page's script: {@link ImportJobs.Status} as JSON. */
    @PreAuthorize(MAY_IMPORT)
    @GetMapping(value = "/import/progress/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ImportJobs.Status progress(@PathVariable String id) {
        return ownJob(id).status();
    }

    @PreDestroy
    void stopImports() {
        jobs.close();
    }

    /** The user's own job; another user's, or one whose outcome was shown, is not found. */
    private ImportJobs.Job<ImportJobs.Outcome> ownJob(String id) {
        return jobs.find(id, CurrentUser.get().username())
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "この取り込みは見つかりません（結果は一度だけ表示します。取込履歴で確かめてください）"));
    }

    /** An import's outcome as the page has always shown it: the summary on the import page, or why not. */
    private static String shown(ImportJobs.Outcome outcome, String kind, Model model, RedirectAttributes redirect) {
        if (outcome instanceof ImportJobs.Outcome.Imported imported) {
            redirect.addFlashAttribute("flashMessage", imported.summaryJa());
            return "redirect:/import";
        }
        ImportJobs.Outcome.Refused refused = (ImportJobs.Outcome.Refused) outcome;
        model.addAttribute("kind", kind);
        if (refused.busyJa().isPresent())
            model.addAttribute("busyMessage", refused.busyJa().get());
        else model.addAttribute("problems", refused.problems());
        return "import";
    }

    /** The import itself, on a job's thread: the user's rights first, then the files, telling the progress. */
    private ImportJobs.Outcome run(
            String fileKind, UserAccount user, List<InterchangeFile> files, ImportProgress progress) {
        progress.reached(ImportJobs.STAGES.get(0), 0, files.size());
        List<ImportProblem> problems = kinds.problems(fileKind, user, files);
        if (!problems.isEmpty()) return new ImportJobs.Outcome.Refused(problems, Optional.empty());
        return new ImportJobs.Outcome.Imported(
                kinds.apply(fileKind, user, files, progress).summaryJa());
    }
}
