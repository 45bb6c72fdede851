package jp.kenpokpi.budget;

import java.util.List;
import java.util.Optional;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;

/**
 * A branch's budget execution 予算執行 for a fiscal year: its budgets (one table each), their categories and items.
 * Only the items hold amounts; every subtotal, total and rate is computed from them.
 */
public record BudgetExecution(OrgCode org, FiscalYear year, List<BudgetSection> sections) {

    public BudgetExecution {
        sections = List.copyOf(sections);
    }

    public List<BudgetItem> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }

    public boolean synthetic() {
        return sections.stream().anyMatch(BudgetSection::synthetic);
    }

    public Optional<BudgetSection> section(String nameJa) {
        return sections.stream().filter(s -> s.nameJa().equals(nameJa)).findFirst();
    }
}
