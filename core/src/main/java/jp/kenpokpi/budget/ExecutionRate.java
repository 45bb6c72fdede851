package jp.kenpokpi.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import jp.kenpokpi.value.ValueFormat;

/**
 * 執行率 = 執行額 ÷ 予算額, in percent at the precision the reports print it: one decimal, rounded half up
 * (四捨五入). Checked against every rate of Tochigi's FY2023 budget tables: truncation would print 80.3% where the
 * report prints 80.4% (1,644,044 ÷ 2,045,000 = 80.39…%); no printed rate sits exactly on a half, so half-up and
 * half-even cannot be told apart there, and half-up is the rule the KPI values of the same reports follow.
 */
public record ExecutionRate(BigDecimal percent) {

    public static final int DECIMALS = 1;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ExecutionRate {
        if (percent.scale() != DECIMALS) {
            throw new IllegalArgumentException("執行率は小数第" + DECIMALS + "位までです: " + percent);
        }
    }

    /** The rate of an executed amount against its budget; none for a budget of 0 yen. */
    public static Optional<ExecutionRate> of(long executed, long budget) {
        if (budget == 0) return Optional.empty();
        BigDecimal exact = BigDecimal.valueOf(executed).multiply(HUNDRED);
        return Optional.of(new ExecutionRate(exact.divide(BigDecimal.valueOf(budget), DECIMALS, RoundingMode.HALF_UP)));
    }

    /** 80.4%, 110.2%, 0.0% */
    public String text() {
        return ValueFormat.number(percent) + "%";
    }
}
