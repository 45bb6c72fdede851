package jp.kenpokpi.app.entry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.period.JapanTime;

/**
 * The month ends a result can be entered at: those of a fiscal year that have come, in Japan, where the insurer's
 * months end. The interim page offers them beside the months with data; the month-end form accepts only them.
 */
public final class InterimMonths {

    private static final Clock JAPAN = JapanTime.clock();

    private InterimMonths() {}

    public static LocalDate today() {
        return LocalDate.now(JAPAN);
    }

    /** The month ends of the year that have come, oldest first. */
    public static List<AsOf> offered(FiscalYear year) {
        return AsOf.monthEndsUpTo(year, today());
    }

    /** The month ends of the fiscal year running today that have come. */
    public static List<AsOf> offeredThisYear() {
        return offered(FiscalYear.containing(YearMonth.from(today())));
    }

    public static boolean hasCome(AsOf month) {
        return !month.month().atEndOfMonth().isAfter(today());
    }
}
