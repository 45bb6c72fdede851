package jp.kenpokpi.submission;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.period.FiscalYear;

/**
 * When a branch hears of a report's deadline: once when it is near ({@code nearDays} days or fewer before it, the
 * deadline day included) and once when it has passed, in both cases only while the report is not with headquarters
 * (not 提出済 or 承認済). A deadline passed longer ago than {@link #PASSED_WINDOW_DAYS} is not announced any more: a
 * system started on a database of past years does not greet every branch with years of old deadlines.
 */
public record DeadlineReminder(int nearDays) {

    public static final int DEFAULT_NEAR_DAYS = 7;
    public static final int PASSED_WINDOW_DAYS = 30;

    public enum Stage {
        NEAR,
        PASSED
    }

    public DeadlineReminder {
        if (nearDays < 0) throw new IllegalArgumentException("nearDays must not be negative: " + nearDays);
    }

    /** The stage the report's deadline is at today, if the branch should hear of it. */
    public Optional<Stage> stage(Submission submission, LocalDate today) {
        if (submission.state().submitted()) return Optional.empty();
        long daysLeft = ChronoUnit.DAYS.between(today, submission.deadline());
        if (daysLeft >= 0 && daysLeft <= nearDays) return Optional.of(Stage.NEAR);
        if (daysLeft < 0 && -daysLeft <= PASSED_WINDOW_DAYS) return Optional.of(Stage.PASSED);
        return Optional.empty();
    }

    /**
     * The fiscal years whose reports can have a deadline near or just passed today: the year before (its year-end
     * report is due in June), this one (上期 in November) and the next (its plan is due at the end of March).
     */
    public static List<FiscalYear> yearsAround(LocalDate today) {
        FiscalYear current = FiscalYear.containing(YearMonth.from(today));
        return List.of(current.previous(), current, current.next());
    }

    /** 「あと3日」 or 「本日」: how near the deadline is, in the words of a notice. */
    public static String daysLeftJa(Submission submission, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, submission.deadline());
        return daysLeft == 0 ? "本日" : "あと" + daysLeft + "日";
    }
}
