package jp.kenpokpi.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.submission.DeadlineReminder.Stage;
import org.junit.jupiter.api.Test;

/** When a branch hears of a deadline: near within the days set, passed for a month, never once submitted. */
class DeadlineReminderTest {

    private static final OrgCode TOCHIGI = OrgCode.of("09");
    private static final FiscalYear FY2025 = FiscalYear.of(2025);
    private static final Submission FIRST_HALF = Submission.start(TOCHIGI, FY2025, SubmissionKind.FIRST_HALF);
    private static final DeadlineReminder WEEK = new DeadlineReminder(7);

    @Test
    void near_from_seven_days_before_the_deadline_to_the_deadline_day() {
        assertThat(WEEK.stage(FIRST_HALF, LocalDate.of(2025, 11, 22))).isEmpty();
        assertThat(WEEK.stage(FIRST_HALF, LocalDate.of(2025, 11, 23))).contains(Stage.NEAR);
        assertThat(WEEK.stage(FIRST_HALF, LocalDate.of(2025, 11, 30))).contains(Stage.NEAR);
        assertThat(DeadlineReminder.daysLeftJa(FIRST_HALF, LocalDate.of(2025, 11, 27)))
                .isEqualTo("あと3日");
        assertThat(DeadlineReminder.daysLeftJa(FIRST_HALF, LocalDate.of(2025, 11, 30)))
                .isEqualTo("本日");
    }

    @Test
    void passed_from_the_day_after_for_thirty_days() {
        assertThat(WEEK.stage(FIRST_HALF, LocalDate.of(2025, 12, 1))).contains(Stage.PASSED);
        assertThat(WEEK.stage(FIRST_HALF, LocalDate.of(2025, 12, 30))).contains(Stage.PASSED);
        assertThat(WEEK.stage(FIRST_HALF, LocalDate.of(2025, 12, 31))).isEmpty();
    }

    @Test
    void a_submitted_report_hears_of_no_deadline() {
        Submission submitted = ((Submission.Accepted) FIRST_HALF.submit(
                        Actor.branchEditor("栃木 担当", TOCHIGI),
                        ApprovalRoute.DIRECT,
                        List.of(),
                        Instant.parse("2025-11-01T00:00:00Z")))
                .next();

        assertThat(WEEK.stage(submitted, LocalDate.of(2025, 11, 28))).isEmpty();
        assertThat(WEEK.stage(submitted, LocalDate.of(2025, 12, 2))).isEmpty();
    }

    @Test
    void the_years_around_a_day_hold_every_deadline_that_can_be_near() {
        List<FiscalYear> years = DeadlineReminder.yearsAround(LocalDate.of(2026, 3, 25));

        assertThat(years).containsExactly(FiscalYear.of(2024), FiscalYear.of(2025), FiscalYear.of(2026));
        // FY2026's plan is due 2026-03-31, FY2024's year end 2025-06-30, FY2025's first half 2025-11-30.
        assertThat(SubmissionKind.PLAN.deadline(FiscalYear.of(2026))).isEqualTo(LocalDate.of(2026, 3, 31));
    }
}
