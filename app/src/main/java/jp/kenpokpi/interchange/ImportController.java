package jp.kenpokpi.interchange;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kenpokpi.plan.PlanImport;
import jp.kenpokpi.security.AccessDeniedToBranchException;
import jp.kenpokpi.security.Role;
import jp.kenpokpi.security.UserAccount;
import jp.kenpokpi.web.CurrentUser;

/**
 * The import page: upload interchange CSV files (KPI results) or business plan CSV files, see what would change (or every problem, by file, line and
 * column), then apply. The uploaded files wait in the session between preview and apply, so what is applied is
 * exactly what was previewed.
 */
@Controller
class ImportController {

    private static final String PENDING = "pendingImports";
    private static final String PENDING_PLANS = "pendingPlanImports";
    /** The file kinds the page takes: KPI results (the interchange CSV) or a business plan. */
    private static final String PLAN = "plan";

    private final InterchangeImport importer;
    private final ImportPermissions permissions;
    private final PlanImport planImport;

    ImportController(InterchangeImport importer, ImportPermissions permissions, PlanImport planImport) {
        this.importer = importer;
        this.permissions = permissions;
        this.planImport = planImport;
    }

    @GetMapping("/import")
    String form() {
        requireImporter();
        return "import";
    }

    /**
     * An empty Excel template for KPI results: the interchange columns (INTERCHANGE.md) as the header of a sheet
     * KPI結果, and a sheet 説明; filled in and saved as .xlsx it imports as it is, like the CSV.
     */
    @GetMapping("/import/kpi-template.xlsx")
    org.springframework.http.ResponseEntity<byte[]> kpiTemplate() {
        List<String> header = java.util.Arrays.stream(InterchangeColumn.values()).map(InterchangeColumn::header).toList();
        byte[] body = ImportWorkbook.write("KPI結果", List.of(header), Map.of("target", 16, "actual", 12, "note", 30,
                "source", 30), KPI_TEMPLATE_HELP);
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
                        .attachment().filename("kpi-results-template.xlsx").build().toString())
                .body(body);
    }

    private static final List<String> KPI_TEMPLATE_HELP = List.of(
            "KPI結果の入力用テンプレート（kenpo-kpi）",
            "「KPI結果」シートの1行目は見出しです。列名は変えないでください。2行目から1行に1つのKPIの結果（または目標）を書きます。",
            "branch_code: 00（協会全体）または 01〜47。fiscal_year: 2023 または 令和5年度。kpi_code: KPI一覧のコード（例: LIFESTYLE_CHECKUP_RATE）。",
            "as_of: 中間実績の月末（例: 2023-09）。年度末の実績なら空。target: 目標（例: 71.7%以上、対前年度以上）。actual: 実績（例: 72.2%）。",
            "numerator / denominator: 分子・分母（率のKPI）。national_value / national_rank / mark / self_evaluation / note: 報告書に印刷された値があれば。",
            "このファイル（.xlsx）のまま、またはCSV（UTF-8）で保存して、取込ページの「KPI結果」から取り込めます。誤りがあれば行番号と列名で示し、何も保存しません。",
            "列の詳しい説明: INTERCHANGE.md");

    @PostMapping("/import/preview")
    String preview(@RequestParam("files") List<MultipartFile> uploads,
                   @RequestParam(defaultValue = "kpi") String kind, HttpSession session, Model model) throws IOException {
        UserAccount user = requireImporter();
        boolean plan = kind.equals(PLAN);
        model.addAttribute("kind", plan ? PLAN : "kpi");
        List<InterchangeFile> files = new ArrayList<>();
        for (MultipartFile upload : uploads) {
            if (upload.isEmpty() && (upload.getOriginalFilename() == null || upload.getOriginalFilename().isBlank())) continue;
            files.add(new InterchangeFile(upload.getOriginalFilename(), upload.getBytes()));
        }
        if (files.isEmpty()) {
            model.addAttribute("problems", List.of(ImportProblem.inFile("（なし）", 1, "取り込むCSVファイルを選んでください")));
            return "import";
        }
        List<ImportProblem> problems = plan ? planImport.problems(files, user) : check(user, files);
        model.addAttribute("fileNames", files.stream().map(InterchangeFile::name).toList());
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            return "import";
        }
        // The files wait in the session under a token until applied, so that what is applied is what was previewed.
        String token = UUID.randomUUID().toString();
        pending(session, plan ? PENDING_PLANS : PENDING).put(token, files);
        model.addAttribute("token", token);
        if (plan) {
            List<PlanImport.Change> changes = planImport.changes(planImport.check(files).plans());
            model.addAttribute("planChanges", changes);
            model.addAttribute("changeCount", changes.stream().filter(PlanImport.Change::changes).count());
        } else {
            List<InterchangeImport.PreviewLine> lines = importer.preview(importer.check(files).rows());
            model.addAttribute("lines", lines);
            model.addAttribute("changeCount", lines.stream().filter(InterchangeImport.PreviewLine::changes).count());
        }
        return "import";
    }

    @PostMapping("/import/apply")
    String apply(@RequestParam String token, @RequestParam(defaultValue = "kpi") String kind, HttpSession session,
                 Model model, RedirectAttributes redirect) {
        UserAccount user = requireImporter();
        boolean plan = kind.equals(PLAN);
        List<InterchangeFile> files = pending(session, plan ? PENDING_PLANS : PENDING).remove(token);
        if (files == null) {
            model.addAttribute("problems", List.of(ImportProblem.inFile("（なし）", 1,
                    "取り込み内容の確認が古くなりました。もう一度ファイルを選んで確認してください")));
            return "import";
        }
        List<ImportProblem> problems = plan ? planImport.problems(files, user) : check(user, files);
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            return "import";
        }
        redirect.addFlashAttribute("flashMessage", plan ? planImport.importFiles(files, user, "import").summaryJa()
                : importer.importFiles(files, user.username(), "import").summaryJa());
        return "redirect:/import";
    }

    /** The file's own problems first; only a readable file is checked against the user's rights. */
    private List<ImportProblem> check(UserAccount user, List<InterchangeFile> files) {
        InterchangeReader.Outcome outcome = importer.check(files);
        if (!outcome.ok()) return outcome.problems();
        return permissions.problems(user, outcome.rows());
    }

    private static UserAccount requireImporter() {
        UserAccount user = CurrentUser.get();
        if (user.role() == Role.VIEWER) throw new AccessDeniedToBranchException("閲覧者はデータを取り込めません");
        return user;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<InterchangeFile>> pending(HttpSession session, String attribute) {
        Object map = session.getAttribute(attribute);
        if (map == null) {
            map = new HashMap<String, List<InterchangeFile>>();
            session.setAttribute(attribute, map);
        }
        return (Map<String, List<InterchangeFile>>) map;
    }
}
