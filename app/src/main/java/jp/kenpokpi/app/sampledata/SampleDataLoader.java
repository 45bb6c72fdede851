package jp.kenpokpi.app.sampledata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.app.audit.ChangeSource;
import jp.kenpokpi.app.budget.BudgetImport;
import jp.kenpokpi.app.catalogue.CatalogueRepository;
import jp.kenpokpi.app.interchange.ImportRejectedException;
import jp.kenpokpi.app.interchange.ImportReport;
import jp.kenpokpi.app.interchange.InterchangeImport;
import jp.kenpokpi.app.plan.PlanImport;
import jp.kenpokpi.app.security.Role;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.submission.SubmissionService;
import jp.kenpokpi.interchange.InterchangeFile;
import jp.kenpokpi.interchange.InterchangeReader;
import jp.kenpokpi.sampledata.SampleCycle;
import jp.kenpokpi.sampledata.SyntheticDataGenerator;
import org.springframework.stereotype.Component;

/**
 * Loads the sample data through the same import as any user file: the values transcribed from the three real
 * reports (each row names its source), the synthetic values (架空) generated for every other branch and year, and
 * the budget execution transcribed from Tochigi's report, and the business plans of Tochigi FY2023 and Akita FY2025;
 * then the FY2025 目標設定 ({@link SampleTargetSetting}: Akita's targets as its accepted proposals, two waiting);
 * then the sample 提出・承認 history ({@link SampleCycle}), each step taken as a user's step is, so a 提出 of an
 * incomplete report fails the load instead of landing.
 */
@Component
public class SampleDataLoader {

    /** The real values, each file transcribed from one seed report. */
    public static final List<String> REAL_FILES = List.of(
            "tochigi-fy2023.csv", "akita-fy2023-reference.csv", "akita-fy2025-targets.csv", "hq-fy2021-interim.csv");

    public static final String SYNTHETIC_FILE = "synthetic-架空.csv";
    /** Budget execution, transcribed from the seed reports (docs/BUDGET.md). */
    public static final List<String> BUDGET_FILES = List.of("tochigi-fy2023-budget.csv");
    /** Business plans, transcribed from the seed reports (docs/PLAN.md); loaded when they are on the classpath. */
    public static final List<String> PLAN_FILES = List.of("tochigi-fy2023-plan.csv", "akita-fy2025-plan.csv");

    public static final String USER = ChangeSource.SAMPLE_DATA_USER;

    private final InterchangeImport importer;
    private final BudgetImport budgetImport;
    private final PlanImport planImport;
    private final CatalogueRepository catalogue;
    private final SubmissionService submissions;
    private final SampleTargetSetting targetSetting;

    public SampleDataLoader(
            InterchangeImport importer,
            BudgetImport budgetImport,
            PlanImport planImport,
            CatalogueRepository catalogue,
            SubmissionService submissions,
            SampleTargetSetting targetSetting) {
        this.targetSetting = targetSetting;
        this.importer = importer;
        this.budgetImport = budgetImport;
        this.planImport = planImport;
        this.catalogue = catalogue;
        this.submissions = submissions;
    }

    public static List<InterchangeFile> realFiles() {
        return files(REAL_FILES);
    }

    public static List<InterchangeFile> budgetFiles() {
        return files(BUDGET_FILES);
    }

    /** The plan files that are on the classpath: a missing one is skipped, not an error. */
    public static List<InterchangeFile> planFiles() {
        return presentFiles(PLAN_FILES);
    }

    public static List<InterchangeFile> presentFiles(List<String> names) {
        return names.stream()
                .filter(n -> SampleDataLoader.class.getResource("/sample-data/" + n) != null)
                .map(n -> files(List.of(n)).get(0))
                .toList();
    }

    private static List<InterchangeFile> files(List<String> names) {
        List<InterchangeFile> files = new ArrayList<>();
        for (String name : names) {
            try (InputStream in = SampleDataLoader.class.getResourceAsStream("/sample-data/" + name)) {
                if (in == null) throw new IllegalStateException("sample-data/" + name + " がクラスパスにありません");
                files.add(new InterchangeFile(name, in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    public ImportReport load() {
        List<InterchangeFile> files = new ArrayList<>(realFiles());
        InterchangeReader.Outcome real = importer.check(files);
        if (!real.ok()) throw new ImportRejectedException(real.problems());
        String synthetic = SyntheticDataGenerator.generate(catalogue.load(), real.rows());
        files.add(new InterchangeFile(SYNTHETIC_FILE, synthetic.getBytes(StandardCharsets.UTF_8)));
        ImportReport report = importer.importFiles(files, USER, "sample-data");
        // Joins the transaction the caller (DatabaseInitializer) opened: KPI values and budgets load together or not at
        // all.
        budgetImport.importFiles(budgetFiles(), USER, "sample-data");
        List<InterchangeFile> plans = planFiles();
        if (!plans.isEmpty()) planImport.importFiles(plans, USER, "sample-data");
        targetSetting.load();
        for (SampleCycle.Step step : SampleCycle.steps()) takeStep(step);
        return report;
    }

    /** A sample step, taken as the sample-data user in the role the step needs (サンプルデータ in the history). */
    private void takeStep(SampleCycle.Step step) {
        UserAccount asWho = step.byHeadquarters()
                ? new UserAccount(USER, "サンプルデータ", Role.HQ_ADMIN, Optional.empty())
                : new UserAccount(USER, "サンプルデータ", Role.BRANCH_EDITOR, Optional.of(step.branch()));
        submissions.take(
                asWho,
                step.branch(),
                step.year(),
                step.kind(),
                step.action(),
                step.comment(),
                step.at(),
                ChangeSource.sampleData());
    }
}
