package jp.kenpokpi.budget;

import jp.kenpokpi.interchange.ImportCsv;
import jp.kenpokpi.value.FieldLimits;

/**
 * The columns of the budget execution CSV (docs/BUDGET.md): all required but the source. A header row may name a
 * column by its Japanese label instead (the Excel template's second header row).
 */
public enum BudgetColumn implements ImportCsv.Column {
    BRANCH_CODE("支部コード"),
    FISCAL_YEAR("年度"),
    SECTION("予算"),
    CATEGORY("分野"),
    ITEM_NO("番号"),
    ITEM("主な取組"),
    BUDGET("予算額（円）"),
    EXECUTED("執行額（円）"),
    SOURCE("出典");

    private final String labelJa;

    BudgetColumn(String labelJa) {
        this.labelJa = labelJa;
    }

    @Override
    public String labelJa() {
        return labelJa;
    }

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
