package jp.kenpokpi.period;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpokpi.value.Digits;

/**
 * A fiscal year 年度, April to March, named by the western year in which it starts: 2023 is 令和5年度.
 */
public record FiscalYear(int value) implements Comparable<FiscalYear> {

    private static final Pattern ERA_YEAR = Pattern.compile("(令和|R|平成|H)(元|\\d{1,2})(?:年度)?");
    private static final MonthDay NAMING_DAY = MonthDay.of(12, 31);

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
            Matcher m = ERA_YEAR.matcher(s);
            if (m.matches()) {
                int n = m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2));
                return Wareki.westernYear(m.group(1), n, NAMING_DAY).map(FiscalYear::new);
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
        return Wareki.eraYear(namingDay()) + "年度";
    }

    /** 令和5年度（2023年度） */
    public String label() {
        return japanese() + "（" + value + "年度）";
    }

    /** R5, as the reports abbreviate it. */
    public String shortJapanese() {
        return Wareki.abbreviated(namingDay());
    }

    /**
     * The day whose era year names the fiscal year: the last of the calendar year it starts in, so that FY2019, begun
     * in 平成31年 April, is 令和元年度 as the era changed that May.
     */
    private LocalDate namingDay() {
        return NAMING_DAY.atYear(value);
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
