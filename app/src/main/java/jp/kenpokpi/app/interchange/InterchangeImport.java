package jp.kenpokpi.app.interchange;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.audit.ChangeSource;
import jp.kenpokpi.app.audit.ImportAction;
import jp.kenpokpi.app.audit.ImportBatches;
import jp.kenpokpi.app.catalogue.CatalogueRepository;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.app.result.KpiRecordRepository.StoredRow;
import jp.kenpokpi.app.result.ResultAudit;
import jp.kenpokpi.app.result.TargetAudit;
import jp.kenpokpi.audit.RecordedFields;
import jp.kenpokpi.interchange.ImportClaim;
import jp.kenpokpi.interchange.ImportProblem;
import jp.kenpokpi.interchange.InterchangeFile;
import jp.kenpokpi.interchange.InterchangeReader;
import jp.kenpokpi.interchange.InterchangeRow;
import jp.kenpokpi.result.StoredResult;
import jp.kenpokpi.result.StoredTarget;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports interchange CSV files: all files or nothing. Every file is checked before anything is written; the
 * writes happen in one transaction, each change recorded with who made it and the values it replaced.
 */
@Service
public class InterchangeImport {

    private final CatalogueRepository catalogue;
    private final KpiRecordRepository records;
    private final ChangeLog changeLog;
    private final ImportBatches batches;
    private final TransactionTemplate transaction;
    private final ImportPermissions permissions;
    private final ImportClaims claims;

    public InterchangeImport(
            CatalogueRepository catalogue,
            KpiRecordRepository records,
            ChangeLog changeLog,
            ImportBatches batches,
            TransactionTemplate transaction,
            ImportPermissions permissions,
            ImportClaims claims) {
        this.permissions = permissions;
        this.claims = claims;
        this.catalogue = catalogue;
        this.records = records;
        this.changeLog = changeLog;
        this.batches = batches;
        this.transaction = transaction;
    }

    /**
     * Checks the files without saving anything: the rows that would be imported, or every problem, a row of a year
     * headquarters has locked or of a report that is submitted or approved among them (on every channel: the page
     * and the command line import through here).
     */
    public InterchangeReader.Outcome check(List<InterchangeFile> files) {
        InterchangeReader.Outcome read = new InterchangeReader(catalogue.load(), new XlsxWorkbooks()).read(files);
        if (!read.ok()) return read;
        List<ImportProblem> locked = closed(read.rows());
        return locked.isEmpty() ? read : new InterchangeReader.Outcome(List.of(), locked);
    }

    /** The rows of a locked year or a submitted or approved report (ImportPermissions.lockedAt). */
    private List<ImportProblem> closed(List<InterchangeRow> rows) {
        return permissions.lockedAt(
                rows.stream().map(ImportPermissions.PlacedRow::of).toList());
    }

    /**
     * @param kind "import" or "sample-data"
     * @throws ImportRejectedException when any file has a problem; the database is then unchanged
     */
    public ImportReport importFiles(List<InterchangeFile> files, String user, String kind) {
        return importFiles(files, user, kind, ImportProgress.NONE);
    }

    /**
     * As {@link #importFiles(List, String, String)}, telling the progress where it has got to; one import at a time
     * per branch and year ({@link ImportClaims}).
     *
     * @throws ImportClaimedException when another import of a branch-year of the files is running
     */
    public ImportReport importFiles(List<InterchangeFile> files, String user, String kind, ImportProgress progress) {
        progress.reached("読み込み", 0, files.size());
        InterchangeReader.Outcome outcome = check(files);
        if (!outcome.ok()) throw new ImportRejectedException(outcome.problems());
        int rows = outcome.rows().size();
        progress.reached("検査", rows, rows);
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
                    return write(outcome.rows(), files, user, kind, progress);
                }));
        progress.reached("記録", rows, rows);
        return report;
    }

    private ImportReport write(
            List<InterchangeRow> rows, List<InterchangeFile> files, String user, String kind, ImportProgress progress) {
        ImportBatches.OpenBatch batch = batches.open(kind, files, rows.size(), user);
        Instant now = batch.at();
        Counter counter = new Counter();
        long written = 0;
        for (InterchangeRow row : rows) {
            boolean changed = false;
            ChangeSource source = batch.source(row.file(), row.line());
            if (row.target().isPresent()) changed |= saveTarget(row, user, now, source, counter);
            if (carriesResult(row)) {
                changed |= saveResult(row, user, now, source, counter);
            }
            if (!changed) counter.unchanged++;
            progress.reached("保存", ++written, rows.size());
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

    /** How many rows of each kind an import added or changed. */
    private static final class Counter {
        private final Map<String, Map<ImportAction, Integer>> counts = new HashMap<>();
        int unchanged;

        /** @return whether the row changed */
        boolean count(Kind<?> kind, ImportAction action) {
            counts.computeIfAbsent(kind.table(), t -> new EnumMap<>(ImportAction.class))
                    .merge(action, 1, Integer::sum);
            return action.changes();
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

        /** What changes, field by field: 「実績: 30.6% → 30.7%」, or the new values of an added row. */
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
                    out.add(label + ": " + (old.isEmpty() ? "（空）" : old) + " → " + (now.isEmpty() ? "（空）" : now));
                }
            });
            return out;
        }
    }

    public List<PreviewLine> preview(List<InterchangeRow> rows) {
        List<PreviewLine> lines = new java.util.ArrayList<>();
        for (InterchangeRow row : rows) {
            if (row.target().isPresent()) {
                StoredTarget target = row.storedTarget().orElseThrow();
                Optional<Map<String, String>> before = records.findTarget(row.org(), row.year(), target.kpiCode())
                        .map(e -> values(e.value()));
                lines.add(previewLine(row, "目標", before, values(target)));
            }
            if (carriesResult(row)) {
                StoredResult result = row.storedResult();
                Optional<Map<String, String>> before = records.findResult(
                                row.org(), row.year(), row.asOf(), result.kpiCode(), result.definitionFy())
                        .map(e -> values(e.value()));
                lines.add(previewLine(row, "実績", before, values(result)));
            }
        }
        return lines;
    }

    private static PreviewLine previewLine(
            InterchangeRow row, String what, Optional<Map<String, String>> before, Map<String, String> after) {
        return new PreviewLine(row, what, ImportAction.of(before, Optional.of(after)), before, after);
    }

    /** Whether the row writes a result (its note alone, where it sets no target, is a result's note). */
    static boolean carriesResult(InterchangeRow row) {
        return row.hasResult() || (row.target().isEmpty() && row.note().isPresent());
    }

    /** A kind of stored row an interchange row writes (a KPI's target, its result): its table, name and writes. */
    private record Kind<T>(
            String table, String whatJa, Function<T, Map<String, String>> values, Insert<T> insert, Update<T> update) {}

    @FunctionalInterface
    private interface Insert<T> {
        void insert(KpiRecordRepository records, T row, String by, Instant at, long batch);
    }

    /** False when the row's version moved on since it was read. */
    @FunctionalInterface
    private interface Update<T> {
        boolean update(KpiRecordRepository records, long id, int version, T row, String by, Instant at, long batch);
    }

    private static final Kind<StoredTarget> TARGET = new Kind<>(
            TargetAudit.TABLE,
            "目標",
            InterchangeImport::values,
            KpiRecordRepository::insertTarget,
            KpiRecordRepository::updateTarget);
    private static final Kind<StoredResult> RESULT = new Kind<>(
            "kpi_result",
            "実績",
            InterchangeImport::values,
            KpiRecordRepository::insertResult,
            KpiRecordRepository::updateResult);

    private boolean saveTarget(InterchangeRow row, String user, Instant now, ChangeSource source, Counter counter) {
        StoredTarget target = row.storedTarget().orElseThrow();
        Optional<StoredRow<StoredTarget>> stored = records.findTarget(row.org(), row.year(), target.kpiCode());
        String key = TargetAudit.key(row.org(), row.year(), target.kpiCode());
        return counter.count(TARGET, save(TARGET, key, target, stored, user, now, source));
    }

    private boolean saveResult(InterchangeRow row, String user, Instant now, ChangeSource source, Counter counter) {
        StoredResult result = row.storedResult();
        Optional<StoredRow<StoredResult>> stored =
                records.findResult(row.org(), row.year(), row.asOf(), result.kpiCode(), result.definitionFy());
        return counter.count(RESULT, save(RESULT, resultKey(result), result, stored, user, now, source));
    }

    /**
     * Adds the row, or changes the stored one when what the change log records of it differs (a row the same as
     * stored is left alone), and logs the change under the row's key.
     */
    private <T> ImportAction save(
            Kind<T> kind,
            String key,
            T wanted,
            Optional<StoredRow<T>> stored,
            String user,
            Instant now,
            ChangeSource source) {
        long batch = source.batchId().orElseThrow();
        Map<String, String> after = kind.values().apply(wanted);
        Optional<Map<String, String>> before = stored.map(s -> kind.values().apply(s.value()));
        ImportAction action = ImportAction.of(before, Optional.of(after));
        switch (action) {
            case ADD -> kind.insert().insert(records, wanted, user, now, batch);
            case CHANGE -> {
                StoredRow<T> current = stored.orElseThrow();
                if (!kind.update().update(records, current.id(), current.version(), wanted, user, now, batch)) {
                    throw new IllegalStateException(kind.whatJa() + " " + key + " は取り込み中に他の人が変更しました。もう一度取り込んでください");
                }
            }
            case KEEP, REMOVE -> {
                return action;
            }
        }
        changeLog.record(kind.table(), key, before, after, user, now, source);
        return action;
    }

    public static String resultKey(StoredResult r) {
        return ResultAudit.key(r);
    }

    private static Map<String, String> values(StoredResult r) {
        return ResultAudit.values(r);
    }

    private static Map<String, String> values(StoredTarget t) {
        return TargetAudit.values(t);
    }
}
