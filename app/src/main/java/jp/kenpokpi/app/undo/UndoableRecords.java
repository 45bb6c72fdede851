package jp.kenpokpi.app.undo;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.catalogue.CatalogueRepository;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.app.result.KpiRecordRepository.EntryTexts;
import jp.kenpokpi.app.result.KpiRecordRepository.StoredRow;
import jp.kenpokpi.app.result.ResultAudit;
import jp.kenpokpi.app.result.TargetAudit;
import jp.kenpokpi.app.security.BranchAccess;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.evaluation.SelfEvaluation;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.ResultValueCheck;
import jp.kenpokpi.result.StoredResult;
import jp.kenpokpi.result.StoredTarget;
import jp.kenpokpi.submission.SubmissionKind;
import jp.kenpokpi.value.PrintedValue;
import jp.kenpokpi.value.PrintedValueParser;
import jp.kenpokpi.value.UnreadableValueException;
import org.springframework.stereotype.Component;

/**
 * The records an undo can write back: a KPI's result (kpi_result) and target (kpi_target), whose change-log values
 * (ResultAudit, TargetAudit) hold every field the record keeps, so the values before a change are the record before
 * it. The other tables' log entries hold what people read (a plan measure's texts without its actions' order, a budget
 * line without its category's id, a submission step that moved a state machine on) and are not undone here.
 */
@Component
public class UndoableRecords {

    private final KpiRecordRepository records;
    private final CatalogueRepository catalogue;
    private final BranchAccess access;

    public UndoableRecords(KpiRecordRepository records, CatalogueRepository catalogue, BranchAccess access) {
        this.records = records;
        this.catalogue = catalogue;
        this.access = access;
    }

    /** Whether changes to the table can be undone. */
    public static boolean undoable(String table) {
        return table.equals(ResultAudit.TABLE) || table.equals(TargetAudit.TABLE);
    }

    /** A record a log entry names: its table and key read back. */
    private record Key(
            String table, OrgCode org, FiscalYear year, Optional<AsOf> asOf, String kpiCode, int definitionFy) {

        /** 09/2023/final/KPI/2021 (a result) or 09/2023/KPI (a target). */
        static Key of(String table, String rowKey) {
            String[] p = rowKey.split("/");
            OrgCode org = OrgCode.of(p[0]);
            FiscalYear year = FiscalYear.of(Integer.parseInt(p[1]));
            if (table.equals(TargetAudit.TABLE)) return new Key(table, org, year, Optional.empty(), p[2], 0);
            Optional<AsOf> asOf = p[2].equals("final") ? Optional.empty() : AsOf.parse(p[2]);
            return new Key(table, org, year, asOf, p[3], Integer.parseInt(p[4]));
        }

        boolean result() {
            return table.equals(ResultAudit.TABLE);
        }
    }

    /** Why the user may not change the record now (branch, the year's lock, a submitted or approved report), or empty. */
    public Optional<String> refusal(UserAccount user, String table, String rowKey) {
        Key k = Key.of(table, rowKey);
        if (k.result()) return access.resultRefusal(user, k.org(), k.year(), k.asOf());
        return access.changeRefusal(user, k.org(), k.year())
                .or(() -> access.frozenBecause(k.org(), k.year(), SubmissionKind.PLAN));
    }

    /** The record's values now as the change log records them, or empty when there is no such record. */
    public Optional<Map<String, String>> current(String table, String rowKey) {
        Key k = Key.of(table, rowKey);
        if (k.result()) {
            return findResult(k).map(r -> ResultAudit.values(r.value(), records.entryTexts(r.id())));
        }
        return records.findTarget(k.org(), k.year(), k.kpiCode()).map(t -> TargetAudit.values(t.value()));
    }

    /**
     * Writes the recorded values back over the record (its values before the change undone).
     *
     * @throws UndoRefusedException when a value recorded cannot be read back under the KPI's definition
     */
    public void restore(String table, String rowKey, Map<String, String> values, String by, Instant at) {
        Key k = Key.of(table, rowKey);
        if (k.result()) {
            StoredResult result = result(k, values);
            Optional<StoredRow<StoredResult>> stored = findResult(k);
            if (stored.isEmpty()) records.insertResult(result, by, at, null);
            else written(records.updateResult(stored.get().id(), stored.get().version(), result, by, at, null), rowKey);
            // A change the entry form made records the texts it writes beside the result; an import leaves them.
            if (values.containsKey("self_evaluation_reason") || values.containsKey("narrative")) {
                records.saveEntryTexts(
                        result,
                        new EntryTexts(given(values.get("self_evaluation_reason")), given(values.get("narrative"))));
            }
            return;
        }
        StoredTarget target = new StoredTarget(
                k.org(),
                k.year(),
                k.kpiCode(),
                values.getOrDefault("target", ""),
                given(values.get("note")),
                given(values.get("source")),
                Boolean.parseBoolean(values.get("synthetic")));
        Optional<StoredRow<StoredTarget>> stored = records.findTarget(k.org(), k.year(), k.kpiCode());
        if (stored.isEmpty()) records.insertTarget(target, by, at, null);
        else written(records.updateTarget(stored.get().id(), stored.get().version(), target, by, at, null), rowKey);
    }

    /** Removes the record (a change that added it undone). */
    public void remove(String table, String rowKey) {
        Key k = Key.of(table, rowKey);
        boolean removed = k.result()
                ? findResult(k)
                        .map(r -> records.deleteResult(r.id(), r.version()))
                        .orElse(false)
                : records.findTarget(k.org(), k.year(), k.kpiCode())
                        .map(t -> records.deleteTarget(t.id(), t.version()))
                        .orElse(false);
        written(removed, rowKey);
    }

    private Optional<StoredRow<StoredResult>> findResult(Key k) {
        return records.findResult(k.org(), k.year(), k.asOf(), k.kpiCode(), k.definitionFy());
    }

    /** The result the values describe, read as an import reads its cells (ResultValueCheck, PrintedValueParser). */
    private StoredResult result(Key k, Map<String, String> values) {
        KpiDefinition definition = catalogue
                .load()
                .find(k.kpiCode())
                .flatMap(kpi -> kpi.versionStartingIn(k.definitionFy()))
                .orElseThrow(() -> new UndoRefusedException(
                        "KPI「" + k.kpiCode() + "」（" + k.definitionFy() + "年度の定義）がカタログにないため、実績を元に戻せません"));
        ResultValueCheck.Outcome checked = ResultValueCheck.check(
                definition,
                k.org(),
                given(values.get("actual")),
                given(values.get("numerator")),
                given(values.get("denominator")));
        if (!checked.ok()) {
            throw new UndoRefusedException(
                    "記録された変更前の実績を読み戻せません: " + checked.problems().get(0).messageJa());
        }
        Optional<String> nationalText = given(values.get("national_value"));
        return new StoredResult(
                k.org(),
                k.year(),
                k.asOf(),
                k.kpiCode(),
                k.definitionFy(),
                given(values.get("actual")),
                checked.result(),
                nationalText,
                nationalText.flatMap(UndoableRecords::nationalNumber),
                given(values.get("national_rank")).map(Integer::valueOf),
                given(values.get("mark")).flatMap(Mark::parse),
                given(values.get("self_evaluation")).map(SelfEvaluation::valueOf),
                given(values.get("note")),
                given(values.get("source")),
                Boolean.parseBoolean(values.get("synthetic")),
                Optional.empty(),
                Optional.empty());
    }

    /** The national value's number as the import reads it (an amount, or a count of branches). */
    private static Optional<BigDecimal> nationalNumber(String text) {
        try {
            PrintedValue value = PrintedValueParser.parse(text).value();
            if (value instanceof PrintedValue.Amount amount) return Optional.of(amount.number());
            if (value instanceof PrintedValue.BranchCount count) return Optional.of(BigDecimal.valueOf(count.count()));
            return Optional.empty();
        } catch (UnreadableValueException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> given(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isEmpty());
    }

    private static void written(boolean written, String rowKey) {
        if (!written) throw new UndoRefusedException(rowKey + " は取り消しの最中に他の人が変更しました。もう一度操作してください");
    }
}
