package jp.kenpokpi.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The number of decimals a KPI is reported with. Results and targets are compared after rounding to it, so that
 * 1,044 / 7,986 = 13.07% is reported as 13.1% and meets a 13.1% target.
 */
public record ReportingPrecision(int decimals) {

    public ReportingPrecision {
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("小数点以下の桁数は0〜6です: " + decimals);
        }
    }

    /** Rounds half up, as the reports do. */
    public BigDecimal round(BigDecimal value) {
        return value.setScale(decimals, RoundingMode.HALF_UP);
    }
}
