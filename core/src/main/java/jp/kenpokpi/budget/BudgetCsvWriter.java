package jp.kenpokpi.budget;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes budgets in the budget CSV format (docs/BUDGET.md) that {@link BudgetCsv} reads: the header of column names,
 * the row of their Japanese labels (which the import skips), then one row per item. It is the Excel template a branch
 * downloads, fills in and imports again, so reading what it writes gives the same budget.
 */
public final class BudgetCsvWriter {

    private BudgetCsvWriter() {}

    /** The column names, then their Japanese labels: the template's two header rows. */
    public static List<List<String>> header() {
        return List.of(
                Arrays.stream(BudgetColumn.values()).map(BudgetColumn::header).toList(),
                Arrays.stream(BudgetColumn.values()).map(BudgetColumn::labelJa).toList());
    }

    /** The two header rows, then each item of each budget in printed order; amounts as plain whole yen. */
    public static List<List<String>> rows(List<BudgetExecution> budgets) {
        List<List<String>> rows = new ArrayList<>(header());
        for (BudgetExecution budget : budgets) {
            for (BudgetSection section : budget.sections()) {
                for (BudgetCategory category : section.categories()) {
                    for (BudgetItem item : category.items()) {
                        rows.add(List.of(
                                budget.org().value(),
                                Integer.toString(budget.year().value()),
                                section.nameJa(),
                                category.nameJa(),
                                Integer.toString(item.number()),
                                item.nameJa(),
                                Long.toString(item.amounts().budget()),
                                Long.toString(item.amounts().executed()),
                                item.source().orElse("")));
                    }
                }
            }
        }
        return rows;
    }
}
