package jp.kenpokpi.app.budget;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.audit.ChangeSource;
import jp.kenpokpi.app.budget.BudgetRows.CategoryRow;
import jp.kenpokpi.app.budget.BudgetRows.ItemRow;
import jp.kenpokpi.app.result.KpiRecordRepository.StoredRow;
import jp.kenpokpi.app.security.BranchAccess;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.budget.BudgetAmounts;
import jp.kenpokpi.budget.BudgetCsv;
import jp.kenpokpi.budget.BudgetItem;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.value.FieldLimits;
import jp.kenpokpi.value.UnreadableValueException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A budget line typed on the budget page (予算の項目を追加): its budget 予算, category 分野, item 主な取組, 予算額 and
 * 執行額, added after the last item of its budget; a budget or category not there yet is added with it. The same
 * checks and change log as the budget file's rows, so that a branch can make its budget without a file.
 */
@Service
public class BudgetLineService {

    private final BudgetRepository repository;
    private final ChangeLog changeLog;
    private final BranchAccess access;
    private final TransactionTemplate transaction;

    BudgetLineService(
            BudgetRepository repository, ChangeLog changeLog, BranchAccess access, TransactionTemplate transaction) {
        this.repository = repository;
        this.changeLog = changeLog;
        this.access = access;
        this.transaction = transaction;
    }

    /** A line as typed, field by field. */
    public record Line(String section, String category, String item, String budget, String executed) {}

    /** Why the line cannot be added, by form field (section, category, item, budget, executed); empty when added. */
    public Map<String, String> add(UserAccount user, OrgCode org, FiscalYear year, Line line) {
        access.requireChange(user, org, year);
        Map<String, String> problems = new LinkedHashMap<>();
        String section = text(line.section(), "section", "予算", FieldLimits.Text.BUDGET_SECTION, problems);
        String category = text(line.category(), "category", "分野", FieldLimits.Text.BUDGET_CATEGORY, problems);
        String item = text(line.item(), "item", "主な取組", FieldLimits.Text.BUDGET_ITEM, problems);
        long budget = yen(Optional.of(line.budget()), "budget", "予算額", problems);
        long executed = yen(
                Optional.of(line.executed()).filter(e -> !e.isBlank()).or(() -> Optional.of("0")),
                "executed",
                "執行額",
                problems);
        if (!problems.isEmpty()) return problems;
        transaction.executeWithoutResult(status -> write(user, org, year, section, category, item, budget, executed));
        return Map.of();
    }

    private void write(
            UserAccount user,
            OrgCode org,
            FiscalYear year,
            String sectionName,
            String categoryName,
            String itemName,
            long budget,
            long executed) {
        Instant now = Instant.now();
        List<StoredRow<CategoryRow>> categories = repository.storedCategories(org, year);
        int sectionOrder = categories.stream()
                .filter(c -> c.value().sectionName().equals(sectionName))
                .mapToInt(c -> c.value().sectionOrder())
                .findFirst()
                .orElse(categories.stream()
                                .mapToInt(c -> c.value().sectionOrder())
                                .max()
                                .orElse(0)
                        + 1);
        Optional<StoredRow<CategoryRow>> existing = categories.stream()
                .filter(c -> c.value().sectionOrder() == sectionOrder
                        && c.value().nameJa().equals(categoryName))
                .findFirst();
        CategoryRow category;
        long categoryId;
        if (existing.isPresent()) {
            category = existing.get().value();
            categoryId = existing.get().id();
        } else {
            int categoryOrder = categories.stream()
                            .filter(c -> c.value().sectionOrder() == sectionOrder)
                            .mapToInt(c -> c.value().categoryOrder())
                            .max()
                            .orElse(0)
                    + 1;
            category = new CategoryRow(sectionOrder, sectionName, categoryOrder, categoryName, Optional.empty(), false);
            categoryId = repository.insertCategory(org, year, category, user.username(), now, null);
            changeLog.record(
                    BudgetImport.CATEGORY_TABLE,
                    BudgetRows.categoryKey(org, year, category.key()),
                    Optional.empty(),
                    category.values(),
                    user.username(),
                    now,
                    ChangeSource.form());
        }
        int itemOrder = repository.storedItems(org, year, categories).stream()
                        .filter(i -> i.value().category().sectionOrder() == sectionOrder)
                        .mapToInt(i -> i.value().itemOrder())
                        .max()
                        .orElse(0)
                + 1;
        ItemRow row = new ItemRow(
                category,
                itemOrder,
                new BudgetItem(itemOrder, itemName, new BudgetAmounts(budget, executed), Optional.empty(), false));
        repository.insertItem(org, year, categoryId, row, user.username(), now, null);
        changeLog.record(
                BudgetImport.ITEM_TABLE,
                BudgetRows.itemKey(org, year, row.key()),
                Optional.empty(),
                row.values(),
                user.username(),
                now,
                ChangeSource.form());
    }

    private static String text(
            String typed, String field, String labelJa, FieldLimits.Text limit, Map<String, String> problems) {
        String s = typed == null ? "" : typed.strip();
        if (s.isEmpty()) problems.put(field, labelJa + "を入力してください");
        else limit.problem(s).ifPresent(p -> problems.put(field, labelJa + ": " + p));
        return s;
    }

    private static long yen(Optional<String> typed, String field, String labelJa, Map<String, String> problems) {
        try {
            return BudgetCsv.yen(typed.filter(t -> !t.isBlank()), labelJa);
        } catch (UnreadableValueException e) {
            problems.put(field, e.getMessage());
            return 0;
        }
    }
}
