package jp.kenpokpi.records.definition;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;

/**
 * The named parameters a definition's SQL may use, for a fiscal year and an optional month end. Every value is a
 * date computed here and written as a {@code DATE 'yyyy-mm-dd'} literal, so nothing a user types reaches the SQL;
 * a name the list lacks is an error, never left in the query.
 *
 * <ul>
 *   <li>{@code :period_start}: 1 April of the year;
 *   <li>{@code :period_end}: 31 March of the next year, or the as-of month's last day;
 *   <li>{@code :prior_period_start}, {@code :prior_period_end}: the year before's 1 April and 31 March (always the
 *       whole year, also for an interim month: what a member was the year before is settled);
 *   <li>{@code :last_month}: the first day of the month {@code :period_end} is in (年度末時点 figures);
 *   <li>{@code :three_months_after_period_end}, {@code :end_of_tenth_month_after_period_end}: the last days a
 *       referral visit can count for a letter sent, or a check-up made, by the period's end (the two windows of
 *       REFERRAL_VISIT_RATE): bounds the definitions' own conditions imply, stated so that an engine reading files
 *       by month skips the later ones;
 *   <li>{@code :born_by_age_40}, {@code :born_by_age_75}: a member born on or before the first has reached 40, one
 *       born on or before the second has reached 75, by the year's last day (the reference date of 特定健診 ages,
 *       also for an interim month). Ages are reckoned as the law does (年齢計算ニ関スル法律): an age is reached at the
 *       end of the day before the birthday, so someone born on 1 April reaches it on 31 March.
 * </ul>
 */
public record QueryParameters(Map<String, LocalDate> dates) {

    private static final Pattern NAME = Pattern.compile(":([a-z][a-z0-9_]*)");

    public static QueryParameters of(FiscalYear year, Optional<AsOf> asOf) {
        asOf.ifPresent(a -> {
            if (!a.fiscalYear().equals(year)) {
                throw new IllegalArgumentException(a.japanese() + "は" + year.label() + "の月ではありません");
            }
        });
        LocalDate end = asOf.map(a -> a.month().atEndOfMonth()).orElse(year.lastDay());
        LocalDate ageReference = year.lastDay();
        return new QueryParameters(Map.of(
                "period_start", year.firstDay(),
                "period_end", end,
                "prior_period_start", year.previous().firstDay(),
                "prior_period_end", year.previous().lastDay(),
                "last_month", YearMonth.from(end).atDay(1),
                "three_months_after_period_end", end.plusMonths(3),
                "end_of_tenth_month_after_period_end",
                        YearMonth.from(end).plusMonths(10).atEndOfMonth(),
                "born_by_age_40", bornByAge(ageReference, 40),
                "born_by_age_75", bornByAge(ageReference, 75)));
    }

    /** The latest birth date of someone who has reached {@code age} by the end of {@code day}. */
    static LocalDate bornByAge(LocalDate day, int age) {
        return day.plusDays(1).minusYears(age);
    }

    /** The query with every {@code :name} replaced by its date literal. */
    public String bind(String sql) {
        Matcher m = NAME.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            LocalDate value = dates.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("unknown parameter :" + m.group(1) + " in a KPI definition");
            }
            m.appendReplacement(out, "DATE '" + value + "'");
        }
        m.appendTail(out);
        return out.toString();
    }
}
