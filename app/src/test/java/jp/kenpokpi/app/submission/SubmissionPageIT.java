package jp.kenpokpi.app.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.PageHtml;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.security.FiscalYearLocks;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.period.JapanTime;
import jp.kenpokpi.submission.Actor;
import jp.kenpokpi.submission.ApprovalRoute;
import jp.kenpokpi.submission.Submission;
import jp.kenpokpi.submission.SubmissionKind;
import jp.kenpokpi.submission.SubmissionState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 提出・承認 through the web: a branch submits what is complete, headquarters returns, approves and reopens. */
@SampleDataTest
class SubmissionPageIT {

    private static final OrgCode TOCHIGI = OrgCode.of("09");
    private static final FiscalYear FY2023 = FiscalYear.of(2023);
    private static final String PAGE = "/submissions?branch=09&year=2023";

    @Autowired
    MockMvc mvc;

    @Autowired
    SubmissionRepository submissions;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    FiscalYearLocks locks;

    @Autowired
    JdbcClient jdbc;

    /** Each test starts from reports nobody has stepped yet, on the direct route. */
    @BeforeEach
    void noStepsYet() {
        jdbc.sql("DELETE FROM submission_event").update();
        submissions.setRoute(TOCHIGI, ApprovalRoute.DIRECT);
    }

    @Test
    void theYearEndReportListsWhatIsMissingWithLinksAndCannotBeSubmittedUntilComplete() throws Exception {
        String page = DemoUsers.page(mvc, PAGE, "tochigi");

        assertThat(page).contains("栃木支部 令和5年度（2023年度） 提出・承認", "年度実績・自己評価", "未入力の項目: 24件");
        assertThat(page).contains("href=\"/entry/DEPENDENT_CHECKUP_RATE?branch=09&amp;year=2023\">（11）被扶養者の特定健診実施率: ");
        assertThat(page).doesNotContain("id=\"step-YEAR_END-SUBMIT\"");

        String refused = DemoUsers.submit(mvc, step("YEAR_END", "SUBMIT"), "tochigi", status().isConflict());
        assertThat(refused).contains("年度実績・自己評価を提出できません: 未入力の項目が24件あるため提出できません");
        assertThat(state(SubmissionKind.YEAR_END)).isEqualTo(SubmissionState.IN_PROGRESS);
    }

    @Test
    void aCompletePlanIsSubmittedReturnedWithItsReasonResubmittedAndApproved() throws Exception {
        // The sample data's own steps of this report (its history, removed above) stay in the change log.
        int logged = changeLog.history(SubmissionService.TABLE, "09/2023/PLAN").size();
        assertThat(DemoUsers.page(mvc, PAGE, "tochigi")).contains("id=\"step-PLAN-SUBMIT\"");
        DemoUsers.send(mvc, step("PLAN", "SUBMIT"), "tochigi").andExpect(redirectedUrl(PAGE));
        assertThat(state(SubmissionKind.PLAN)).isEqualTo(SubmissionState.SUBMITTED);

        String noReason = DemoUsers.submit(mvc, step("PLAN", "RETURN"), "honbu", status().isConflict());
        assertThat(noReason).contains("差戻しの理由（コメント）を入力してください");
        DemoUsers.send(mvc, step("PLAN", "RETURN").param("comment", "（9）の目標の考え方を補ってください"), "honbu")
                .andExpect(redirectedUrl(PAGE));
        String returned = DemoUsers.page(mvc, PAGE, "tochigi");
        assertThat(returned).contains("差戻し", "（9）の目標の考え方を補ってください", "id=\"step-PLAN-SUBMIT\"");
        // The step's time as people in Japan read it, whatever the server's zone.
        Instant returnedAt = submissions
                .find(TOCHIGI, FY2023, SubmissionKind.PLAN)
                .history()
                .latest()
                .orElseThrow()
                .at();
        assertThat(returned)
                .contains(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(returnedAt.atZone(JapanTime.ZONE)));

        DemoUsers.send(mvc, step("PLAN", "SUBMIT"), "tochigi").andExpect(redirectedUrl(PAGE));
        DemoUsers.send(mvc, step("PLAN", "APPROVE"), "honbu").andExpect(redirectedUrl(PAGE));

        assertThat(state(SubmissionKind.PLAN)).isEqualTo(SubmissionState.APPROVED);
        assertThat(changeLog.history(SubmissionService.TABLE, "09/2023/PLAN")).hasSize(logged + 4);
        assertThat(DemoUsers.page(mvc, PAGE, "etsuran")).contains("承認済").doesNotContain("id=\"step-");
    }

    @Test
    void aViewerAndAnotherBranchsEditorTakeNoStep() throws Exception {
        assertThat(DemoUsers.submit(mvc, step("PLAN", "SUBMIT"), "etsuran", status().isConflict()))
                .contains("閲覧者は提出できません");
        assertThat(DemoUsers.submit(mvc, post("/submissions/13/2023/PLAN/SUBMIT"), "tochigi", status().isConflict()))
                .contains("他支部の報告は提出できません");
        assertThat(submissions
                        .find(OrgCode.of("13"), FY2023, SubmissionKind.PLAN)
                        .history()
                        .events())
                .isEmpty();
        assertThat(state(SubmissionKind.PLAN)).isEqualTo(SubmissionState.IN_PROGRESS);
    }

    @Test
    void whereTheBranchWantsItsManagerTheManagerApprovesBeforeTheEditorSubmits() throws Exception {
        submissions.setRoute(TOCHIGI, ApprovalRoute.VIA_BRANCH_MANAGER);

        assertThat(DemoUsers.page(mvc, PAGE, "tochigi")).doesNotContain("id=\"step-PLAN-SUBMIT\"");
        assertThat(DemoUsers.submit(mvc, step("PLAN", "SUBMIT"), "tochigi", status().isConflict()))
                .contains("支部長・支部管理者の承認を経て提出する設定です");

        DemoUsers.send(mvc, step("PLAN", "APPROVE_IN_BRANCH"), "tochigi-shibucho")
                .andExpect(redirectedUrl(PAGE));
        assertThat(state(SubmissionKind.PLAN)).isEqualTo(SubmissionState.BRANCH_APPROVED);
        DemoUsers.send(mvc, step("PLAN", "SUBMIT"), "tochigi").andExpect(redirectedUrl(PAGE));
        assertThat(state(SubmissionKind.PLAN)).isEqualTo(SubmissionState.SUBMITTED);
    }

    @Test
    void approvingTheYearEndReportLocksTheYearAndReopeningItWithAReasonLiftsTheLock() throws Exception {
        // A year-end report the branch submitted (the seed year lacks narratives, so it is put in place here).
        Submission submitted = submissions.find(TOCHIGI, FiscalYear.of(2022), SubmissionKind.YEAR_END);
        Submission.Accepted step = (Submission.Accepted) submitted.submit(
                Actor.branchEditor("tochigi", TOCHIGI), ApprovalRoute.DIRECT, List.of(), Instant.now());
        submissions.append(step.next(), step.event());
        String page2022 = "/submissions?branch=09&year=2022";

        DemoUsers.send(mvc, post("/submissions/09/2022/YEAR_END/APPROVE"), "honbu")
                .andExpect(redirectedUrl(page2022));
        assertThat(locks.isLocked(TOCHIGI, FiscalYear.of(2022))).isTrue();
        DemoUsers.submit(
                mvc,
                post("/entry/EMPLOYER_CHECKUP_DATA_RATE").param("branch", "09").param("year", "2022"),
                "tochigi",
                status().isForbidden());

        DemoUsers.send(mvc, post("/submissions/09/2022/YEAR_END/REOPEN").param("comment", "実績の訂正のため"), "honbu")
                .andExpect(redirectedUrl(page2022));
        assertThat(locks.isLocked(TOCHIGI, FiscalYear.of(2022))).isFalse();
        assertThat(DemoUsers.page(mvc, page2022, "tochigi")).contains("入力中", "実績の訂正のため");
        assertThat(submissions
                        .find(TOCHIGI, FiscalYear.of(2022), SubmissionKind.YEAR_END)
                        .state())
                .isEqualTo(SubmissionState.IN_PROGRESS);
    }

    @Test
    void theStatusBoardShowsEveryBranchsReportsAndABranchSeesOnlyItsOwnRow() throws Exception {
        DemoUsers.send(mvc, step("PLAN", "SUBMIT"), "tochigi").andExpect(redirectedUrl(PAGE));

        String all = DemoUsers.page(mvc, "/submissions/board?year=2023", "honbu");
        assertThat(all.split("<tr data-branch=", -1)).hasSize(48);
        String tochigi = PageHtml.find(all, "<tr data-branch=\"09\">.*?</tr>", "栃木支部's row");
        assertThat(tochigi)
                .contains("data-kind=\"PLAN\" data-state=\"SUBMITTED\"", "提出済", "提出（")
                .contains("data-kind=\"YEAR_END\" data-state=\"IN_PROGRESS\"", "未入力 24件", "期限超過");

        String tohoku = DemoUsers.page(mvc, "/submissions/board?year=2023&block=TOHOKU", "etsuran");
        assertThat(tohoku.split("<tr data-branch=", -1)).hasSize(7);
        String own = DemoUsers.page(mvc, "/submissions/board?year=2023", "tochigi");
        assertThat(own.split("<tr data-branch=", -1)).hasSize(2);
        assertThat(own).contains("data-branch=\"09\"");
    }

    private static MockHttpServletRequestBuilder step(String kind, String action) {
        return post("/submissions/09/2023/" + kind + "/" + action);
    }

    private SubmissionState state(SubmissionKind kind) {
        return submissions.find(TOCHIGI, FY2023, kind).state();
    }
}
