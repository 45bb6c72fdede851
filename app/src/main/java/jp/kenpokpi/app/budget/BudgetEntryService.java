package jp.kenpokpi.app.budget;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.audit.ChangeSource;
import jp.kenpokpi.app.budget.BudgetRows.CategoryRow;
import jp.kenpokpi.app.budget.BudgetRows.ItemKey;
import jp.kenpokpi.app.budget.BudgetRows.ItemRow;
import jp.kenpokpi.app.result.KpiRecordRepository.StoredRow;
import jp.kenpokpi.app.security.BranchAccess;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.budget.BudgetAmounts;
import jp.kenpokpi.budget.BudgetItem;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Entering the executed amount 執行額 of one item of a branch's budget on the budget page: only who may change the
 * branch's year (its own editor or headquarters, never a locked year), never over a change made since the form was
 * read (the item's optimistic version), each change kept in the change log as typed on a form.
 */
@Service
public class BudgetEntryService {

    private final BudgetRepository repository;
    private final ChangeLog changeLog;
    private final BranchAccess access;
    private final TransactionTemplate transaction;

    BudgetEntryService(
            BudgetRepository repository, ChangeLog changeLog, BranchAccess access, TransactionTemplate transaction) {
        this.repository = repository;
        this.changeLog = changeLog;
        this.access = access;
        this.transaction = transaction;
    }

    /** An item as its form shows it: where it is, its amounts, and the version the form carries back. */
    public record ItemEntry(
            OrgCode org, FiscalYear year, int section, CategoryRow category, BudgetItem item, int version) {

        public String sectionName() {
            return category.sectionName();
        }

        public String categoryName() {
            return category.nameJa();
        }
    }

    /** What a save did: saved, or refused because someone changed the item first (then {@code current} is theirs). */
    public record Saved(boolean saved, ItemEntry current, BudgetAmounts before) {}

    /** The item of the branch's year, checked to be changeable by the user; empty when there is no such item. */
    public Optional<ItemEntry> find(UserAccount user, OrgCode org, FiscalYear year, int section, int number) {
        access.requireChange(user, org, year);
        return stored(org, year, section, number).map(s -> entry(org, year, s));
    }

    /**
     * Saves the executed amount in whole yen when the item is still at {@code version}.
     *
     * @return empty when the item no longer exists
     */
    public Optional<Saved> saveExecuted(
            UserAccount user, OrgCode org, FiscalYear year, int section, int number, int version, long executed) {
        access.requireChange(user, org, year);
        return transaction.execute(status -> stored(org, year, section, number).map(stored -> {
            ItemEntry current = entry(org, year, stored);
            BudgetAmounts before = stored.value().item().amounts();
            if (stored.version() != version) return new Saved(false, current, before);
            BudgetItem item = stored.value().item();
            ItemRow after = new ItemRow(
                    stored.value().category(),
                    number,
                    new BudgetItem(
                            number,
                            item.nameJa(),
                            new BudgetAmounts(before.budget(), executed),
                            item.source(),
                            item.synthetic()));
            Instant now = Instant.now();
            if (!repository.updateExecuted(stored.id(), version, executed, user.username(), now)) {
                return new Saved(false, current, before);
            }
            changeLog.record(
                    BudgetImport.ITEM_TABLE,
                    BudgetRows.itemKey(org, year, stored.value().key()),
                    Optional.of(stored.value().values()),
                    after.values(),
                    user.username(),
                    now,
                    ChangeSource.form());
            return new Saved(
                    true, new ItemEntry(org, year, section, after.category(), after.item(), version + 1), before);
        }));
    }

    private Optional<StoredRow<ItemRow>> stored(OrgCode org, FiscalYear year, int section, int number) {
        List<StoredRow<CategoryRow>> categories = repository.storedCategories(org, year);
        ItemKey key = new ItemKey(section, number);
        return repository.storedItems(org, year, categories).stream()
                .filter(i -> i.value().key().equals(key))
                .findFirst();
    }

    private static ItemEntry entry(OrgCode org, FiscalYear year, StoredRow<ItemRow> stored) {
        return new ItemEntry(
                org,
                year,
                stored.value().category().sectionOrder(),
                stored.value().category(),
                stored.value().item(),
                stored.version());
    }
}
