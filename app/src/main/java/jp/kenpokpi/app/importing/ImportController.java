package jp.kenpokpi.app.importing;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.kenpokpi.app.catalogue.CatalogueRepository;
import jp.kenpokpi.app.interchange.ImportPermissions;
import jp.kenpokpi.app.interchange.InterchangeImport;
import jp.kenpokpi.app.interchange.KpiTemplate;
import jp.kenpokpi.app.plan.PlanImport;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.web.CurrentUser;
import jp.kenpokpi.interchange.ImportProblem;
import jp.kenpokpi.interchange.InterchangeFile;
import jp.kenpokpi.interchange.InterchangeReader;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import page: upload interchange CSV files (KPI results) or business plan CSV files, see what would change (or every problem, by file, line and
 * column), then apply. The uploaded files wait in the session between preview and apply, so what is applied is
 * exactly what was previewed: one preview per session, bounded in size, freed by the apply or the next preview.
 */
@Controller
class ImportController {

    /** Viewers may not import (security/Permissions); which branches a file may change is checked row by row. */
    private static final String MAY_IMPORT = "@permissions.mayImport(principal.account())";

    private static final String PENDING = "pendingImport";
    /** The file kinds the page takes: KPI results (the interchange CSV) or a business plan. */
    private static final String PLAN = "plan";

    private final InterchangeImport importer;
    private final ImportPermissions permissions;
    private final PlanImport planImport;
    private final CatalogueRepository catalogue;

    ImportController(
            InterchangeImport importer,
            ImportPermissions permissions,
            PlanImport planImport,
            CatalogueRepository catalogue) {
        this.catalogue = catalogue;
        this.importer = importer;
        this.permissions = permissions;
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

    /** What the page explains under the form: the columns of a KPI file and the KPI codes it may name. */
    @ModelAttribute
    void help(Model model) {
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
        boolean plan = kind.equals(PLAN);
        model.addAttribute("kind", plan ? PLAN : "kpi");
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
        List<ImportProblem> problems = plan ? planImport.problems(files, user) : check(user, files);
        model.addAttribute(
                "fileNames", files.stream().map(InterchangeFile::name).toList());
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            return "import";
        }
        // The files wait in the session under a token until applied, so that what is applied is what was previewed.
        String token = UUID.randomUUID().toString();
        session.setAttribute(PENDING, new PendingImport(token, plan ? PLAN : "kpi", files));
        model.addAttribute("token", token);
        if (plan) {
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

    @PreAuthorize(MAY_IMPORT)
    @PostMapping("/import/apply")
    String apply(
            @RequestParam String token,
            @RequestParam(defaultValue = "kpi") String kind,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        UserAccount user = CurrentUser.get();
        boolean plan = kind.equals(PLAN);
        List<InterchangeFile> files = PendingImport.take(session, PENDING, token, plan ? PLAN : "kpi");
        if (files == null) {
            model.addAttribute(
                    "problems", List.of(ImportProblem.inFile("（なし）", 1, "取り込み内容の確認が古くなりました。もう一度ファイルを選んで確認してください")));
            return "import";
        }
        List<ImportProblem> problems = plan ? planImport.problems(files, user) : check(user, files);
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            return "import";
        }
        redirect.addFlashAttribute(
                "flashMessage",
                plan
                        ? planImport.importFiles(files, user, "import").summaryJa()
                        : importer.importFiles(files, user.username(), "import").summaryJa());
        return "redirect:/import";
    }

    /** The file's own problems first; only a readable file is checked against the user's rights. */
    private List<ImportProblem> check(UserAccount user, List<InterchangeFile> files) {
        InterchangeReader.Outcome outcome = importer.check(files);
        if (!outcome.ok()) return outcome.problems();
        return permissions.problems(user, outcome.rows());
    }
}
