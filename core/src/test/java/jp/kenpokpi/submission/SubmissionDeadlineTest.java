package jp.kenpokpi.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each report's deadline from its fiscal year, and overdue from the day after it until the report is submitted. */
class SubmissionDeadlineTest {

    private static final OrgCode TOCHIGI = OrgCode.of("09");
    private static final FiscalYear FY2025 = FiscalYear.of(2025);
    private static final Instant AT = Instant.parse("2025-11-01T00:00:00Z");
    private static final Actor EDITOR = Actor.branchEditor("栃木 担当", TOCHIGI);
    private static final Actor MANAGER = Actor.branchManager("栃木 支部長", TOCHIGI);
    private static final Actor HQ = Actor.headquarters("本部 企画");

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            PLAN       | 事業計画・目標     | 2025-03-31
            FIRST_HALF | 上期実施状況       | 2025-11-30
            YEAR_END   | 年度実績・自己評価 | 2026-06-30
            """)
    void each_report_of_fy2025_has_its_name_and_deadline(SubmissionKind kind, String nameJa, LocalDate deadline) {
        assertThat(kind.nameJa()).isEqualTo(nameJa);
        assertThat(kind.deadline(FY2025)).isEqualTo(deadline);
    }

    @Test
    void a_report_not_submitted_is_overdue_from_the_day_after_its_deadline() {
        Submission firstHalf = Submission.start(TOCHIGI, FY2025, SubmissionKind.FIRST_HALF);

        assertThat(firstHalf.overdue(LocalDate.of(2025, 11, 29))).isFalse();
        assertThat(firstHalf.overdue(LocalDate.of(2025, 11, 30))).isFalse();
        assertThat(firstHalf.overdue(LocalDate.of(2025, 12, 1))).isTrue();
    }

    @Test
    void a_submitted_or_approved_report_is_never_overdue() {
        Submission submitted = accepted(Submission.start(TOCHIGI, FY2025, SubmissionKind.FIRST_HALF)
                .submit(EDITOR, ApprovalRoute.DIRECT, List.of(), AT));
        Submission approved = accepted(submitted.approve(HQ, AT));

        assertThat(submitted.overdue(LocalDate.of(2025, 12, 1))).isFalse();
        assertThat(approved.overdue(LocalDate.of(2026, 12, 1))).isFalse();
    }

    @Test
    void a_returned_report_not_resubmitted_and_one_waiting_for_its_manager_are_overdue_after_the_deadline() {
        Submission start = Submission.start(TOCHIGI, FY2025, SubmissionKind.FIRST_HALF);
        Submission returned = accepted(accepted(start.submit(EDITOR, ApprovalRoute.DIRECT, List.of(), AT))
                .returnToBranch(HQ, "上期実績の備考を補ってください", AT));
        Submission branchApproved =
                accepted(start.approveInBranch(MANAGER, ApprovalRoute.VIA_BRANCH_MANAGER, List.of(), AT));

        assertThat(returned.overdue(LocalDate.of(2025, 11, 30))).isFalse();
        assertThat(returned.overdue(LocalDate.of(2025, 12, 1))).isTrue();
        assertThat(branchApproved.overdue(LocalDate.of(2025, 12, 1))).isTrue();
    }

    private static Submission accepted(Submission.Decision decision) {
        return ((Submission.Accepted) decision).next();
    }
}
