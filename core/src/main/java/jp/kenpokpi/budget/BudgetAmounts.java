package jp.kenpokpi.budget;

import java.util.Collection;
import java.util.Optional;
import jp.kenpokpi.value.Unit;
import jp.kenpokpi.value.ValueFormat;

/**
 * A budget 予算額 and the amount executed of it 執行額, in whole yen. Yen are exact integers in these reports, so
 * they are held as {@code long} and summed exactly (an overflow is an error, never a wrapped total).
 */
public record BudgetAmounts(long budget, long executed) {

    public static final BudgetAmounts ZERO = new BudgetAmounts(0, 0);

    public BudgetAmounts {
        if (budget < 0 || executed < 0) {
            throw new IllegalArgumentException("予算額と執行額は0円以上です: " + budget + ", " + executed);
        }
    }

    public BudgetAmounts plus(BudgetAmounts other) {
        return new BudgetAmounts(Math.addExact(budget, other.budget), Math.addExact(executed, other.executed));
    }

    /** Subtotals and totals are always this sum of their parts, never a stored figure. */
    public static BudgetAmounts sum(Collection<BudgetAmounts> parts) {
        return parts.stream().reduce(ZERO, BudgetAmounts::plus);
    }

    /** 執行率; none for a budget of 0 yen, where a rate would mean nothing. */
    public Optional<ExecutionRate> rate() {
        return ExecutionRate.of(executed, budget);
    }

    /** More was spent than budgeted (執行率 over 100%). */
    public boolean overExecuted() {
        return executed > budget;
    }

    /** 1,644,044円 */
    public static String yen(long amount) {
        return ValueFormat.amount(java.math.BigDecimal.valueOf(amount), Unit.YEN);
    }

    public String budgetText() {
        return yen(budget);
    }

    public String executedText() {
        return yen(executed);
    }

    /** 80.4%, or — for a budget of 0 yen. */
    public String rateText() {
        return rate().map(ExecutionRate::text).orElse("—");
    }
}
