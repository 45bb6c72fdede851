package jp.kenpokpi.app.budget;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.audit.ChangeSource;
import jp.kenpokpi.app.audit.ImportAction;
import jp.kenpokpi.app.audit.ImportBatches;
import jp.kenpokpi.app.budget.BudgetRows.CategoryKey;
import jp.kenpokpi.app.budget.BudgetRows.CategoryRow;
import jp.kenpokpi.app.budget.BudgetRows.ItemKey;
import jp.kenpokpi.app.budget.BudgetRows.ItemRow;
import jp.kenpokpi.app.interchange.ImportClaims;
import jp.kenpokpi.app.interchange.ImportPermissions;
import jp.kenpokpi.app.interchange.ImportPermissions.PlacedRow;
import jp.kenpokpi.app.interchange.ImportRejectedException;
import jp.kenpokpi.app.interchange.XlsxWorkbooks;
import jp.kenpokpi.app.result.KpiRecordRepository.StoredRow;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.budget.BudgetCsv;
import jp.kenpokpi.budget.BudgetExecution;
import jp.kenpokpi.interchange.ImportClaim;
import jp.kenpokpi.interchange.ImportProblem;
import jp.kenpokpi.interchange.InterchangeFile;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports budget execution CSV files (docs/BUDGET.md): all files or nothing, in one transaction (joining the caller's,
 * as the sample-data load does). A file holds the whole budget of each branch and year it names, so importing it
 * again replaces that budget: items are added, changed or removed, and each change is kept in the change log with
 * who made it and the values it replaced.
 */
@Service
public class BudgetImport {

    static final String CATEGORY_TABLE = "budget_category";
    static final String ITEM_TABLE = "budget_item";

    private final BudgetRepository repository;
    private final ChangeLog changeLog;
    private final ImportBatches batches;
    private final ImportPermissions permissions;
    private final TransactionTemplate transaction;
    private final ImportClaims claims;

    public BudgetImport(
            BudgetRepository repository,
            ChangeLog changeLog,
            ImportBatches batches,
            ImportPermissions permissions,
            TransactionTemplate transaction,
            ImportClaims claims) {
        this.claims = claims;
        this.repository = repository;
        this.changeLog = changeLog;
        this.batches = batches;
        this.permissions = permissions;
        this.transaction = transaction;
    }

    /**
     * Checks the files (CSV or the Excel template) without saving anything: the budgets they hold, or every problem, a
     * budget of a year headquarters has locked among them (on every channel: the page and the command line import
     * through here).
     */
    public BudgetCsv.Outcome check(List<InterchangeFile> files) {
        BudgetCsv.Outcome read = BudgetCsv.read(files, new XlsxWorkbooks());
        if (!read.ok()) return read;
        List<ImportProblem> locked = permissions.lockedAt(placed(read));
        return locked.isEmpty() ? read : new BudgetCsv.Outcome(List.of(), read.rowCount(), locked);
    }

    /** The files' own problems first; only a readable file is checked against the user's rights. */
    public List<ImportProblem> problems(List<InterchangeFile> files, UserAccount user) {
        BudgetCsv.Outcome outcome = check(files);
        if (!outcome.ok()) return outcome.problems();
        return permissions.problemsAt(user, placed(outcome));
    }

    private static List<PlacedRow> placed(BudgetCsv.Outcome outcome) {
        return outcome.places().stream()
                .map(p -> new PlacedRow(p.file(), p.line(), p.org(), p.year()))
                .toList();
    }

    /** What importing one item would do: add it, change it, remove it or leave it. */
    public record Change(OrgCode org, FiscalYear year, Optional<ItemRow> stored, Optional<ItemRow> wanted) {

        private ItemRow row() {
            return wanted.or(() -> stored).orElseThrow();
        }

        public String key() {
            return BudgetRows.itemKey(org, year, row().key());
        }

        /** 保健事業予算 健診経費 (1) 事業者健診 */
        public String titleJa() {
            ItemRow r = row();
            return r.category().sectionName() + " ／ " + r.category().nameJa() + " ／ "
                    + r.item().label() + " " + r.item().nameJa();
        }

        public ImportAction action() {
            return ImportAction.of(stored.map(ItemRow::values), wanted.map(ItemRow::values));
        }

        public String actionJa() {
            return action().nameJa();
        }

        public boolean changes() {
            return action().changes();
        }

        /**
         * 「執行額: 1,644,044円 → 1,700,000円」 for each field that changes; of an item added or removed only its
         * amounts, as its title already names where it is.
         */
        public List<String> differencesJa() {
            if (stored.isPresent() && wanted.isPresent()) {
                return ImportAction.differencesJa(
                        stored.map(ItemRow::values), wanted.get().values());
            }
            return ImportAction.differencesJa(
                    stored.map(ItemRow::amounts), wanted.map(ItemRow::amounts).orElse(Map.of()));
        }
    }

    /** What importing the budgets would change, item by item, without changing it. */
    public List<Change> changes(List<BudgetExecution> budgets) {
        List<Change> changes = new ArrayList<>();
        for (BudgetExecution budget : budgets) {
            BudgetRows wanted = BudgetRows.of(budget);
            BudgetRows stored = repository.rows(budget.org(), budget.year());
            Map<ItemKey, ItemRow> storedItems = byKey(stored.items(), ItemRow::key);
            Set<ItemKey> wantedKeys = new HashSet<>();
            for (ItemRow item : wanted.items()) {
                wantedKeys.add(item.key());
                changes.add(new Change(
                        budget.org(),
                        budget.year(),
                        Optional.ofNullable(storedItems.get(item.key())),
                        Optional.of(item)));
            }
            storedItems.forEach((key, item) -> {
                if (!wantedKeys.contains(key))
                    changes.add(new Change(budget.org(), budget.year(), Optional.of(item), Optional.empty()));
            });
        }
        return changes;
    }

    /**
     * Imports as a signed-in user: refused when the files hold another branch's budget (for a branch editor) or a
     * locked year's.
     *
     * @throws ImportRejectedException when any file has a problem; the database is then unchanged
     */
    public BudgetImportReport importFiles(List<InterchangeFile> files, UserAccount user, String kind) {
        List<ImportProblem> problems = problems(files, user);
        if (!problems.isEmpty()) throw new ImportRejectedException(problems);
        return importFiles(files, user.username(), kind);
    }

    /**
     * Imports as the system (the sample-data load, the command line run by the database's owner); a locked year is
     * refused all the same.
     *
     * @param kind "import" or "sample-data"
     * @throws ImportRejectedException when any file has a problem; the database is then unchanged
     */
    public BudgetImportReport importFiles(List<InterchangeFile> files, String user, String kind) {
        BudgetCsv.Outcome outcome = check(files);
        if (!outcome.ok()) throw new ImportRejectedException(outcome.problems());
        // One import at a time per branch and year (ImportClaims), as the KPI import.
        List<ImportClaim.BranchYear> places = outcome.budgets().stream()
                .map(p -> new ImportClaim.BranchYear(p.org(), p.year()))
                .toList();
        return claims.holding(
                places,
                user,
                () -> transaction.execute(status -> {
                    ImportBatches.OpenBatch batch = batches.open(kind, files, outcome.rowCount(), user);
                    Writer writer = new Writer(user, batch.at(), batch.id(), batch.source());
                    outcome.budgets().forEach(b -> writer.replace(BudgetRows.of(b)));
                    batches.counted(
                            batch.id(),
                            new ImportBatches.Counts(writer.added, writer.changed, writer.deleted, writer.unchanged));
                    return new BudgetImportReport(
                            batch.id(),
                            outcome.rowCount(),
                            writer.added,
                            writer.changed,
                            writer.deleted,
                            writer.unchanged);
                }));
    }

    /** Writes the budgets of one import, counting what it changed. */
    private final class Writer {

        private final String user;
        private final Instant now;
        private final long batch;
        private final ChangeSource source;
        int added;
        int changed;
        int deleted;
        int unchanged;

        Writer(String user, Instant now, long batch, ChangeSource source) {
            this.user = user;
            this.now = now;
            this.batch = batch;
            this.source = source;
        }

        void replace(BudgetRows wanted) {
            List<StoredRow<CategoryRow>> storedCategories = repository.storedCategories(wanted.org(), wanted.year());
            Map<CategoryKey, StoredRow<CategoryRow>> categories =
                    byKey(storedCategories, c -> c.value().key());
            Map<ItemKey, StoredRow<ItemRow>> items = byKey(
                    repository.storedItems(wanted.org(), wanted.year(), storedCategories),
                    i -> i.value().key());
            Set<ItemKey> wantedItems = wanted.items().stream().map(ItemRow::key).collect(Collectors.toSet());
            Set<CategoryKey> wantedCategories =
                    wanted.categories().stream().map(CategoryRow::key).collect(Collectors.toSet());

            // Stale items go first, so that no category still holds an item when it is removed in turn.
            items.forEach((key, stored) -> {
                if (wantedItems.contains(key)) return;
                String rowKey = BudgetRows.itemKey(wanted.org(), wanted.year(), key);
                check(repository.deleteItem(stored.id(), stored.version()), rowKey);
                changeLog.recordDeletion(ITEM_TABLE, rowKey, stored.value().values(), user, now, source);
                deleted++;
            });
            Map<CategoryKey, Long> categoryIds = new HashMap<>();
            for (CategoryRow category : wanted.categories()) {
                categoryIds.put(category.key(), saveCategory(wanted, category, categories.get(category.key())));
            }
            for (ItemRow item : wanted.items()) {
                saveItem(wanted, item, categoryIds.get(item.category().key()), items.get(item.key()));
            }
            categories.forEach((key, stored) -> {
                if (wantedCategories.contains(key)) return;
                String rowKey = BudgetRows.categoryKey(wanted.org(), wanted.year(), key);
                check(repository.deleteCategory(stored.id(), stored.version()), rowKey);
                changeLog.recordDeletion(CATEGORY_TABLE, rowKey, stored.value().values(), user, now, source);
            });
        }

        private long saveCategory(BudgetRows budget, CategoryRow category, StoredRow<CategoryRow> stored) {
            String key = BudgetRows.categoryKey(budget.org(), budget.year(), category.key());
            if (stored == null) {
                long id = repository.insertCategory(budget.org(), budget.year(), category, user, now, batch);
                changeLog.record(CATEGORY_TABLE, key, Optional.empty(), category.values(), user, now, source);
                return id;
            }
            if (!stored.value().values().equals(category.values())) {
                check(repository.updateCategory(stored.id(), stored.version(), category, user, now, batch), key);
                changeLog.record(
                        CATEGORY_TABLE,
                        key,
                        Optional.of(stored.value().values()),
                        category.values(),
                        user,
                        now,
                        source);
            }
            return stored.id();
        }

        private void saveItem(BudgetRows budget, ItemRow item, long categoryId, StoredRow<ItemRow> stored) {
            String key = BudgetRows.itemKey(budget.org(), budget.year(), item.key());
            if (stored == null) {
                repository.insertItem(budget.org(), budget.year(), categoryId, item, user, now, batch);
                changeLog.record(ITEM_TABLE, key, Optional.empty(), item.values(), user, now, source);
                added++;
            } else if (stored.value().values().equals(item.values())
                    && stored.value().category().key().equals(item.category().key())) {
                unchanged++;
            } else {
                check(repository.updateItem(stored.id(), stored.version(), categoryId, item, user, now, batch), key);
                changeLog.record(
                        ITEM_TABLE, key, Optional.of(stored.value().values()), item.values(), user, now, source);
                changed++;
            }
        }

        private void check(boolean written, String key) {
            if (!written) {
                throw new IllegalStateException("予算 " + key + " は取り込み中に他の人が変更しました。もう一度取り込んでください");
            }
        }
    }

    private static <K, V> Map<K, V> byKey(List<V> rows, Function<V, K> key) {
        Map<K, V> map = new LinkedHashMap<>();
        rows.forEach(r -> map.put(key.apply(r), r));
        return map;
    }
}
