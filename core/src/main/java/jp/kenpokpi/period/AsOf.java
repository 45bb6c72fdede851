package jp.kenpokpi.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The month end an interim result is taken at (令和3年8月末時点). */
public record AsOf(YearMonth month) implements Comparable<AsOf> {

    public static Optional<AsOf> parse(String text) {
        if (text == null) return Optional.empty();
        String s = text.strip();
        // YYYY-MM in ASCII digits, read without a pattern: an import reads one per month-end row.
        if (s.length() != 7 || s.charAt(4) != '-') return Optional.empty();
        for (int i = 0; i < 7; i++) {
            if (i != 4 && (s.charAt(i) < '0' || s.charAt(i) > '9')) return Optional.empty();
        }
        try {
            return Optional.of(
                    new AsOf(YearMonth.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5)))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The month ends of a fiscal year that have come by {@code today}, April first: the months a result can be
     * taken at. A month's result is entered once its month has ended, so the current month is not among them.
     */
    public static List<AsOf> monthEndsUpTo(FiscalYear year, LocalDate today) {
        List<AsOf> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(year.firstDay());
                year.contains(m) && !m.atEndOfMonth().isAfter(today);
                m = m.plusMonths(1)) {
            months.add(new AsOf(m));
        }
        return List.copyOf(months);
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
