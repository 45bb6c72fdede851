package jp.kenpokpi.app.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.PageHtml;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.audit.ChangeSource;
import jp.kenpokpi.app.security.FiscalYearLocks;
import jp.kenpokpi.app.security.Role;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.sampledata.SampleCycle;
import jp.kenpokpi.submission.ActorKind;
import jp.kenpokpi.submission.Submission;
import jp.kenpokpi.submission.SubmissionAction;
import jp.kenpokpi.submission.SubmissionEvent;
import jp.kenpokpi.submission.SubmissionKind;
import jp.kenpokpi.submission.SubmissionState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sample data's 提出・承認 history as the demo accounts find it: FY2025 上期 submitted by six branches and returned
 * to Tochigi, Tochigi's FY2023 plan approved, every step a step the application accepts, recorded as サンプルデータ.
 */
@SampleDataTest
class SampleCycleIT {

    private static final UserAccount HONBU = new UserAccount("honbu", "本部", Role.HQ_ADMIN, Optional.empty());

    @Autowired
    MockMvc mvc;

    @Autowired
    SubmissionService service;

    @Autowired
    SubmissionRepository submissions;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    FiscalYearLocks locks;

    @Test
    void everySampleSubmissionIsOfAReportTheCompletenessCheckFindsNothingMissingIn() {
        List<SampleCycle.Step> submits = SampleCycle.steps().stream()
                .filter(s -> s.action() == SubmissionAction.SUBMIT)
                .toList();
        assertThat(submits).hasSize(8);
        // No sample step changes data, so what the check finds now is what it found when the step was taken.
        for (SampleCycle.Step step : submits) {
            SubmissionService.ReportStatus report = service.year(step.branch(), step.year(), HONBU).stream()
                    .filter(r -> r.submission().kind() == step.kind())
                    .findFirst()
                    .orElseThrow();
            assertThat(report.missing())
                    .as("%s %s %s", step.branch(), step.year(), step.kind())
                    .isEmpty();
        }
    }

    @Test
    void fy2025sFirstHalfIsSubmittedBySixBranchesReturnedToTochigiAndEveryOtherReportIsInProgress() {
        Map<OrgCode, Map<SubmissionKind, Submission>> stepped = submissions.findAll(SampleCycle.FY2025);
        for (var branch : Organisations.all().branches()) {
            for (SubmissionKind kind : SubmissionKind.values()) {
                SubmissionState expected = SubmissionState.IN_PROGRESS;
                if (kind == SubmissionKind.FIRST_HALF
                        && SampleCycle.FY2025_FIRST_HALF_SUBMITTED.contains(branch.code())) {
                    expected = SubmissionState.SUBMITTED;
                }
                if (kind == SubmissionKind.FIRST_HALF && branch.code().equals(SampleCycle.TOCHIGI)) {
                    expected = SubmissionState.RETURNED;
                }
                assertThat(submissions
                                .find(branch.code(), SampleCycle.FY2025, kind)
                                .state())
                        .as("%s %s", branch.code(), kind)
                        .isEqualTo(expected);
            }
        }
        assertThat(stepped).hasSize(7);

        SubmissionEvent returned = submissions
                .find(SampleCycle.TOCHIGI, SampleCycle.FY2025, SubmissionKind.FIRST_HALF)
                .history()
                .latest()
                .orElseThrow();
        assertThat(returned.actor().kind()).isEqualTo(ActorKind.HEADQUARTERS);
        assertThat(returned.comment()).contains(SampleCycle.RETURN_COMMENT);
        assertThat(SampleCycle.RETURN_COMMENT).contains("架空");
    }

    @Test
    void tochigisFy2023PlanIsApprovedAndItsOtherReportsWhichLackWhatThePrintedReportGaveNotAreInProgress() {
        assertThat(submissions
                        .find(SampleCycle.TOCHIGI, SampleCycle.FY2023, SubmissionKind.PLAN)
                        .state())
                .isEqualTo(SubmissionState.APPROVED);
        for (SubmissionKind kind : List.of(SubmissionKind.FIRST_HALF, SubmissionKind.YEAR_END)) {
            assertThat(submissions
                            .find(SampleCycle.TOCHIGI, SampleCycle.FY2023, kind)
                            .state())
                    .isEqualTo(SubmissionState.IN_PROGRESS);
        }
        // Only the year-end approval locks a year: Tochigi FY2023 stays open for entry.
        assertThat(locks.isLocked(SampleCycle.TOCHIGI, SampleCycle.FY2023)).isFalse();
    }

    @Test
    void eachSampleStepIsInTheChangeLogAndTheHistoryAsTheSampleData() throws Exception {
        List<ChangeLog.Change> plan = changeLog.history(SubmissionService.TABLE, "09/2023/PLAN");
        assertThat(plan)
                .extracting(c -> c.after().get("state"))
                .containsExactly(SubmissionState.SUBMITTED.nameJa(), SubmissionState.APPROVED.nameJa());
        assertThat(plan).allSatisfy(c -> {
            assertThat(c.changedBy()).isEqualTo(ChangeSource.SAMPLE_DATA_USER);
            assertThat(c.source().kind()).isEqualTo(ChangeSource.Kind.SAMPLE_DATA);
        });
        assertThat(changeLog.history(SubmissionService.TABLE, "09/2025/FIRST_HALF"))
                .extracting(c -> c.after().get("step"))
                .containsExactly("提出", "差戻し");

        String page = DemoUsers.page(mvc, "/submissions?branch=09&year=2025", "tochigi");
        String firstHalf = PageHtml.find(page, "<section[^>]*id=\"report-FIRST_HALF\".*?</section>", "上期実施状況");
        assertThat(firstHalf)
                .contains("差戻し", SampleCycle.RETURN_COMMENT, "差戻し：サンプルデータ", "id=\"step-FIRST_HALF-SUBMIT\"");

        String board = DemoUsers.page(mvc, "/submissions/board?year=2025", "honbu");
        assertThat(PageHtml.find(board, "<tr data-branch=\"13\">.*?</tr>", "東京支部's row"))
                .contains("data-kind=\"FIRST_HALF\" data-state=\"SUBMITTED\"");
    }
}
