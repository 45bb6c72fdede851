package jp.kenpokpi.app.entry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import jp.kenpokpi.app.audit.ChangeHistory;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.audit.ChangeSource;
import jp.kenpokpi.app.catalogue.CatalogueRepository;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.app.result.KpiRecordRepository.EntryTexts;
import jp.kenpokpi.app.result.ResultAudit;
import jp.kenpokpi.app.security.BranchAccess;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.summary.SummaryService;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.entry.ResultEntry;
import jp.kenpokpi.entry.ResultEntryCheck;
import jp.kenpokpi.evaluation.KpiEvaluation;
import jp.kenpokpi.evaluation.MarkPolicies;
import jp.kenpokpi.evaluation.MarkPolicy;
import jp.kenpokpi.interim.InterimRow;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.StoredResult;
import jp.kenpokpi.summary.BranchYearSummary;
import jp.kenpokpi.summary.SummaryRow;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Entering a KPI's year-end result, or its result as of a month end: what the form shows, and saving it all or nothing, never over a change made
 * since the form was read, each change recorded with who made it.
 */
@Service
public class ResultEntryService {

    /** The policy the dashboard opens with: the form judges and shows marks the way the dashboard first does. */
    static final MarkPolicy POLICY = MarkPolicies.EXCEEDS;

    /** Where a value typed on the form came from, in place of the report it replaces (kept in the history). */
    static final String SOURCE = "画面入力";

    private final SummaryService summaries;
    private final CatalogueRepository catalogue;
    private final KpiRecordRepository records;
    private final ChangeLog changeLog;
    private final BranchAccess access;
    private final TransactionTemplate transaction;

    public ResultEntryService(
            SummaryService summaries,
            CatalogueRepository catalogue,
            KpiRecordRepository records,
            ChangeLog changeLog,
            BranchAccess access,
            TransactionTemplate transaction) {
        this.summaries = summaries;
        this.catalogue = catalogue;
        this.records = records;
        this.changeLog = changeLog;
        this.access = access;
        this.transaction = transaction;
    }

    /** A stored result (year-end or month-end) with the version the form carries back. */
    public record StoredEntry(long id, int version, StoredResult result, EntryTexts texts) {}

    /**
     * What the entry page shows: the KPI's line of the dashboard (target, current mark, suggested self-evaluation),
     * the stored result and its history.
     */
    public record EntryPage(SummaryRow row, Optional<StoredEntry> stored, List<ChangeHistory.Line> history) {

        public KpiDefinition definition() {
            return row.definition();
        }

        public Optional<ChangeHistory.Line> lastChange() {
            return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
        }
    }

    /**
     * What the month-end entry page shows: the KPI's line of the interim table (target, same month last year, last
     * year's final), the result stored at the month and its history.
     */
    public record InterimEntryPage(InterimRow row, Optional<StoredEntry> stored, List<ChangeHistory.Line> history) {

        public Optional<ChangeHistory.Line> lastChange() {
            return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
        }
    }

    public sealed interface SaveOutcome permits Saved, Refused, Conflict {}

    /**
     * @param evaluation the year-end result judged against its target; empty for a month-end result
     * @param changed    false when the form held what was already stored
     */
    public record Saved(StoredResult result, Optional<KpiEvaluation> evaluation, boolean changed)
            implements SaveOutcome {}

    /** The entry does not pass its checks; nothing was saved. */
    public record Refused(List<ResultEntryCheck.Problem> problems) implements SaveOutcome {}

    /** The result changed since the form was read; nothing was saved. */
    public record Conflict(Optional<StoredEntry> current) implements SaveOutcome {}

    /** The definition of the KPI valid in the year, if the catalogue has one. */
    public Optional<KpiDefinition> definition(String kpiCode, FiscalYear year) {
        return catalogue.load().find(kpiCode).flatMap(k -> k.definitionIn(year));
    }

    public EntryPage page(OrgCode org, FiscalYear year, KpiDefinition definition) {
        SummaryRow row = summaries.branchYear(org, year, POLICY).stream()
                .filter(r -> r.definition().equals(definition))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException(definition.kpiCode() + "は" + year.label() + "の一覧にありません"));
        return new EntryPage(
                row, find(org, year, Optional.empty(), definition), history(org, year, Optional.empty(), definition));
    }

    public InterimEntryPage interimPage(OrgCode org, AsOf asOf, KpiDefinition definition) {
        InterimRow row = summaries.interim(org, asOf).stream()
                .filter(r -> r.definition().equals(definition))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalArgumentException(definition.kpiCode() + "は" + asOf.japanese() + "の中間実績の一覧にありません"));
        Optional<AsOf> month = Optional.of(asOf);
        return new InterimEntryPage(
                row,
                find(org, asOf.fiscalYear(), month, definition),
                history(org, asOf.fiscalYear(), month, definition));
    }

    private List<ChangeHistory.Line> history(
            OrgCode org, FiscalYear year, Optional<AsOf> asOf, KpiDefinition definition) {
        String key = ResultAudit.key(org, year, asOf, definition.kpiCode(), definition.definitionFy());
        return ChangeHistory.of(changeLog.history(ResultAudit.TABLE, key));
    }

    public SaveOutcome save(
            UserAccount user,
            OrgCode org,
            FiscalYear year,
            KpiDefinition definition,
            ResultEntry entry,
            Optional<Integer> version) {
        return store(user, org, year, Optional.empty(), definition, entry, version, () -> {
            BranchYearSummary summary =
                    new BranchYearSummary(catalogue.load(), records.load(year.previous(), year), POLICY);
            return ResultEntryCheck.check(entry, definition, org, r -> summary.evaluate(org, year, definition, r));
        });
    }

    /** Saves a result as of a month end, as {@link #save} a year-end one: the same checks of value and note. */
    public SaveOutcome saveInterim(
            UserAccount user,
            OrgCode org,
            AsOf asOf,
            KpiDefinition definition,
            ResultEntry entry,
            Optional<Integer> version) {
        return store(
                user,
                org,
                asOf.fiscalYear(),
                Optional.of(asOf),
                definition,
                entry,
                version,
                () -> ResultEntryCheck.checkInterim(entry, definition, org));
    }

    /**
     * Saves a checked entry all or nothing: refused on a lock, a submitted or approved report or a version changed
     * since the form was read, and recorded in the change log as the form's.
     *
     * @param check the entry's checks, run inside the transaction on the data as it is then
     */
    private SaveOutcome store(
            UserAccount user,
            OrgCode org,
            FiscalYear year,
            Optional<AsOf> asOf,
            KpiDefinition definition,
            ResultEntry entry,
            Optional<Integer> version,
            Supplier<ResultEntryCheck.Outcome> check) {
        try {
            return transaction.execute(status -> {
                // Checked again inside the transaction: a lock or a submission since the form was opened wins.
                access.requireResultChange(user, org, year, asOf);
                BranchAccess.requireIndicatorChange(user, catalogue.load(), definition);
                Optional<StoredEntry> current = find(org, year, asOf, definition);
                if (!current.map(StoredEntry::version).equals(version)) return new Conflict(current);

                ResultEntryCheck.Outcome checked = check.get();
                if (!checked.ok()) return new Refused(checked.problems());

                StoredResult result =
                        merged(current.map(StoredEntry::result), org, year, asOf, definition, entry, checked);
                EntryTexts texts = new EntryTexts(entry.selfEvaluationReason(), entry.narrative());
                Optional<Map<String, String>> before = current.map(c -> ResultAudit.values(c.result(), c.texts()));
                Map<String, String> after = ResultAudit.values(result, texts);
                Optional<KpiEvaluation> evaluation = checked.evaluation();
                if (before.equals(Optional.of(after)) || (current.isEmpty() && entry.isEmpty())) {
                    return new Saved(result, evaluation, false);
                }

                Instant now = Instant.now();
                if (current.isEmpty()) {
                    records.insertResult(result, user.username(), now, null);
                } else if (!records.updateResult(
                        current.get().id(), current.get().version(), result, user.username(), now, null)) {
                    return new Conflict(find(org, year, asOf, definition));
                }
                records.saveEntryTexts(result, texts);
                changeLog.record(
                        ResultAudit.TABLE,
                        ResultAudit.key(result),
                        before,
                        after,
                        user.username(),
                        now,
                        ChangeSource.form());
                return new Saved(result, evaluation, true);
            });
        } catch (DuplicateKeyException e) {
            // Another user added this KPI's first result between our read and our insert.
            return new Conflict(find(org, year, asOf, definition));
        }
    }

    /**
     * The entered fields over what is stored; the national value and rank stay. A changed value is the editor's
     * own: the report it was read from, the mark the report printed for it and its 架空 label belonged to the value
     * it replaces, and stay in the history with it.
     */
    private static StoredResult merged(
            Optional<StoredResult> stored,
            OrgCode org,
            FiscalYear year,
            Optional<AsOf> asOf,
            KpiDefinition definition,
            ResultEntry entry,
            ResultEntryCheck.Outcome checked) {
        StoredResult kept = new StoredResult(
                org,
                year,
                asOf,
                definition.kpiCode(),
                definition.definitionFy(),
                entry.actual(),
                checked.result(),
                stored.flatMap(StoredResult::nationalValueText),
                stored.flatMap(StoredResult::nationalValue),
                stored.flatMap(StoredResult::nationalRank),
                stored.flatMap(StoredResult::printedMark),
                entry.selfEvaluation(),
                entry.note(),
                stored.flatMap(StoredResult::source),
                stored.map(StoredResult::synthetic).orElse(false),
                Optional.empty(),
                Optional.empty());
        if (stored.isPresent() && sameValue(stored.get(), kept)) return kept;
        return new StoredResult(
                org,
                year,
                asOf,
                kept.kpiCode(),
                kept.definitionFy(),
                kept.actualText(),
                kept.result(),
                kept.nationalValueText(),
                kept.nationalValue(),
                kept.nationalRank(),
                Optional.empty(),
                kept.selfEvaluation(),
                kept.note(),
                Optional.of(SOURCE),
                false,
                Optional.empty(),
                Optional.empty());
    }

    private static boolean sameValue(StoredResult a, StoredResult b) {
        Map<String, String> x = ResultAudit.values(a);
        Map<String, String> y = ResultAudit.values(b);
        return List.of("actual", "numerator", "denominator").stream()
                .allMatch(k -> x.get(k).equals(y.get(k)));
    }

    private Optional<StoredEntry> find(OrgCode org, FiscalYear year, Optional<AsOf> asOf, KpiDefinition definition) {
        return records.findResult(org, year, asOf, definition.kpiCode(), definition.definitionFy())
                .map(r -> new StoredEntry(r.id(), r.version(), r.value(), records.entryTexts(r.id())));
    }
}
