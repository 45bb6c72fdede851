package jp.kenpokpi.period;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The month end an interim result is taken at (令和3年8月末時点). */
public record AsOf(YearMonth month) implements Comparable<AsOf> {

    public static Optional<AsOf> parse(String text) {
        if (text == null || !text.strip().matches("\\d{4}-\\d{2}")) return Optional.empty();
        try {
            return Optional.of(new AsOf(YearMonth.parse(text.strip())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public FiscalYear fiscalYear() {
        return FiscalYear.containing(month);
    }

    public AsOf sameMonthLastYear() {
        return new AsOf(month.minusYears(1));
    }

    /** 令和3年8月末時点 */
    public String japanese() {
        return Wareki.eraYear(month.atEndOfMonth()) + "年" + month.getMonthValue() + "月末時点";
    }

    /** 2021-08, as in the interchange CSV. */
    public String iso() {
        return month.toString();
    }

    @Override
    public int compareTo(AsOf other) {
        return month.compareTo(other.month);
    }

    @Override
    public String toString() {
        return iso();
    }
}
