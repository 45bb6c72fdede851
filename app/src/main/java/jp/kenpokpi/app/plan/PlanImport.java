package jp.kenpokpi.app.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.audit.ChangeSource;
import jp.kenpokpi.app.audit.ImportAction;
import jp.kenpokpi.app.audit.ImportBatches;
import jp.kenpokpi.app.catalogue.CatalogueRepository;
import jp.kenpokpi.app.interchange.ImportClaims;
import jp.kenpokpi.app.interchange.ImportPermissions;
import jp.kenpokpi.app.interchange.ImportPermissions.PlacedRow;
import jp.kenpokpi.app.interchange.ImportRejectedException;
import jp.kenpokpi.app.interchange.XlsxWorkbooks;
import jp.kenpokpi.app.plan.PlanRepository.StoredMeasure;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.interchange.ImportClaim;
import jp.kenpokpi.interchange.ImportCsv;
import jp.kenpokpi.interchange.ImportProblem;
import jp.kenpokpi.interchange.InterchangeFile;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.plan.BusinessPlan;
import jp.kenpokpi.plan.Measure;
import jp.kenpokpi.plan.PlanColumn;
import jp.kenpokpi.plan.PlanCsv;
import jp.kenpokpi.value.FieldLimits;
import jp.kenpokpi.value.UnreadableValueException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports business plan CSV files (docs/PLAN.md): all files or nothing, in one transaction (joining the caller's, as
 * the sample-data load does). A file holds the whole plan of each branch and year it names, so importing it replaces
 * that plan: measures are added, changed or removed, each change kept in the change log with the values it replaced.
 */
@Service
public class PlanImport {

    private final CatalogueRepository catalogue;
    private final PlanRepository repository;
    private final ChangeLog changeLog;
    private final ImportBatches batches;
    private final ImportPermissions permissions;
    private final TransactionTemplate transaction;
    private final ImportClaims claims;

    public PlanImport(
            CatalogueRepository catalogue,
            PlanRepository repository,
            ChangeLog changeLog,
            ImportBatches batches,
            ImportPermissions permissions,
            TransactionTemplate transaction,
            ImportClaims claims) {
        this.claims = claims;
        this.catalogue = catalogue;
        this.repository = repository;
        this.changeLog = changeLog;
        this.batches = batches;
        this.permissions = permissions;
        this.transaction = transaction;
    }

    /** What importing would do to one measure: add it, change it, remove it or leave it. */
    public record Change(
            OrgCode org,
            FiscalYear year,
            Optional<StoredMeasure> stored,
            Optional<Measure> wanted,
            Optional<String> source) {

        Measure measure() {
            return wanted.or(() -> stored.map(StoredMeasure::measure)).orElseThrow();
        }

        public String key() {
            return PlanAudit.key(org, year, measure().area(), measure().number());
        }

        public String titleJa() {
            return measure().area().nameJa() + " " + measure().number() + "．"
                    + measure().title();
        }

        public Optional<Map<String, String>> before() {
            return stored.map(StoredMeasure::values);
        }

        public Map<String, String> after() {
            return wanted.map(m -> PlanAudit.values(m, source)).orElse(Map.of());
        }

        public ImportAction action() {
            return ImportAction.of(before(), wanted.map(m -> PlanAudit.values(m, source)));
        }

        public String actionJa() {
            return action().nameJa();
        }

        public boolean changes() {
            return action().changes();
        }

        /** Each field that changes, 「実施状況: 旧 → 新」; the fields of an added measure, 「施策名: 新」. */
        public List<String> differencesJa() {
            return ImportAction.differencesJa(before(), after());
        }
    }

    /**
     * Reads the files without saving anything: the plans they hold, or every problem, a plan of a year headquarters
     * has locked among them (on every channel: the page and the command line import through here).
     */
    public PlanCsv.Outcome check(List<InterchangeFile> files) {
        PlanCsv.Outcome read = new PlanCsv(catalogue.load(), new XlsxWorkbooks()).read(files);
        if (!read.ok()) return read;
        List<PlacedRow> placed = firstRowOfEachPlan(files);
        List<ImportProblem> problems = new ArrayList<>(permissions.lockedAt(placed));
        problems.addAll(tooLongForTheChangeLog(read.plans(), placed));
        return problems.isEmpty() ? read : new PlanCsv.Outcome(List.of(), read.rowCount(), problems);
    }

    /**
     * Measures whose texts together (with their actions) exceed what one change-log entry holds: each text fits its
     * column, but the change log keeps a measure as one entry. Named at the plan's first row in its file.
     */
    private static List<ImportProblem> tooLongForTheChangeLog(List<BusinessPlan> plans, List<PlacedRow> placed) {
        List<ImportProblem> problems = new ArrayList<>();
        for (BusinessPlan plan : plans) {
            PlacedRow row = placed.stream()
                    .filter(p -> p.org().equals(plan.organisation()) && p.year().equals(plan.year()))
                    .findFirst()
                    .orElseThrow();
            for (Measure m : plan.measures()) {
                int length = ChangeLog.length(PlanAudit.values(m, plan.source()));
                if (length > FieldLimits.CHANGE_LOG_VALUES) {
                    problems.add(ImportProblem.at(
                            row.file(),
                            row.line(),
                            PlanColumn.PLAN_TEXT.header(),
                            "施策「"
                                    + m.area().nameJa() + " " + m.number() + "．" + m.title()
                                    + "」は、取組を含む文の合計が長すぎて変更履歴に残せません（"
                                    + length + "文字、" + FieldLimits.CHANGE_LOG_VALUES + "文字まで）。文を短くするか、取組を分けてください"));
                }
            }
        }
        return problems;
    }

    /** The files' own problems first; only a readable file is checked against the user's rights. */
    public List<ImportProblem> problems(List<InterchangeFile> files, UserAccount user) {
        PlanCsv.Outcome outcome = check(files);
        if (!outcome.ok()) return outcome.problems();
        return permissions.problemsAt(user, firstRowOfEachPlan(files));
    }

    /** What importing the plans would change, measure by measure, without changing it. */
    public List<Change> changes(List<BusinessPlan> plans) {
        List<Change> changes = new ArrayList<>();
        for (BusinessPlan plan : plans) {
            List<StoredMeasure> stored = repository.storedMeasures(plan.organisation(), plan.year());
            Set<String> wanted = new HashSet<>();
            for (Measure m : plan.measures()) {
                wanted.add(m.area() + "/" + m.number());
                Optional<StoredMeasure> same = stored.stream()
                        .filter(s ->
                                s.measure().area() == m.area() && s.measure().number() == m.number())
                        .findFirst();
                changes.add(new Change(plan.organisation(), plan.year(), same, Optional.of(m), plan.source()));
            }
            stored.stream()
                    .filter(s -> !wanted.contains(
                            s.measure().area() + "/" + s.measure().number()))
                    .forEach(s -> changes.add(new Change(
                            plan.organisation(), plan.year(), Optional.of(s), Optional.empty(), plan.source())));
        }
        return changes;
    }

    /**
     * Imports as a signed-in user: refused when the files hold another branch's plan (for a branch editor) or a
     * locked year's.
     *
     * @throws ImportRejectedException when any file has a problem; the database is then unchanged
     */
    public PlanImportReport importFiles(List<InterchangeFile> files, UserAccount user, String kind) {
        List<ImportProblem> problems = problems(files, user);
        if (!problems.isEmpty()) throw new ImportRejectedException(problems);
        return importFiles(files, user.username(), kind);
    }

    /**
     * Imports as the system (the sample-data load, the command line run by the database's owner).
     *
     * @param kind "import" or "sample-data"
     * @throws ImportRejectedException when any file has a problem; the database is then unchanged
     */
    public PlanImportReport importFiles(List<InterchangeFile> files, String user, String kind) {
        PlanCsv.Outcome outcome = check(files);
        if (!outcome.ok()) throw new ImportRejectedException(outcome.problems());
        // One import at a time per branch and year (ImportClaims), as the KPI import.
        List<ImportClaim.BranchYear> places = outcome.plans().stream()
                .map(p -> new ImportClaim.BranchYear(p.organisation(), p.year()))
                .toList();
        return claims.holding(
                places,
                user,
                () -> transaction.execute(status -> {
                    ImportBatches.OpenBatch opened = batches.open(kind, files, outcome.rowCount(), user);
                    Instant now = opened.at();
                    long batch = opened.id();
                    ChangeSource source = opened.source();
                    List<Change> changes = changes(outcome.plans());
                    // A KPI or an item number may move between measures: free those of every measure that changes or
                    // goes before any measure is written, so that no unique key sees it twice.
                    changes.stream()
                            .filter(Change::changes)
                            .flatMap(c -> c.stored().stream())
                            .forEach(s -> repository.deleteParts(s.id()));
                    int added = 0, changed = 0, deleted = 0, unchanged = 0;
                    for (Change c : changes) {
                        switch (c.action()) {
                            case ADD -> {
                                repository.insertMeasure(
                                        c.org(), c.year(), c.wanted().orElseThrow(), c.source(), user, now, batch);
                                changeLog.record(
                                        PlanAudit.TABLE, c.key(), Optional.empty(), c.after(), user, now, source);
                                added++;
                            }
                            case REMOVE -> {
                                written(repository.deleteMeasure(c.stored().orElseThrow()), c);
                                changeLog.recordDeletion(
                                        PlanAudit.TABLE, c.key(), c.before().orElseThrow(), user, now, source);
                                deleted++;
                            }
                            case CHANGE -> {
                                written(
                                        repository.updateMeasure(
                                                c.stored().orElseThrow(),
                                                c.wanted().orElseThrow(),
                                                c.source(),
                                                user,
                                                now,
                                                batch),
                                        c);
                                changeLog.record(PlanAudit.TABLE, c.key(), c.before(), c.after(), user, now, source);
                                changed++;
                            }
                            case KEEP -> unchanged++;
                        }
                    }
                    batches.counted(batch, new ImportBatches.Counts(added, changed, deleted, unchanged));
                    return new PlanImportReport(
                            batch, outcome.rowCount(), outcome.plans().size(), added, changed, deleted, unchanged);
                }));
    }

    private static void written(boolean written, Change c) {
        if (!written) {
            throw new IllegalStateException("事業計画の施策 " + c.key() + " は取り込み中に他の人が変更しました。もう一度取り込んでください");
        }
    }

    /** The first row naming each branch and year in each file: where a refusal of the user's rights points. */
    private static List<PlacedRow> firstRowOfEachPlan(List<InterchangeFile> files) {
        List<PlacedRow> rows = new ArrayList<>();
        for (InterchangeFile file : files) {
            Set<String> seen = new HashSet<>();
            for (ImportCsv.Row<PlanColumn> row :
                    ImportCsv.read(file, List.of(PlanColumn.values()), new ArrayList<>(), new XlsxWorkbooks())) {
                try {
                    OrgCode org = ImportCsv.orgCode(row.text(PlanColumn.BRANCH_CODE));
                    FiscalYear year = ImportCsv.fiscalYear(row.text(PlanColumn.FISCAL_YEAR));
                    if (seen.add(org + "/" + year)) rows.add(new PlacedRow(file.name(), row.line(), org, year));
                } catch (UnreadableValueException e) {
                    // Not reached: the file was read without problems before its rights are checked.
                }
            }
        }
        return rows;
    }
}
