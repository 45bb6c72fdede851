package jp.kenpokpi.budget;

import jp.kenpokpi.interchange.ImportCsv;

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

    @Override
    public boolean required() {
        return this != SOURCE;
    }
}
