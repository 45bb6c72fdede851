package jp.kenpokpi.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.kenpokpi.value.Digits;

/**
 * A fiscal year 年度, April to March, named by the western year in which it starts: 2023 is 令和5年度.
 */
public record FiscalYear(int value) implements Comparable<FiscalYear> {

    private static final int REIWA_YEAR_ZERO = 2018;
    private static final int HEISEI_YEAR_ZERO = 1988;
    private static final Pattern REIWA = Pattern.compile("(?:令和|R)(元|\\d{1,2})(?:年度)?");
    private static final Pattern HEISEI = Pattern.compile("(?:平成|H)(元|\\d{1,2})(?:年度)?");

    public FiscalYear {
        if (value < 1989 || value > 2100) {
            throw new IllegalArgumentException("年度は1989〜2100の西暦で指定してください: " + value);
        }
    }

    public static FiscalYear of(int value) {
        return new FiscalYear(value);
    }

    /** The fiscal year a month belongs to: January–March belong to the year that started the April before. */
    public static FiscalYear containing(YearMonth month) {
        return new FiscalYear(month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1);
    }

    /** Reads 2023, ２０２３, 令和5年度, 令和５年度, R5, 平成30年度. */
    public static Optional<FiscalYear> parse(String text) {
        if (text == null) return Optional.empty();
        String s = Digits.toHalfWidth(text.strip());
        try {
            if (s.matches("\\d{4}(年度)?")) {
                return Optional.of(new FiscalYear(Integer.parseInt(s.substring(0, 4))));
            }
            Matcher m = REIWA.matcher(s);
            if (m.matches()) {
                int n = m.group(1).equals("元") ? 1 : Integer.parseInt(m.group(1));
                return Optional.of(new FiscalYear(REIWA_YEAR_ZERO + n));
            }
            Matcher h = HEISEI.matcher(s);
            if (h.matches()) {
                int n = h.group(1).equals("元") ? 1 : Integer.parseInt(h.group(1));
                if (n <= 30) return Optional.of(new FiscalYear(HEISEI_YEAR_ZERO + n));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    public boolean isBefore(FiscalYear other) {
        return value < other.value;
    }

    public boolean isAfter(FiscalYear other) {
        return value > other.value;
    }

    public FiscalYear previous() {
        return new FiscalYear(value - 1);
    }

    public FiscalYear next() {
        return new FiscalYear(value + 1);
    }

    public FiscalYear plus(int years) {
        return new FiscalYear(value + years);
    }

    public LocalDate firstDay() {
        return LocalDate.of(value, 4, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(value + 1, 3, 31);
    }

    public boolean contains(YearMonth month) {
        return containing(month).equals(this);
    }

    /** 令和5年度; 平成30年度 before the Reiwa era; 令和元年度 for 2019. */
    public String japanese() {
        if (value > REIWA_YEAR_ZERO) {
            int n = value - REIWA_YEAR_ZERO;
            return "令和" + (n == 1 ? "元" : Integer.toString(n)) + "年度";
        }
        return "平成" + (value - HEISEI_YEAR_ZERO) + "年度";
    }

    /** 令和5年度（2023年度） */
    public String label() {
        return japanese() + "（" + value + "年度）";
    }

    /** R5, as the reports abbreviate it. */
    public String shortJapanese() {
        return value > REIWA_YEAR_ZERO ? "R" + (value - REIWA_YEAR_ZERO) : "H" + (value - HEISEI_YEAR_ZERO);
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
