package jp.kenpokpi.app.importing;

import java.util.List;
import jp.kenpokpi.app.budget.BudgetImport;
import jp.kenpokpi.app.interchange.ImportPermissions;
import jp.kenpokpi.app.interchange.ImportProgress;
import jp.kenpokpi.app.interchange.InterchangeImport;
import jp.kenpokpi.app.plan.PlanImport;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.interchange.ImportProblem;
import jp.kenpokpi.interchange.InterchangeFile;
import jp.kenpokpi.interchange.InterchangeReader;
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

    ImportKind(InterchangeImport interchange, ImportPermissions permissions, PlanImport plans, BudgetImport budgets) {
        this.interchange = interchange;
        this.permissions = permissions;
        this.plans = plans;
        this.budgets = budgets;
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
     * Applies the files all or nothing, telling the progress (a KPI import then evaluates the branch-years it changed
     * again, 再評価: InterchangeImport).
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
                yield new Applied(report.batchId(), report.summaryJa());
            }
        };
    }

    /** An applied import: its batch (the import history's number) and its summary. */
    public record Applied(long batchId, String summaryJa) {}
}
