package jp.kenpokpi.period;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Japanese era years (和暦) through java.time's {@link JapaneseDate}, which knows when each era began: 2019-04-30 is
 * 平成31年, 2019-05-01 令和元年. The first year of an era is printed 元, as the reports print it.
 */
final class Wareki {

    private Wareki() {}

    /** 令和5, 令和元, 平成31: the era and its year on that day. */
    static String eraYear(LocalDate day) {
        JapaneseDate date = JapaneseDate.from(day);
        int year = date.get(ChronoField.YEAR_OF_ERA);
        return date.getEra().getDisplayName(TextStyle.FULL, Locale.JAPAN) + (year == 1 ? "元" : Integer.toString(year));
    }

    /** R5, H30: the era's initial and its year, as the reports abbreviate them. */
    static String abbreviated(LocalDate day) {
        JapaneseDate date = JapaneseDate.from(day);
        return date.getEra().getDisplayName(TextStyle.NARROW, Locale.ROOT) + date.get(ChronoField.YEAR_OF_ERA);
    }

    /**
     * The western year of year {@code yearOfEra} of the era named (令和 or R, 平成 or H), whose {@code day} the era must
     * have had: empty for 平成31年12月31日 (Heisei ended in April 2019) or a year 0.
     */
    static Optional<Integer> westernYear(String eraName, int yearOfEra, MonthDay day) {
        Optional<JapaneseEra> era = Arrays.stream(JapaneseEra.values())
                .filter(e -> e.getDisplayName(TextStyle.FULL, Locale.JAPAN).equals(eraName)
                        || e.getDisplayName(TextStyle.NARROW, Locale.ROOT).equals(eraName))
                .findFirst();
        try {
            return era.map(e -> JapaneseDate.of(e, yearOfEra, day.getMonthValue(), day.getDayOfMonth())
                    .get(ChronoField.YEAR));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
