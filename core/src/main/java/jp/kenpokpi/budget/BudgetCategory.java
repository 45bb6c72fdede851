package jp.kenpokpi.budget;

import java.util.List;

/** A category 分野 of a budget table, e.g. 医療費適正化対策, with its items. Its subtotal is computed. */
public record BudgetCategory(String nameJa, List<BudgetItem> items) {

    public BudgetCategory {
        if (nameJa.isBlank()) throw new IllegalArgumentException("分野の名前が空です");
        if (items.isEmpty()) throw new IllegalArgumentException("分野「" + nameJa + "」に取組がありません");
        items = List.copyOf(items);
    }

    public BudgetAmounts subtotal() {
        return BudgetAmounts.sum(items.stream().map(BudgetItem::amounts).toList());
    }

    public boolean synthetic() {
        return items.stream().anyMatch(BudgetItem::synthetic);
    }
}
