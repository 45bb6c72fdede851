package jp.kenpokpi.app.compute;

import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import jp.kenpokpi.app.catalogue.CatalogueRepository;
import jp.kenpokpi.app.importing.ImportJobs;
import jp.kenpokpi.app.importing.ImportPreview;
import jp.kenpokpi.app.interchange.ImportClaimedException;
import jp.kenpokpi.app.interchange.ImportProgress;
import jp.kenpokpi.app.interchange.ImportRejectedException;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.web.CurrentUser;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.interchange.ImportProblem;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.records.definition.DefinitionLibrary;
import jp.kenpokpi.records.definition.KpiQuery;
import jp.kenpokpi.records.engine.ComputeProgress;
import jp.kenpokpi.records.schema.RecordKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 記録から算出: headquarters computes KPIs from a record data set on the server (one of {@link RecordDataSets}, never a
 * typed path), sees what storing them would change (the imports' preview), then stores them as an import of theirs
 * (「反映」), as {@code ./kenpo-kpi compute} does; every run, previewed or applied, in the run history
 * ({@link ComputeRuns}). The preview and the apply run on {@link ImportJobs}' background threads: one not done within
 * kenpo.records.progress-after goes to its progress page, the import's own (stages and rows, polled as JSON by
 * static/import-progress.js, or reloaded without JavaScript), then shows its outcome once.
 */
@Controller
class ComputeController {

    private static final String MAY_COMPUTE = "@permissions.mayCompute(principal.account())";

    /** The preview's stages: the engine's two (RecordsEngine's ComputeProgress), then the import's check. */
    static final List<String> PREVIEW_STAGES = List.of("記録の読み込み", "KPIの算出", "検査");

    static final String READING = PREVIEW_STAGES.get(0);
    static final String COMPUTING = PREVIEW_STAGES.get(1);
    static final String CHECKING = PREVIEW_STAGES.get(2);

    /**
     * How many changing lines the preview lists: a whole year of every KPI is some 850 lines, a page some 70,000
     * pixels long; the rest are counted, and 反映 stores them all.
     */
    static final int PREVIEW_LINES = 200;

    /** How many runs the page lists. */
    static final int HISTORY = 50;

    /** A preview waits this long to be applied; then its figures are let go. */
    static final Duration KEEP_PREVIEW = Duration.ofMinutes(30);

    private final CatalogueRepository catalogue;
    private final ComputeRuns runs;
    private final RecordDataSets dataSets;
    private final Duration progressAfter;
    private final ImportJobs<Outcome> jobs = new ImportJobs<>("compute", ComputeController::failure);

    /** The preview each user may apply: one a user, the newest (as the import page's one per session). */
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    ComputeController(
            CatalogueRepository catalogue,
            ComputeRuns runs,
            @Value("${kenpo.records.data-root}") Path dataRoot,
            @Value("${kenpo.records.progress-after:1s}") Duration progressAfter) {
        this.catalogue = catalogue;
        this.runs = runs;
        this.dataSets = new RecordDataSets(dataRoot);
        this.progressAfter = progressAfter;
    }

    /** What a preview or an apply came to. */
    sealed interface Outcome {
        /** Computed and checked: what storing the figures would change. */
        record Previewed(ComputeRuns.Computed computed, List<ImportPreview> lines) implements Outcome {}

        /** Stored: the import's sentence and its batch. */
        record Applied(String summaryJa, long batchId) implements Outcome {}

        /** Nothing stored: why, and the rows refused where the import's check refused some. */
        record Failed(String messageJa, List<ImportProblem> problems) implements Outcome {}
    }

    /** A previewed run waiting for 「反映」, and whose it is. */
    private record Pending(String token, ComputeRuns.Computed computed, Instant at) {}

    /** What the user asked for, as the form shows it again. */
    record Form(String dataSet, String year, String asOf, List<String> kpis) {
        /** The first data set, and the last year its README names (else last fiscal year). */
        static Form empty(List<RecordDataSets.DataSet> sets) {
            int year = sets.stream()
                    .findFirst()
                    .flatMap(RecordDataSets.DataSet::lastYear)
                    .orElse(FiscalYear.containing(YearMonth.now()).previous().value());
            return new Form("", Integer.toString(year), "", List.of());
        }
    }

    @PreAuthorize(MAY_COMPUTE)
    @GetMapping("/compute")
    String page(Model model) {
        return shown(model, Form.empty(dataSets.list()));
    }

    /** Computes in the background; a run done within progress-after shows its preview at once, else its progress. */
    @PreAuthorize(MAY_COMPUTE)
    @PostMapping("/compute/preview")
    String preview(
            @RequestParam(defaultValue = "") String dataSet,
            @RequestParam(defaultValue = "") String year,
            @RequestParam(defaultValue = "") String asOf,
            @RequestParam(name = "kpi", required = false) List<String> kpis,
            Model model,
            RedirectAttributes redirect) {
        UserAccount user = CurrentUser.get();
        Form form = new Form(dataSet, year.strip(), asOf.strip(), kpis == null ? List.of() : List.copyOf(kpis));
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<RecordDataSets.DataSet> set = dataSets.find(dataSet);
        if (set.isEmpty())
            errors.put(
                    "dataSet",
                    dataSet.isBlank()
                            ? "データセットを選んでください"
                            : "データセット「" + dataSet + "」はありません（" + dataSets.root() + " の中のフォルダから選んでください）");
        Optional<FiscalYear> fy = FiscalYear.parse(form.year());
        if (fy.isEmpty()) errors.put("year", "年度「" + form.year() + "」は読めません（例: 2023）");
        Optional<AsOf> month = Optional.empty();
        if (!form.asOf().isEmpty() && fy.isPresent()) {
            month = AsOf.parse(form.asOf()).filter(a -> a.fiscalYear().equals(fy.get()));
            if (month.isEmpty())
                errors.put(
                        "asOf",
                        "基準月「" + form.asOf() + "」は" + fy.get().label() + "の月末として読めません（例: "
                                + fy.get().value() + "-09。空欄は年度全体）");
        }
        Map<String, String> computable = computableKpis();
        for (String kpi : form.kpis()) {
            if (!computable.containsKey(kpi)) errors.put("kpi", "KPI「" + kpi + "」は記録から算出できません");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            return shown(model, form);
        }
        ComputeRuns.Request request = new ComputeRuns.Request(
                set.get().name(), set.get().path(), fy.get(), month, form.kpis(), ComputeRuns.DUCKDB, user.username());
        ImportJobs.Job<Outcome> job =
                jobs.start(user.username(), "preview", PREVIEW_STAGES, p -> previewed(request, p));
        return awaited(job, progressAfter, false, model, redirect);
    }

    /** Stores the run the user previewed, as an import of theirs, in the background as the preview ran. */
    @PreAuthorize(MAY_COMPUTE)
    @PostMapping("/compute/apply")
    String apply(@RequestParam String token, Model model, RedirectAttributes redirect) {
        UserAccount user = CurrentUser.get();
        Pending waiting = pending.get(user.username());
        if (waiting == null || !waiting.token().equals(token)) {
            model.addAttribute("failure", "算出結果の確認が古くなりました。もう一度プレビューしてください（反映していません）");
            return shown(model, Form.empty(dataSets.list()));
        }
        pending.remove(user.username());
        ImportJobs.Job<Outcome> job = jobs.start(
                user.username(), "apply", ImportJobs.STAGES, p -> applied(waiting.computed(), user.username(), p));
        return awaited(job, progressAfter, false, model, redirect);
    }

    /** A run still under way: the progress page; once finished, its outcome, once. */
    @PreAuthorize(MAY_COMPUTE)
    @GetMapping("/compute/running/{id}")
    String running(@PathVariable String id, Model model, RedirectAttributes redirect) {
        ImportJobs.Job<Outcome> job = ownJob(id);
        return awaited(job, Duration.ZERO, true, model, redirect);
    }

    /** Where the user's run has got to, for the progress page's script. */
    @PreAuthorize(MAY_COMPUTE)
    @GetMapping(value = "/compute/progress/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ImportJobs.Status progress(@PathVariable String id) {
        return ownJob(id).status();
    }

    @PreDestroy
    void stop() {
        jobs.close();
    }

    private ImportJobs.Job<Outcome> ownJob(String id) {
        return jobs.find(id, CurrentUser.get().username())
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "この算出は見つかりません（結果は一度だけ表示します。下の実行履歴で確かめてください）"));
    }

    /**
     * The job's outcome if it comes within {@code wait}, else its progress page (after a POST, by a redirect to it, so
     * that reloading it sends nothing again).
     */
    private String awaited(
            ImportJobs.Job<Outcome> job,
            Duration wait,
            boolean onProgressPage,
            Model model,
            RedirectAttributes redirect) {
        Optional<Outcome> outcome = job.await(wait);
        if (outcome.isEmpty()) {
            if (!onProgressPage) return "redirect:/compute/running/" + job.id();
            model.addAttribute("job", job.status());
            model.addAttribute("progressOf", "compute");
            return "import-progress";
        }
        jobs.forget(job);
        Outcome done = outcome.get();
        if (done instanceof Outcome.Applied applied) {
            redirect.addFlashAttribute("flashMessage", "反映しました: " + applied.summaryJa());
            return "redirect:/compute";
        }
        if (done instanceof Outcome.Previewed previewed) {
            String token = UUID.randomUUID().toString();
            forgetOldPreviews();
            pending.put(CurrentUser.get().username(), new Pending(token, previewed.computed(), Instant.now()));
            model.addAttribute("token", token);
            model.addAttribute("previewed", previewed.computed());
            List<ImportPreview> changing =
                    previewed.lines().stream().filter(ImportPreview::changes).toList();
            model.addAttribute("changeCount", changing.size());
            model.addAttribute(
                    "changing", changing.stream().limit(PREVIEW_LINES).toList());
            model.addAttribute("previewCount", previewed.lines().size());
            RecordsCompute.Run run = previewed.computed().run();
            model.addAttribute("uncomputed", run.uncomputedJa());
            model.addAttribute(
                    "summary",
                    previewed.computed().summaryJa(run.data().getFileName().toString()));
            return shown(
                    model,
                    new Form(
                            run.data().getFileName().toString(),
                            Integer.toString(run.year().value()),
                            run.asOf().map(AsOf::iso).orElse(""),
                            runs.find(previewed.computed().id())
                                    .map(ComputeRuns.HistoryRow::kpiCodes)
                                    .orElse(List.of())));
        }
        Outcome.Failed failed = (Outcome.Failed) done;
        model.addAttribute("failure", failed.messageJa());
        if (!failed.problems().isEmpty()) model.addAttribute("problems", failed.problems());
        return shown(model, Form.empty(dataSets.list()));
    }

    private void forgetOldPreviews() {
        Instant before = Instant.now().minus(KEEP_PREVIEW);
        pending.values().removeIf(p -> p.at().isBefore(before));
    }

    /** The page: the form, with the data sets and KPIs to choose from, and the run history. */
    private String shown(Model model, Form form) {
        model.addAttribute("form", form);
        model.addAttribute("dataSets", dataSets.list());
        model.addAttribute("dataRoot", dataSets.root().toString());
        model.addAttribute("kpis", computableKpis());
        model.addAttribute("history", runs.recent(HISTORY));
        return "compute";
    }

    /** Every KPI a definition of the records' library computes, code → name, in the catalogue's order. */
    private Map<String, String> computableKpis() {
        DefinitionLibrary library = new DefinitionLibrary(catalogue.load());
        Map<String, String> kpis = new LinkedHashMap<>();
        for (KpiQuery query : library.all()) {
            KpiDefinition d = query.definition();
            kpis.putIfAbsent(d.kpiCode(), d.nameJa());
        }
        return kpis;
    }

    /** The preview on a job's thread: compute (recorded), then the import's check and preview. */
    private Outcome previewed(ComputeRuns.Request request, ImportProgress progress) {
        progress.reached(READING, 0, RecordKind.values().length, "");
        ComputeRuns.Computed computed = runs.compute(request, stages(progress));
        // The import's check tells no rows here: say what it compares, without a bar that would not move.
        progress.reached(CHECKING, 0, 0, "算出した分子・分母 " + computed.run().figures().size() + "件を登録済みの値と比べています");
        return new Outcome.Previewed(computed, runs.preview(computed));
    }

    private Outcome applied(ComputeRuns.Computed computed, String user, ImportProgress progress) {
        var report = runs.apply(computed, user, progress);
        return new Outcome.Applied(report.summaryJa(), report.batchId());
    }

    /** The engine's progress as the page's stages, rows and what each stage is on. */
    static ComputeProgress stages(ImportProgress progress) {
        return new ComputeProgress() {
            private long total;

            @Override
            public void read(RecordKind kind, int index, int count, long rows) {
                total += rows;
                progress.reached(
                        READING,
                        index,
                        count,
                        kind.nameJa() + " " + String.format("%,d", rows) + "行（計 " + String.format("%,d", total) + "行）");
            }

            @Override
            public void started(KpiQuery query, int index, int count) {
                progress.reached(COMPUTING, index - 1, count, name(query));
            }

            @Override
            public void finished(KpiQuery query, int index, int count, int figures) {
                progress.reached(COMPUTING, index, count, name(query) + " " + figures + "支部");
            }

            private String name(KpiQuery query) {
                return query.definition().nameJa() + "（" + query.definition().definitionFy() + "年度の定義）";
            }
        };
    }

    /** What a run that threw comes to: its Japanese message, and the rows the import's check refused. */
    static Outcome failure(RuntimeException e) {
        List<ImportProblem> problems = new ArrayList<>();
        if (e instanceof ImportRejectedException rejected && !(e instanceof ImportClaimedException))
            problems.addAll(rejected.problems());
        String why = ImportJobs.japanese(e).orElse("算出の途中で誤りが起きました。もう一度実行してください");
        return new Outcome.Failed(
                problems.isEmpty() ? why + "（何も反映していません）" : "反映できません（何も反映していません）", List.copyOf(problems));
    }
}
