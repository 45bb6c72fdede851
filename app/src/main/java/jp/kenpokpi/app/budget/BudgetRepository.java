package jp.kenpokpi.app.budget;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.budget.BudgetRows.CategoryRow;
import jp.kenpokpi.app.budget.BudgetRows.ItemRow;
import jp.kenpokpi.app.result.KpiRecordRepository.StoredRow;
import jp.kenpokpi.budget.BudgetAmounts;
import jp.kenpokpi.budget.BudgetExecution;
import jp.kenpokpi.budget.BudgetItem;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Budgets as stored: categories and items with optimistic versions; subtotals are never stored. */
@Repository
public class BudgetRepository {

    private final JdbcClient jdbc;

    public BudgetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A branch's budget execution for a year, or empty when none was imported. */
    public Optional<BudgetExecution> find(OrgCode org, FiscalYear year) {
        return rows(org, year).toBudget();
    }

    /** The organisations with a budget in any year, by code. */
    public List<OrgCode> organisationsWithBudgets() {
        return jdbc.sql("SELECT DISTINCT org_code FROM budget_item ORDER BY org_code")
                .query((rs, n) -> OrgCode.of(rs.getString(1)))
                .list();
    }

    /** The years with a budget of the organisation, newest first. */
    public List<FiscalYear> years(OrgCode org) {
        return jdbc.sql("SELECT DISTINCT fiscal_year FROM budget_item WHERE org_code = ? ORDER BY fiscal_year DESC")
                .param(org.value())
                .query((rs, n) -> FiscalYear.of(rs.getInt(1)))
                .list();
    }

    public int countItems() {
        return jdbc.sql("SELECT COUNT(*) FROM budget_item").query(Integer.class).single();
    }

    BudgetRows rows(OrgCode org, FiscalYear year) {
        List<StoredRow<CategoryRow>> categories = storedCategories(org, year);
        return new BudgetRows(
                org,
                year,
                categories.stream().map(StoredRow::value).toList(),
                storedItems(org, year, categories).stream()
                        .map(StoredRow::value)
                        .toList());
    }

    List<StoredRow<CategoryRow>> storedCategories(OrgCode org, FiscalYear year) {
        return jdbc.sql("""
                SELECT * FROM budget_category WHERE org_code = ? AND fiscal_year = ?
                ORDER BY section_order, category_order""")
                .params(org.value(), year.value())
                .query((rs, n) -> new StoredRow<>(
                        rs.getLong("id"),
                        rs.getInt("version"),
                        new CategoryRow(
                                rs.getInt("section_order"),
                                rs.getString("section_name"),
                                rs.getInt("category_order"),
                                rs.getString("name_ja"),
                                Optional.ofNullable(rs.getString("source")),
                                rs.getBoolean("synthetic"))))
                .list();
    }

    List<StoredRow<ItemRow>> storedItems(OrgCode org, FiscalYear year, List<StoredRow<CategoryRow>> categories) {
        Map<Long, CategoryRow> byId = new HashMap<>();
        categories.forEach(c -> byId.put(c.id(), c.value()));
        return jdbc.sql(
                        "SELECT * FROM budget_item WHERE org_code = ? AND fiscal_year = ? ORDER BY category_id, item_order")
                .params(org.value(), year.value())
                .query((rs, n) -> {
                    int number = rs.getInt("item_order");
                    BudgetItem item = new BudgetItem(
                            number,
                            rs.getString("name_ja"),
                            new BudgetAmounts(rs.getLong("budget_amount"), rs.getLong("executed_amount")),
                            Optional.ofNullable(rs.getString("source")),
                            rs.getBoolean("synthetic"));
                    return new StoredRow<>(
                            rs.getLong("id"),
                            rs.getInt("version"),
                            new ItemRow(byId.get(rs.getLong("category_id")), number, item));
                })
                .list();
    }

    long insertCategory(OrgCode org, FiscalYear year, CategoryRow c, String user, Instant at, Long batch) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO budget_category (org_code, fiscal_year, section_order, section_name, category_order, name_ja,
                    source, synthetic, version, changed_by, changed_at, batch_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)""")
                .params(org.value(), year.value(), c.sectionOrder(), c.sectionName(), c.categoryOrder(), c.nameJa())
                .params(provenance(c.source(), c.synthetic(), user, at, batch))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** False when someone else changed the row since it was read (its version moved on). */
    boolean updateCategory(long id, int version, CategoryRow c, String user, Instant at, long batch) {
        return jdbc.sql("""
                UPDATE budget_category SET section_name = ?, name_ja = ?, source = ?, synthetic = ?, version = version + 1,
                    changed_by = ?, changed_at = ?, batch_id = ?
                WHERE id = ? AND version = ?""")
                        .params(c.sectionName(), c.nameJa())
                        .params(provenance(c.source(), c.synthetic(), user, at, batch))
                        .params(id, version)
                        .update()
                == 1;
    }

    void insertItem(OrgCode org, FiscalYear year, long categoryId, ItemRow i, String user, Instant at, Long batch) {
        jdbc.sql("""
                INSERT INTO budget_item (category_id, org_code, fiscal_year, item_order, name_ja, budget_amount,
                    executed_amount, source, synthetic, version, changed_by, changed_at, batch_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)""")
                .params(
                        categoryId,
                        org.value(),
                        year.value(),
                        i.itemOrder(),
                        i.item().nameJa(),
                        i.item().amounts().budget(),
                        i.item().amounts().executed())
                .params(provenance(i.item().source(), i.item().synthetic(), user, at, batch))
                .update();
    }

    /** False when someone else changed the row since it was read (its version moved on). */
    boolean updateItem(long id, int version, long categoryId, ItemRow i, String user, Instant at, long batch) {
        return jdbc.sql("""
                UPDATE budget_item SET category_id = ?, name_ja = ?, budget_amount = ?, executed_amount = ?, source = ?,
                    synthetic = ?, version = version + 1, changed_by = ?, changed_at = ?, batch_id = ?
                WHERE id = ? AND version = ?""")
                        .params(
                                categoryId,
                                i.item().nameJa(),
                                i.item().amounts().budget(),
                                i.item().amounts().executed())
                        .params(provenance(i.item().source(), i.item().synthetic(), user, at, batch))
                        .params(id, version)
                        .update()
                == 1;
    }

    /**
     * The columns every write of a category or an item ends with, in the order its statement names them: source,
     * synthetic, changed_by, changed_at, batch_id.
     */
    private static List<Object> provenance(
            Optional<String> source, boolean synthetic, String user, Instant at, Long batch) {
        return Arrays.asList(source.orElse(null), synthetic, user, Timestamp.from(at), batch);
    }

    /**
     * The executed amount typed on the budget page: no import batch, the item's name, budget and source kept. False
     * when someone else changed the row since it was read (its version moved on).
     */
    boolean updateExecuted(long id, int version, long executed, String user, Instant at) {
        return jdbc.sql("""
                UPDATE budget_item SET executed_amount = ?, version = version + 1, changed_by = ?, changed_at = ?,
                    batch_id = NULL
                WHERE id = ? AND version = ?""")
                        .params(executed, user, Timestamp.from(at), id, version)
                        .update()
                == 1;
    }

    boolean deleteCategory(long id, int version) {
        return jdbc.sql("DELETE FROM budget_category WHERE id = ? AND version = ?")
                        .params(id, version)
                        .update()
                == 1;
    }

    boolean deleteItem(long id, int version) {
        return jdbc.sql("DELETE FROM budget_item WHERE id = ? AND version = ?")
                        .params(id, version)
                        .update()
                == 1;
    }
}
