package jp.kenpokpi.budget;

import jp.kenpokpi.interchange.ImportCsv;
import jp.kenpokpi.value.FieldLimits;

/** The columns of the budget execution CSV (docs/BUDGET.md): all required but the source. */
public enum BudgetColumn implements ImportCsv.Column {
    BRANCH_CODE,
    FISCAL_YEAR,
    SECTION,
    CATEGORY,
    ITEM_NO,
    ITEM,
    BUDGET,
    EXECUTED,
    SOURCE;

    /** Texts as long as their columns in budget_category and budget_item (V3); the rest are codes and amounts. */
    @Override
    public FieldLimits.Text limit() {
        return switch (this) {
            case SECTION -> FieldLimits.Text.BUDGET_SECTION;
            case CATEGORY -> FieldLimits.Text.BUDGET_CATEGORY;
            case ITEM -> FieldLimits.Text.BUDGET_ITEM;
            case SOURCE -> FieldLimits.Text.SOURCE;
            default -> FieldLimits.Text.CODE;
        };
    }

    @Override
    public boolean required() {
        return this != SOURCE;
    }
}
