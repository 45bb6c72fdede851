package jp.kenpokpi.budget;

import java.util.List;

/**
 * One budget of a branch, reported as one table with its own total 総計: e.g. 医療費適正化等予算, 保健事業予算,
 * その他の保健事業（特別枠）予算 in Tochigi's report. Items are numbered from (1) within it.
 */
public record BudgetSection(String nameJa, List<BudgetCategory> categories) {

    public BudgetSection {
        if (nameJa.isBlank()) throw new IllegalArgumentException("予算の名前が空です");
        if (categories.isEmpty()) throw new IllegalArgumentException("予算「" + nameJa + "」に分野がありません");
        categories = List.copyOf(categories);
    }

    public BudgetAmounts total() {
        return BudgetAmounts.sum(
                categories.stream().map(BudgetCategory::subtotal).toList());
    }

    public List<BudgetItem> items() {
        return categories.stream().flatMap(c -> c.items().stream()).toList();
    }

    public boolean synthetic() {
        return categories.stream().anyMatch(BudgetCategory::synthetic);
    }
}
