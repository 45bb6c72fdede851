package jp.kenpokpi.app.undo;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.audit.AuditTables;
import jp.kenpokpi.app.audit.ChangeHistory;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.audit.ChangeSource;
import jp.kenpokpi.app.audit.ImportBatches;
import jp.kenpokpi.app.audit.ReadableNames;
import jp.kenpokpi.app.security.Role;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.period.JapanTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Undo of one logged change or of a whole import (「この変更を取り消す」「この取込を取り消す」): the record gets back its
 * values before the change, or is removed where the change added it. Only where nothing later changed the same record
 * (table and row key), where the user may change it now (BranchAccess: headquarters any branch, a branch's people
 * their own; never a locked year or a submitted or approved report) and where the record still holds what the change
 * wrote. An import is undone all or nothing. The undo is itself a change in the log, from 取消 naming what it undid, so
 * the data version moves on and every cached page and summary is read afresh, as after any change.
 */
@Service
public class UndoService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ChangeLog log;
    private final ImportBatches batches;
    private final UndoableRecords records;
    private final ReadableNames names;
    private final TransactionTemplate transaction;

    public UndoService(
            ChangeLog log,
            ImportBatches batches,
            UndoableRecords records,
            ReadableNames names,
            TransactionTemplate transaction) {
        this.log = log;
        this.batches = batches;
        this.records = records;
        this.names = names;
        this.transaction = transaction;
    }

    /** One record put back: the entry undone, the record as people read it, and what changes back. */
    public record Step(
            long entryId,
            ChangeLog.Change change,
            String recordJa,
            boolean removes,
            List<ChangeHistory.FieldChange> restored) {}

    /** What an undo would do, and why it cannot where it cannot (then nothing is done). */
    public record Plan(String whatJa, List<Step> steps, List<String> refusalsJa) {

        public boolean allowed() {
            return refusalsJa.isEmpty();
        }
    }

    /** What undoing the log entry would restore. */
    public Plan ofChange(UserAccount user, long entryId) {
        ChangeLog.Entry entry =
                log.entry(entryId).orElseThrow(() -> new UndoRefusedException("変更#" + entryId + " は記録にありません"));
        List<String> refusals = new ArrayList<>();
        if (entry.change().source().kind() == ChangeSource.Kind.UNDO) {
            refusals.add("取り消しの記録そのものは取り消せません。元の値に戻すには、画面で入力し直してください");
        }
        List<Step> steps = new ArrayList<>();
        step(user, entry, refusals).ifPresent(steps::add);
        return new Plan("変更#" + entryId + "（" + AuditTables.recordJa(entry.change()) + "）", steps, refusals);
    }

    /** What undoing the whole import would restore: every entry it wrote. */
    public Plan ofImport(UserAccount user, long batchId) {
        ImportBatches.Batch batch =
                batches.find(batchId).orElseThrow(() -> new UndoRefusedException("取込#" + batchId + " は記録にありません"));
        List<String> refusals = new ArrayList<>();
        batch.undoneAt()
                .ifPresent(at -> refusals.add("この取込は " + when(at) + " に "
                        + names.person(batch.undoneBy().orElse("")) + " が取り消し済みです"));
        List<ChangeLog.Entry> entries = log.ofBatch(batchId);
        if (entries.isEmpty()) refusals.add("この取込は何も変更していないため、取り消すものがありません");
        List<Step> steps = new ArrayList<>();
        for (ChangeLog.Entry e : entries) step(user, e, refusals).ifPresent(steps::add);
        return new Plan("取込#" + batchId + "（" + batch.files() + "）", steps, refusals);
    }

    /**
     * Undoes one entry.
     *
     * @throws UndoRefusedException with every reason when it cannot be undone; nothing is then changed
     */
    public Plan undoChange(UserAccount user, long entryId) {
        return transaction.execute(status -> {
            Plan plan = ofChange(user, entryId);
            apply(user, plan, ChangeSource.undo(ChangeSource.undoneEntry(entryId)));
            return plan;
        });
    }

    /**
     * Undoes every change of an import, all or nothing.
     *
     * @throws UndoRefusedException with every reason when any of its changes cannot be undone; nothing is changed
     */
    public Plan undoImport(UserAccount user, long batchId) {
        return transaction.execute(status -> {
            Plan plan = ofImport(user, batchId);
            Instant at = apply(user, plan, ChangeSource.undo(ChangeSource.undoneBatch(batchId)));
            batches.undone(batchId, user.username(), at);
            return plan;
        });
    }

    private Instant apply(UserAccount user, Plan plan, ChangeSource source) {
        if (!plan.allowed()) throw new UndoRefusedException(plan.refusalsJa());
        Instant now = Instant.now();
        // Newest first: were a record written twice in one batch, its first values are the last written back.
        List<Step> newestFirst = new ArrayList<>(plan.steps());
        java.util.Collections.reverse(newestFirst);
        for (Step s : newestFirst) {
            ChangeLog.Change c = s.change();
            Map<String, String> current = records.current(c.table(), c.rowKey()).orElseThrow();
            if (s.removes()) {
                records.remove(c.table(), c.rowKey());
                log.recordDeletion(c.table(), c.rowKey(), current, user.username(), now, source);
            } else {
                records.restore(c.table(), c.rowKey(), c.before(), user.username(), now);
                Map<String, String> after =
                        records.current(c.table(), c.rowKey()).orElseThrow();
                log.record(c.table(), c.rowKey(), Optional.of(current), after, user.username(), now, source);
            }
        }
        return now;
    }

    /** The entry's step, or its refusal added to {@code refusals}. */
    private Optional<Step> step(UserAccount user, ChangeLog.Entry entry, List<String> refusals) {
        ChangeLog.Change c = entry.change();
        String recordJa = AuditTables.recordJa(c);
        if (user.role() == Role.VIEWER) {
            refusals.add("閲覧者は変更を取り消せません");
            return Optional.empty();
        }
        if (!UndoableRecords.undoable(c.table())) {
            refusals.add(recordJa + ": 「" + AuditTables.nameJa(c.table())
                    + "」の変更は取り消しに対応していません（目標と実績の変更だけを取り消せます。この記録はその画面で直してください）");
            return Optional.empty();
        }
        if (c.action().equals("DELETE")) {
            refusals.add(recordJa + ": 削除の取り消しには対応していません");
            return Optional.empty();
        }
        List<ChangeLog.Entry> later = log.laterChanges(c.table(), c.rowKey(), entry.id());
        Optional<ChangeLog.Entry> undoneBy = later.stream()
                .filter(e -> e.change().source().equals(ChangeSource.undo(ChangeSource.undoneEntry(entry.id())))
                        || c.batchId()
                                .map(b -> e.change().source().equals(ChangeSource.undo(ChangeSource.undoneBatch(b))))
                                .orElse(false))
                .findFirst();
        if (undoneBy.isPresent()) {
            ChangeLog.Change undo = undoneBy.get().change();
            refusals.add(recordJa + "へのこの変更は " + when(undo.changedAt()) + " に " + names.person(undo.changedBy())
                    + " が取り消し済みです");
            return Optional.empty();
        }
        List<ChangeLog.Entry> standing = standing(later);
        if (!standing.isEmpty()) {
            ChangeLog.Change next = standing.get(0).change();
            refusals.add(recordJa + "はこの変更の後、" + when(next.changedAt()) + " に " + names.person(next.changedBy())
                    + " が変更しています（変更#" + standing.get(0).id() + "）。後の変更があるため取り消せません"
                    + "（後の変更から順に取り消せます）");
            return Optional.empty();
        }
        Optional<String> refusal = records.refusal(user, c.table(), c.rowKey());
        if (refusal.isPresent()) {
            refusals.add(recordJa + ": " + refusal.get());
            return Optional.empty();
        }
        Optional<Map<String, String>> current = records.current(c.table(), c.rowKey());
        Map<String, String> now = current.orElse(Map.of());
        boolean stillAsWritten = current.isPresent()
                && c.after().entrySet().stream().allMatch(f -> f.getValue().equals(now.getOrDefault(f.getKey(), "")));
        if (!stillAsWritten) {
            refusals.add(recordJa + ": 現在の値がこの変更の記録と一致しないため取り消せません（記録にない変更があります）");
            return Optional.empty();
        }
        boolean removes = c.action().equals("INSERT");
        Map<String, String> restored = removes ? Map.of() : merged(now, c.before());
        // What changes back, read as the histories read a change: the values now → the values restored.
        ChangeLog.Change back = new ChangeLog.Change(
                c.table(), c.rowKey(), "UPDATE", now, restored, user.username(), Instant.now(), c.source());
        return Optional.of(new Step(
                entry.id(),
                c,
                recordJa,
                removes,
                ChangeHistory.of(List.of(back)).get(0).changes()));
    }

    /**
     * The later changes that still stand: a later change undone, and the undo that undid it, together leave the record
     * as it was, and do not keep an earlier change from being undone.
     */
    private static List<ChangeLog.Entry> standing(List<ChangeLog.Entry> later) {
        java.util.Set<String> undone = new java.util.HashSet<>();
        java.util.Set<String> laterNames = new java.util.HashSet<>();
        for (ChangeLog.Entry e : later) {
            laterNames.add(ChangeSource.undoneEntry(e.id()));
            if (e.change().source().kind() == ChangeSource.Kind.UNDO)
                e.change().source().file().ifPresent(undone::add);
        }
        return later.stream()
                .filter(e -> !undone.contains(ChangeSource.undoneEntry(e.id())))
                .filter(e -> !(e.change().source().kind() == ChangeSource.Kind.UNDO
                        && e.change().source().file().map(laterNames::contains).orElse(false)))
                .toList();
    }

    private static Map<String, String> merged(Map<String, String> now, Map<String, String> before) {
        Map<String, String> m = new LinkedHashMap<>(now);
        m.putAll(before);
        return m;
    }

    private static String when(Instant at) {
        return WHEN.format(at.atZone(JapanTime.ZONE));
    }
}
