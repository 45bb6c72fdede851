package jp.kenpokpi.app.budget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.budget.BudgetCategory;
import jp.kenpokpi.budget.BudgetExecution;
import jp.kenpokpi.budget.BudgetItem;
import jp.kenpokpi.budget.BudgetSection;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;

/**
 * A budget as the rows of budget_category and budget_item: what the import compares with what is stored, and what
 * the change log keeps. Orders are 1-based positions: a section's and a category's in the file, an item's printed
 * number.
 */
record BudgetRows(OrgCode org, FiscalYear year, List<CategoryRow> categories, List<ItemRow> items) {

    record CategoryKey(int sectionOrder, int categoryOrder) {}

    record ItemKey(int sectionOrder, int itemOrder) {}

    record CategoryRow(
            int sectionOrder,
            String sectionName,
            int categoryOrder,
            String nameJa,
            Optional<String> source,
            boolean synthetic) {

        CategoryKey key() {
            return new CategoryKey(sectionOrder, categoryOrder);
        }

        Map<String, String> values() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("section", sectionName);
            m.put("category", nameJa);
            m.put("source", source.orElse(""));
            m.put("synthetic", Boolean.toString(synthetic));
            return m;
        }
    }

    record ItemRow(CategoryRow category, int itemOrder, BudgetItem item) {

        ItemKey key() {
            return new ItemKey(category.sectionOrder(), itemOrder);
        }

        /** 予算額 and 執行額 alone, as an import preview shows an item added or removed. */
        Map<String, String> amounts() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("budget", Long.toString(item.amounts().budget()));
            m.put("executed", Long.toString(item.amounts().executed()));
            return m;
        }

        Map<String, String> values() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("section", category.sectionName());
            m.put("category", category.nameJa());
            m.put("item_no", Integer.toString(itemOrder));
            m.put("item", item.nameJa());
            m.put("budget", Long.toString(item.amounts().budget()));
            m.put("executed", Long.toString(item.amounts().executed()));
            m.put("source", item.source().orElse(""));
            m.put("synthetic", Boolean.toString(item.synthetic()));
            return m;
        }
    }

    /** A category's source and 架空 flag are those of its first item, the first row that named it. */
    static BudgetRows of(BudgetExecution budget) {
        List<CategoryRow> categories = new ArrayList<>();
        List<ItemRow> items = new ArrayList<>();
        for (int s = 0; s < budget.sections().size(); s++) {
            BudgetSection section = budget.sections().get(s);
            for (int c = 0; c < section.categories().size(); c++) {
                BudgetCategory category = section.categories().get(c);
                BudgetItem first = category.items().get(0);
                CategoryRow row = new CategoryRow(
                        s + 1, section.nameJa(), c + 1, category.nameJa(), first.source(), first.synthetic());
                categories.add(row);
                for (BudgetItem item : category.items()) items.add(new ItemRow(row, item.number(), item));
            }
        }
        return new BudgetRows(budget.org(), budget.year(), categories, items);
    }

    /** The budget the rows describe, sections and categories in their order; empty when there are no items. */
    Optional<BudgetExecution> toBudget() {
        Map<Integer, String> sectionNames = new LinkedHashMap<>();
        Map<Integer, List<BudgetCategory>> sections = new LinkedHashMap<>();
        categories.stream()
                .sorted(Comparator.comparing(CategoryRow::sectionOrder).thenComparing(CategoryRow::categoryOrder))
                .forEach(c -> {
                    List<BudgetItem> its = items.stream()
                            .filter(i -> i.category().key().equals(c.key()))
                            .map(ItemRow::item)
                            .sorted(Comparator.comparingInt(BudgetItem::number))
                            .toList();
                    if (its.isEmpty()) return;
                    sectionNames.put(c.sectionOrder(), c.sectionName());
                    sections.computeIfAbsent(c.sectionOrder(), k -> new ArrayList<>())
                            .add(new BudgetCategory(c.nameJa(), its));
                });
        if (sections.isEmpty()) return Optional.empty();
        return Optional.of(new BudgetExecution(
                org,
                year,
                sections.entrySet().stream()
                        .map(e -> new BudgetSection(sectionNames.get(e.getKey()), e.getValue()))
                        .toList()));
    }

    static String categoryKey(OrgCode org, FiscalYear year, CategoryKey key) {
        return org + "/" + year + "/section" + key.sectionOrder() + "/category" + key.categoryOrder();
    }

    static String itemKey(OrgCode org, FiscalYear year, ItemKey key) {
        return org + "/" + year + "/section" + key.sectionOrder() + "/item" + key.itemOrder();
    }
}
