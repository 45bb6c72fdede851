package jp.kenpokpi.app.interchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.audit.ImportAction;
import jp.kenpokpi.app.audit.ImportBatches;
import jp.kenpokpi.app.catalogue.CatalogueRepository;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.app.result.KpiRecordRepository.StoredRow;
import jp.kenpokpi.app.result.ResultAudit;
import jp.kenpokpi.app.result.TargetAudit;
import jp.kenpokpi.app.summary.SummaryService;
import jp.kenpokpi.audit.RecordedFields;
import jp.kenpokpi.evaluation.MarkPolicies;
import jp.kenpokpi.interchange.ImportClaim;
import jp.kenpokpi.interchange.ImportProblem;
import jp.kenpokpi.interchange.InterchangeFile;
import jp.kenpokpi.interchange.InterchangeReader;
import jp.kenpokpi.interchange.InterchangeRow;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.StoredResult;
import jp.kenpokpi.result.StoredTarget;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports interchange CSV files: all files or nothing. Every file is checked before anything is written; the
 * writes happen in one transaction, each change recorded with who made it and the values it replaced.
 *
 * <p>A row is laid over the stored one (InterchangeRow.resultOver): what it leaves empty stays as stored, what it
 * clears (#削除) is emptied; a row that changes nothing is written nowhere, not even in the change log. The work is
 * set-based, a fiscal year at a time: the stored targets and results of the year's organisations are read in two
 * queries, compared in memory, and the additions, changes and change-log rows written in few statements
 * (docs/PERFORMANCE.md, "KPI import at 100,000 rows").
 */
@Service
public class InterchangeImport {

    /** The stages of an import as the progress bar names them (ImportProgress). */
    public static final String READ = "読み込み";

    public static final String CHECK = "検査";
    public static final String STORE = "保存";
    public static final String LOG = "記録";
    public static final String EVALUATE = "再評価";

    private final CatalogueRepository catalogue;
    private final KpiRecordRepository records;
    private final ChangeLog changeLog;
    private final ImportBatches batches;
    private final TransactionTemplate transaction;
    private final ImportPermissions permissions;
    private final ImportClaims claims;
    private final SummaryService summaries;

    public InterchangeImport(
            CatalogueRepository catalogue,
            KpiRecordRepository records,
            ChangeLog changeLog,
            ImportBatches batches,
            TransactionTemplate transaction,
            ImportPermissions permissions,
            ImportClaims claims,
            SummaryService summaries) {
        this.permissions = permissions;
        this.claims = claims;
        this.catalogue = catalogue;
        this.records = records;
        this.changeLog = changeLog;
        this.batches = batches;
        this.transaction = transaction;
        this.summaries = summaries;
    }

    /**
     * Checks the files without saving anything: the rows that would be imported, or every problem, a row of a year
     * headquarters has locked or of a report that is submitted or approved among them (on every channel: the page
     * and the command line import through here), and a value that would no longer agree with the stored numerator
     * and denominator it leaves as they are.
     */
    public InterchangeReader.Outcome check(List<InterchangeFile> files) {
        return check(files, ImportProgress.NONE);
    }

    private InterchangeReader.Outcome check(List<InterchangeFile> files, ImportProgress progress) {
        long lines = lines(files);
        progress.reached(READ, 0, lines);
        InterchangeReader.Outcome read = new InterchangeReader(catalogue.load(), new XlsxWorkbooks())
                .read(files, n -> progress.reached(READ, n, lines));
        if (!read.ok()) return read;
        List<InterchangeRow> rows = read.rows();
        progress.reached(CHECK, 0, rows.size());
        List<ImportProblem> problems = new ArrayList<>(closed(rows));
        problems.addAll(problemsOverStored(rows));
        progress.reached(CHECK, rows.size(), rows.size());
        return problems.isEmpty() ? read : new InterchangeReader.Outcome(List.of(), problems);
    }

    /** About how many rows the files hold (their line breaks), for the reading stage's progress. */
    private static long lines(List<InterchangeFile> files) {
        long n = 0;
        for (InterchangeFile f : files) {
            for (byte b : f.content()) if (b == '\n') n++;
        }
        return Math.max(n, 1);
    }

    /** The rows of a locked year or a submitted or approved report (ImportPermissions.lockedAt). */
    private List<ImportProblem> closed(List<InterchangeRow> rows) {
        return permissions.lockedAt(
                rows.stream().map(ImportPermissions.PlacedRow::of).toList());
    }

    /**
     * The rows that say part of a ratio's value (the value, numerator or denominator) and leave the rest to the
     * stored result, checked with that rest: only their years' stored results are read.
     */
    private List<ImportProblem> problemsOverStored(List<InterchangeRow> rows) {
        List<ImportProblem> problems = new ArrayList<>();
        byYear(rows.stream()
                        .filter(InterchangeRow::leavesPartOfItsValueToStored)
                        .toList())
                .forEach((year, yearRows) -> {
                    Map<String, StoredRow<StoredResult>> stored = records.resultsOf(year, orgs(yearRows));
                    for (InterchangeRow row : yearRows) {
                        StoredResult merged = row.resultOver(
                                Optional.ofNullable(stored.get(resultKey(row))).map(StoredRow::value));
                        problems.addAll(row.problemsOver(merged));
                    }
                });
        return problems;
    }

    /**
     * @param kind "import" or "sample-data"
     * @throws ImportRejectedException when any file has a problem; the database is then unchanged
     */
    public ImportReport importFiles(List<InterchangeFile> files, String user, String kind) {
        return importFiles(files, user, kind, ImportProgress.NONE);
    }

    /**
     * As {@link #importFiles(List, String, String)}, telling {@code progress} each stage (読み込み, 検査, 保存, 記録,
     * 再評価) and, within a stage, every few thousand rows; one import at a time per branch and year
     * ({@link ImportClaims}).
     *
     * @throws ImportClaimedException when another import of a branch-year of the files is running
     */
    public ImportReport importFiles(List<InterchangeFile> files, String user, String kind, ImportProgress progress) {
        InterchangeReader.Outcome outcome = check(files, progress);
        if (!outcome.ok()) throw new ImportRejectedException(outcome.problems());
        Set<OrgYear> changed = new LinkedHashSet<>();
        List<ImportClaim.BranchYear> places = outcome.rows().stream()
                .map(r -> new ImportClaim.BranchYear(r.org(), r.year()))
                .toList();
        ImportReport report = claims.holding(
                places,
                user,
                () -> transaction.execute(status -> {
                    // Checked again inside the transaction: a lock or a submission since the check wins, nothing
                    // written.
                    List<ImportProblem> closed = closed(outcome.rows());
                    if (!closed.isEmpty()) throw new ImportRejectedException(closed);
                    return write(outcome.rows(), files, user, kind, progress, changed);
                }));
        progress.reached(LOG, outcome.rows().size(), outcome.rows().size());
        // The sample data's load goes on writing (budgets, plans, the cycle): its evaluations would be stale at once.
        if (!kind.equals("sample-data")) reevaluate(changed, progress);
        return report;
    }

    private static final int LAST_EVALUATED_YEAR = 2100;

    /** An organisation's fiscal year, as the dashboard evaluates it. */
    private record OrgYear(OrgCode org, FiscalYear year) {}

    /**
     * Evaluates once each branch's year the import changed, through the dashboard's own code (SummaryService, its
     * cache keyed by the data's version, which the import's change-log rows moved on): the next page shows the marks
     * without computing them, and a value that cannot be evaluated shows now, not on a page. An import that changed
     * nothing left every cache valid and evaluates nothing.
     */
    private void reevaluate(Set<OrgYear> allChanged, ImportProgress progress) {
        // A year's evaluation reads the next year's targets: FY2100, the last year FiscalYear takes, has none to read
        // and no page evaluates it.
        List<OrgYear> changed = allChanged.stream()
                .filter(c -> c.year().value() < LAST_EVALUATED_YEAR)
                .toList();
        progress.reached(EVALUATE, 0, changed.size());
        if (changed.isEmpty()) return;
        // A year's evaluation reads its two prior years and the next: all of them are read once, up front.
        FiscalYear first =
                changed.stream().map(OrgYear::year).min(FiscalYear::compareTo).orElseThrow();
        FiscalYear last =
                changed.stream().map(OrgYear::year).max(FiscalYear::compareTo).orElseThrow();
        records.withSpan(FiscalYear.of(Math.max(1989, first.value() - 2)), last.next(), () -> {
            int done = 0;
            for (OrgYear orgYear : changed) {
                summaries.branchYear(orgYear.org(), orgYear.year(), MarkPolicies.EXCEEDS);
                if (++done % 50 == 0) progress.reached(EVALUATE, done, changed.size());
            }
            return done;
        });
        progress.reached(EVALUATE, changed.size(), changed.size());
    }

    private ImportReport write(
            List<InterchangeRow> rows,
            List<InterchangeFile> files,
            String user,
            String kind,
            ImportProgress progress,
            Set<OrgYear> changed) {
        ImportBatches.OpenBatch batch = batches.open(kind, files, rows.size(), user);
        Instant now = batch.at();
        Counter counter = new Counter();
        long stored = 0;
        for (Map.Entry<FiscalYear, List<InterchangeRow>> year : byYear(rows).entrySet()) {
            // Comparing with the stored rows is part of storing them.
            progress.reached(STORE, stored, rows.size());
            List<Step<?>> steps = steps(year.getKey(), year.getValue());
            List<ImportProblem> problems = new ArrayList<>();
            for (Step<?> step : steps) problems.addAll(step.problems());
            // A stored value changed since the check: the import stops, and the transaction writes nothing.
            if (!problems.isEmpty()) throw new ImportRejectedException(problems);
            store(TARGET, steps, user, now, batch.id());
            store(RESULT, steps, user, now, batch.id());
            List<ChangeLog.Change> changes = new ArrayList<>();
            Set<InterchangeRow> rowsChanged = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (Step<?> step : steps) {
                counter.count(step.kind(), step.action());
                if (!step.action().changes()) continue;
                rowsChanged.add(step.row());
                changed.add(new OrgYear(step.row().org(), step.row().year()));
                changes.add(new ChangeLog.Change(
                        step.kind().table(),
                        step.key(),
                        step.before().isPresent() ? "UPDATE" : "INSERT",
                        step.before().orElse(Map.of()),
                        step.after(),
                        user,
                        now,
                        batch.source(step.row().file(), step.row().line())));
            }
            counter.unchanged += year.getValue().size() - rowsChanged.size();
            changeLog.recordAll(changes);
            // Stored and logged, a year at a time; the stages a page shows only go forward, so 記録 is the commit.
            stored += year.getValue().size();
            progress.reached(STORE, stored, rows.size());
        }
        batches.counted(
                batch.id(),
                new ImportBatches.Counts(
                        counter.of(ImportAction.ADD),
                        counter.of(ImportAction.CHANGE),
                        0,
                        counter.of(ImportAction.KEEP)));
        return new ImportReport(
                batch.id(),
                rows.size(),
                counter.of(TARGET, ImportAction.ADD),
                counter.of(TARGET, ImportAction.CHANGE),
                counter.of(RESULT, ImportAction.ADD),
                counter.of(RESULT, ImportAction.CHANGE),
                counter.unchanged);
    }

    /** Writes the steps of one kind: its additions in few statements, its changes as one batch of the versions read. */
    @SuppressWarnings("unchecked")
    private <T> void store(Kind<T> kind, List<Step<?>> steps, String user, Instant now, long batch) {
        List<T> added = new ArrayList<>();
        List<StoredRow<T>> changedRows = new ArrayList<>();
        for (Step<?> s : steps) {
            if (s.kind() != kind) continue;
            Step<T> step = (Step<T>) s;
            switch (step.action()) {
                case ADD -> added.add(step.wanted());
                case CHANGE -> {
                    StoredRow<T> read = step.stored().orElseThrow();
                    changedRows.add(new StoredRow<>(read.id(), read.version(), step.wanted()));
                }
                case KEEP, REMOVE -> {}
            }
        }
        kind.insert().insert(records, added, user, now, batch);
        if (!kind.update().update(records, changedRows, user, now, batch)) {
            throw new IllegalStateException(kind.whatJa() + "の一部は取り込み中に他の人が変更しました。もう一度取り込んでください");
        }
    }

    /** The rows by fiscal year, the years in the order the files first name them, each year's rows in file order. */
    private static Map<FiscalYear, List<InterchangeRow>> byYear(List<InterchangeRow> rows) {
        Map<FiscalYear, List<InterchangeRow>> byYear = new LinkedHashMap<>();
        for (InterchangeRow row : rows)
            byYear.computeIfAbsent(row.year(), y -> new ArrayList<>()).add(row);
        return byYear;
    }

    private static Set<OrgCode> orgs(List<InterchangeRow> rows) {
        Set<OrgCode> orgs = new TreeSet<>(java.util.Comparator.comparing(OrgCode::value));
        for (InterchangeRow row : rows) orgs.add(row.org());
        return orgs;
    }

    /**
     * What each row of one fiscal year does to the stored target and result it names: the stored rows of the year's
     * organisations read in two queries, each row laid over its stored one, in row order (target before result).
     */
    private List<Step<?>> steps(FiscalYear year, List<InterchangeRow> rows) {
        Set<OrgCode> orgs = orgs(rows);
        boolean anyTarget = rows.stream().anyMatch(r -> r.target().isPresent());
        boolean anyResult = rows.stream().anyMatch(InterchangeRow::carriesResult);
        Map<String, StoredRow<StoredTarget>> targets = anyTarget ? records.targetsOf(year, orgs) : Map.of();
        Map<String, StoredRow<StoredResult>> results = anyResult ? records.resultsOf(year, orgs) : Map.of();
        List<Step<?>> steps = new ArrayList<>(rows.size() * 2);
        for (InterchangeRow row : rows) {
            if (row.target().isPresent()) {
                String key =
                        TargetAudit.key(row.org(), row.year(), row.definition().kpiCode());
                Optional<StoredRow<StoredTarget>> stored = Optional.ofNullable(targets.get(key));
                steps.add(step(TARGET, row, key, stored, row.targetOver(stored.map(StoredRow::value)), List.of()));
            }
            if (row.carriesResult()) {
                String key = resultKey(row);
                Optional<StoredRow<StoredResult>> stored = Optional.ofNullable(results.get(key));
                StoredResult wanted = row.resultOver(stored.map(StoredRow::value));
                steps.add(step(RESULT, row, key, stored, wanted, row.problemsOver(wanted)));
            }
        }
        return steps;
    }

    private static <T> Step<T> step(
            Kind<T> kind,
            InterchangeRow row,
            String key,
            Optional<StoredRow<T>> stored,
            T wanted,
            List<ImportProblem> problems) {
        Map<String, String> after = kind.values().apply(wanted);
        Optional<Map<String, String>> before = stored.map(s -> kind.values().apply(s.value()));
        return new Step<>(
                kind, row, key, stored, wanted, before, after, ImportAction.of(before, Optional.of(after)), problems);
    }

    /**
     * What one row does to one stored row (its target or its result): the stored row as read, the row wanted, both
     * as the change log records them, and any problem of the two laid over each other.
     */
    private record Step<T>(
            Kind<T> kind,
            InterchangeRow row,
            String key,
            Optional<StoredRow<T>> stored,
            T wanted,
            Optional<Map<String, String>> before,
            Map<String, String> after,
            ImportAction action,
            List<ImportProblem> problems) {}

    /** How many rows of each kind an import added or changed. */
    private static final class Counter {
        private final Map<String, Map<ImportAction, Integer>> counts = new HashMap<>();
        int unchanged;

        void count(Kind<?> kind, ImportAction action) {
            counts.computeIfAbsent(kind.table(), t -> new EnumMap<>(ImportAction.class))
                    .merge(action, 1, Integer::sum);
        }

        /** Targets and results together. */
        int of(ImportAction action) {
            return counts.values().stream()
                    .mapToInt(m -> m.getOrDefault(action, 0))
                    .sum();
        }

        int of(Kind<?> kind, ImportAction action) {
            return counts.getOrDefault(kind.table(), Map.of()).getOrDefault(action, 0);
        }
    }

    /** What a row would change, without changing it: the preview before an import is applied. */
    public record PreviewLine(
            InterchangeRow row,
            String whatJa,
            ImportAction action,
            Optional<Map<String, String>> before,
            Map<String, String> after) {

        public String actionJa() {
            return action.nameJa();
        }

        public boolean changes() {
            return action.changes();
        }

        /**
         * What changes, field by field: 「実績: 30.6% → 30.7%」, 「分子: 163,860 → （削除）」 for a field the row
         * clears, or the new values of an added row.
         */
        public List<String> differencesJa() {
            List<String> out = new java.util.ArrayList<>();
            after.forEach((field, value) -> {
                String old = RecordedFields.shownJa(
                        field, before.map(b -> b.getOrDefault(field, "")).orElse(""));
                String now = RecordedFields.shownJa(field, value);
                String label = RecordedFields.labelJa(field);
                if (before.isEmpty() && !value.isEmpty() && !field.equals("source") && !field.equals("synthetic")) {
                    out.add(label + ": " + now);
                } else if (before.isPresent() && !old.equals(now)) {
                    // A stored field empties only where the row clears it (#削除): an empty cell leaves it alone.
                    out.add(label + ": " + (old.isEmpty() ? "（空）" : old) + " → " + (now.isEmpty() ? "（削除）" : now));
                }
            });
            return out;
        }
    }

    /** What the rows would change, row by row (target before result), compared set-based as the import does. */
    public List<PreviewLine> preview(List<InterchangeRow> rows) {
        List<PreviewLine> lines = new ArrayList<>();
        byYear(rows).forEach((year, yearRows) -> {
            for (Step<?> step : steps(year, yearRows)) {
                lines.add(
                        new PreviewLine(step.row(), step.kind().whatJa(), step.action(), step.before(), step.after()));
            }
        });
        return lines;
    }

    /** A kind of stored row an interchange row writes (a KPI's target, its result): its table, name and writes. */
    private record Kind<T>(
            String table, String whatJa, Function<T, Map<String, String>> values, Insert<T> insert, Update<T> update) {}

    @FunctionalInterface
    private interface Insert<T> {
        void insert(KpiRecordRepository records, List<T> rows, String by, Instant at, long batch);
    }

    /** False when a row's version moved on since it was read. */
    @FunctionalInterface
    private interface Update<T> {
        boolean update(KpiRecordRepository records, List<StoredRow<T>> rows, String by, Instant at, long batch);
    }

    private static final Kind<StoredTarget> TARGET = new Kind<>(
            TargetAudit.TABLE,
            "目標",
            TargetAudit::values,
            KpiRecordRepository::insertTargets,
            KpiRecordRepository::updateTargets);
    private static final Kind<StoredResult> RESULT = new Kind<>(
            ResultAudit.TABLE,
            "実績",
            ResultAudit::values,
            KpiRecordRepository::insertResults,
            KpiRecordRepository::updateResults);

    private static String resultKey(InterchangeRow row) {
        return ResultAudit.key(
                row.org(),
                row.year(),
                row.asOf(),
                row.definition().kpiCode(),
                row.definition().definitionFy());
    }

    public static String resultKey(StoredResult r) {
        return ResultAudit.key(r);
    }
}
