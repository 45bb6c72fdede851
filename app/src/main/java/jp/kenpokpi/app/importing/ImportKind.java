package jp.kenpokpi.app.importing;

import java.util.List;
import jp.kenpokpi.app.budget.BudgetImport;
import jp.kenpokpi.app.interchange.ImportPermissions;
import jp.kenpokpi.app.interchange.ImportProgress;
import jp.kenpokpi.app.interchange.InterchangeImport;
import jp.kenpokpi.app.plan.PlanImport;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.summary.SummaryService;
import jp.kenpokpi.evaluation.MarkPolicies;
import jp.kenpokpi.interchange.ImportClaim;
import jp.kenpokpi.interchange.ImportProblem;
import jp.kenpokpi.interchange.InterchangeFile;
import jp.kenpokpi.interchange.InterchangeReader;
import jp.kenpokpi.interchange.InterchangeRow;
import jp.kenpokpi.organisation.OrgCode;
import org.springframework.stereotype.Service;

/**
 * The kinds of file an import takes (KPI results and targets, a business plan, a budget) and, for each, its checks
 * against the file and the user's rights, its preview and its apply: the one path the import page and the API's
 * import share.
 */
@Service
public class ImportKind {

    /** The kinds by the name the page's form and the API's {@code kind} parameter give. */
    public static final List<String> NAMES = List.of("kpi", "plan", "budget");

    private final InterchangeImport interchange;
    private final ImportPermissions permissions;
    private final PlanImport plans;
    private final BudgetImport budgets;
    private final SummaryService summaries;

    ImportKind(
            InterchangeImport interchange,
            ImportPermissions permissions,
            PlanImport plans,
            BudgetImport budgets,
            SummaryService summaries) {
        this.interchange = interchange;
        this.permissions = permissions;
        this.plans = plans;
        this.budgets = budgets;
        this.summaries = summaries;
    }

    /** The kind asked for; KPI results unless it says plan or budget. */
    public static String known(String kind) {
        return kind != null && NAMES.contains(kind) ? kind : "kpi";
    }

    /** Every problem of the files and of the user's rights to import them; empty when they may be applied. */
    public List<ImportProblem> problems(String kind, UserAccount user, List<InterchangeFile> files) {
        return switch (known(kind)) {
            case "plan" -> plans.problems(files, user);
            case "budget" -> budgets.problems(files, user);
            default -> {
                // The file's own problems first; only a readable file is checked against the user's rights.
                InterchangeReader.Outcome outcome = interchange.check(files);
                yield outcome.ok() ? permissions.problems(user, outcome.rows()) : outcome.problems();
            }
        };
    }

    /** What applying the files (already checked) would change, line by line. */
    public List<ImportPreview> preview(String kind, List<InterchangeFile> files) {
        return switch (known(kind)) {
            case "plan" ->
                plans.changes(plans.check(files).plans()).stream()
                        .map(ImportPreview::of)
                        .toList();
            case "budget" ->
                budgets.changes(budgets.check(files).budgets()).stream()
                        .map(ImportPreview::of)
                        .toList();
            default ->
                interchange.preview(interchange.check(files).rows()).stream()
                        .map(ImportPreview::of)
                        .toList();
        };
    }

    /** Applies the files all or nothing; what changed, as the page's message says it. */
    public Applied apply(String kind, UserAccount user, List<InterchangeFile> files) {
        return apply(kind, user, files, ImportProgress.NONE);
    }

    /**
     * Applies the files all or nothing, telling the progress; a KPI import then works out the summaries of the
     * branch-years it imported again (再評価), so that the pages its user goes to next show at once.
     */
    public Applied apply(String kind, UserAccount user, List<InterchangeFile> files, ImportProgress progress) {
        return switch (known(kind)) {
            case "plan" -> {
                var report = plans.importFiles(files, user, "import");
                yield new Applied(report.batchId(), report.summaryJa());
            }
            case "budget" -> {
                var report = budgets.importFiles(files, user, "import");
                yield new Applied(report.batchId(), report.summaryJa());
            }
            default -> {
                var report = interchange.importFiles(files, user.username(), "import", progress);
                reevaluate(interchange.check(files).rows(), progress);
                yield new Applied(report.batchId(), report.summaryJa());
            }
        };
    }

    /** 再評価: the summaries of the branch-years imported, worked out again and kept for the data's new version. */
    private void reevaluate(List<InterchangeRow> rows, ImportProgress progress) {
        List<ImportClaim.BranchYear> places = rows.stream()
                .filter(r -> !r.org().equals(OrgCode.ASSOCIATION))
                .map(r -> new ImportClaim.BranchYear(r.org(), r.year()))
                .distinct()
                .sorted()
                .toList();
        String stage = ImportJobs.STAGES.get(4);
        progress.reached(stage, 0, places.size());
        for (int i = 0; i < places.size(); i++) {
            try {
                summaries.branchYear(places.get(i).org(), places.get(i).year(), MarkPolicies.EXCEEDS);
            } catch (RuntimeException e) {
                // The import has committed: a year its pages cannot show yet (say 2100, whose next year does not
                // exist) is no reason to say otherwise. The page says why when it is opened.
                LOG.warn(
                        "re-evaluating {} {} after an import failed",
                        places.get(i).org(),
                        places.get(i).year(),
                        e);
            }
            progress.reached(stage, i + 1, places.size());
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ImportKind.class);

    /** An applied import: its batch (the import history's number) and its summary. */
    public record Applied(long batchId, String summaryJa) {}
}
