package jp.kenpokpi.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.submission.Submission.Accepted;
import jp.kenpokpi.submission.Submission.Decision;
import jp.kenpokpi.submission.Submission.Refused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The transitions of a report: 入力中 → (支部承認済) → 提出済 → 差戻し or 承認済, 承認済 → 入力中 by reopening;
 * who may make each, from which state, with which comment, and the Japanese refusal when not.
 */
class SubmissionTransitionsTest {

    private static final OrgCode TOCHIGI = OrgCode.of("09");
    private static final OrgCode AKITA = OrgCode.of("05");
    private static final Instant AT = Instant.parse("2024-06-20T01:00:00Z");

    private static final Actor EDITOR = Actor.branchEditor("栃木 担当", TOCHIGI);
    private static final Actor MANAGER = Actor.branchManager("栃木 支部長", TOCHIGI);
    private static final Actor HQ = Actor.headquarters("本部 企画");
    private static final Actor VIEWER = Actor.viewer("評議会 委員");
    private static final Actor AKITA_EDITOR = Actor.branchEditor("秋田 担当", AKITA);
    private static final Actor AKITA_MANAGER = Actor.branchManager("秋田 支部長", AKITA);

    private static final List<MissingItem> COMPLETE = List.of();

    private static Submission fresh() {
        return Submission.start(TOCHIGI, FiscalYear.of(2023), SubmissionKind.YEAR_END);
    }

    private static Submission accepted(Decision decision) {
        assertThat(decision).isInstanceOf(Accepted.class);
        return ((Accepted) decision).next();
    }

    private static String refused(Decision decision) {
        assertThat(decision).isInstanceOf(Refused.class);
        return ((Refused) decision).messageJa();
    }

    private static Submission submitted() {
        return accepted(fresh().submit(EDITOR, ApprovalRoute.DIRECT, COMPLETE, AT));
    }

    private static Submission approved() {
        return accepted(submitted().approve(HQ, AT));
    }

    private static Submission returned() {
        return accepted(submitted().returnToBranch(HQ, "自己評価の理由を具体的に", AT));
    }

    private static Submission inState(SubmissionState state) {
        return switch (state) {
            case IN_PROGRESS -> fresh();
            case BRANCH_APPROVED ->
                accepted(fresh().approveInBranch(MANAGER, ApprovalRoute.VIA_BRANCH_MANAGER, COMPLETE, AT));
            case SUBMITTED -> submitted();
            case RETURNED -> returned();
            case APPROVED -> approved();
        };
    }

    @Test
    void a_report_starts_in_progress_and_may_be_changed() {
        assertThat(fresh().state()).isEqualTo(SubmissionState.IN_PROGRESS);
        assertThat(fresh().dataMayChange()).isTrue();
        assertThat(fresh().lockedBecauseJa()).isEmpty();
    }

    @Test
    void the_branch_editor_submits_straight_to_headquarters_where_the_branch_has_no_manager_step() {
        Decision decision = fresh().submit(EDITOR, ApprovalRoute.DIRECT, COMPLETE, AT);

        Accepted accepted = (Accepted) decision;
        assertThat(accepted.next().state()).isEqualTo(SubmissionState.SUBMITTED);
        assertThat(accepted.event())
                .isEqualTo(new SubmissionEvent(
                        SubmissionAction.SUBMIT,
                        SubmissionState.IN_PROGRESS,
                        SubmissionState.SUBMITTED,
                        EDITOR,
                        AT,
                        Optional.empty()));
        assertThat(accepted.next().history().events()).containsExactly(accepted.event());
        assertThat(accepted.next().dataMayChange()).isFalse();
    }

    @Test
    void with_the_manager_step_the_manager_approves_first_and_then_the_branch_submits() {
        Submission branchApproved =
                accepted(fresh().approveInBranch(MANAGER, ApprovalRoute.VIA_BRANCH_MANAGER, COMPLETE, AT));
        assertThat(branchApproved.state()).isEqualTo(SubmissionState.BRANCH_APPROVED);
        assertThat(branchApproved.dataMayChange()).isFalse();

        Submission submitted = accepted(branchApproved.submit(EDITOR, ApprovalRoute.VIA_BRANCH_MANAGER, COMPLETE, AT));
        assertThat(submitted.state()).isEqualTo(SubmissionState.SUBMITTED);
        assertThat(submitted.history().events())
                .extracting(SubmissionEvent::summaryJa)
                .containsExactly("入力中 → 支部承認済（支部承認：栃木 支部長、支部長・支部管理者）", "支部承認済 → 提出済（提出：栃木 担当、支部担当者）");
    }

    @Test
    void with_the_manager_step_the_branch_cannot_submit_before_the_manager_approves() {
        assertThat(refused(fresh().submit(EDITOR, ApprovalRoute.VIA_BRANCH_MANAGER, COMPLETE, AT)))
                .isEqualTo("栃木支部は支部長・支部管理者の承認を経て提出する設定です。先に支部長・支部管理者の承認を受けてください");
    }

    @Test
    void without_the_manager_step_there_is_no_approval_within_the_branch() {
        assertThat(refused(fresh().approveInBranch(MANAGER, ApprovalRoute.DIRECT, COMPLETE, AT)))
                .isEqualTo("栃木支部は支部長・支部管理者の承認を経ずに本部へ直接提出する設定です");
    }

    @Test
    void the_branch_manager_may_submit_too() {
        assertThat(accepted(fresh().submit(MANAGER, ApprovalRoute.DIRECT, COMPLETE, AT))
                        .state())
                .isEqualTo(SubmissionState.SUBMITTED);
    }

    @Test
    void headquarters_approves_a_submitted_report_and_its_data_is_locked() {
        Submission approved = approved();

        assertThat(approved.state()).isEqualTo(SubmissionState.APPROVED);
        assertThat(approved.dataMayChange()).isFalse();
        assertThat(approved.lockedBecauseJa()).contains("栃木支部の令和5年度 年度実績・自己評価は承認済のため変更できません（変更するには本部が再開します）");
    }

    @Test
    void headquarters_returns_a_submitted_report_with_its_comment_and_the_branch_edits_and_resubmits_it() {
        Accepted returned = (Accepted) submitted().returnToBranch(HQ, "  自己評価の理由を具体的に  ", AT);

        assertThat(returned.next().state()).isEqualTo(SubmissionState.RETURNED);
        assertThat(returned.event().comment()).contains("自己評価の理由を具体的に");
        assertThat(returned.next().dataMayChange()).isTrue();
        assertThat(accepted(returned.next().submit(EDITOR, ApprovalRoute.DIRECT, COMPLETE, AT))
                        .state())
                .isEqualTo(SubmissionState.SUBMITTED);
    }

    @Test
    void headquarters_reopens_an_approved_report_with_its_reason_and_the_branch_writes_it_again() {
        Accepted reopened = (Accepted) approved().reopen(HQ, "評議会の指摘により実績を修正", AT);

        assertThat(reopened.next().state()).isEqualTo(SubmissionState.IN_PROGRESS);
        assertThat(reopened.next().dataMayChange()).isTrue();
        assertThat(reopened.event().summaryJa()).isEqualTo("承認済 → 入力中（再開：本部 企画、本部）");
        assertThat(reopened.event().comment()).contains("評議会の指摘により実績を修正");
    }

    @ParameterizedTest(name = "{0} without a comment: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            RETURN | 差戻しの理由（コメント）を入力してください
            REOPEN | 再開の理由（コメント）を入力してください
            """)
    void a_return_and_a_reopening_need_their_comment(SubmissionAction action, String message) {
        Submission s = action == SubmissionAction.RETURN ? submitted() : approved();
        for (String blank : new String[] {null, "", "  \n "}) {
            assertThat(refused(s.apply(action, HQ, ApprovalRoute.DIRECT, Optional.ofNullable(blank), COMPLETE, AT)))
                    .isEqualTo(message);
        }
    }

    @Test
    void a_comment_is_held_to_the_length_and_characters_of_other_texts() {
        assertThat(refused(submitted().returnToBranch(HQ, "あ".repeat(2001), AT)))
                .isEqualTo("コメント: 長すぎます（2001文字、2000文字まで）");
        assertThat(refused(submitted().returnToBranch(HQ, "修正\u001bしてください", AT)))
                .startsWith("コメント: エスケープ文字（U+001B、3文字目）は使えません");
        assertThat(accepted(submitted().returnToBranch(HQ, "あ".repeat(2000), AT))
                        .state())
                .isEqualTo(SubmissionState.RETURNED);
    }

    /** Every step by every kind of actor, in the state it starts from: who may, and the refusal of the others. */
    @ParameterizedTest(name = "{0} by {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            SUBMIT            | EDITOR        | OK
            SUBMIT            | MANAGER       | OK
            SUBMIT            | HQ            | 提出は支部長・支部管理者・支部担当者が行います（本部は提出できません）
            SUBMIT            | VIEWER        | 提出は支部長・支部管理者・支部担当者が行います（閲覧者は提出できません）
            SUBMIT            | AKITA_EDITOR  | 他支部の報告は提出できません（栃木支部の報告です）
            APPROVE_IN_BRANCH | MANAGER       | OK
            APPROVE_IN_BRANCH | EDITOR        | 支部承認は支部長・支部管理者が行います（支部担当者は支部承認できません）
            APPROVE_IN_BRANCH | HQ            | 支部承認は支部長・支部管理者が行います（本部は支部承認できません）
            APPROVE_IN_BRANCH | AKITA_MANAGER | 他支部の報告は支部承認できません（栃木支部の報告です）
            RETURN            | HQ            | OK
            RETURN            | EDITOR        | 差戻しは本部が行います（支部担当者は差戻しできません）
            RETURN            | MANAGER       | 差戻しは本部が行います（支部長・支部管理者は差戻しできません）
            APPROVE           | HQ            | OK
            APPROVE           | MANAGER       | 承認は本部が行います（支部長・支部管理者は承認できません）
            APPROVE           | VIEWER        | 承認は本部が行います（閲覧者は承認できません）
            REOPEN            | HQ            | OK
            REOPEN            | EDITOR        | 再開は本部が行います（支部担当者は再開できません）
            """)
    void who_may_take_each_step(SubmissionAction action, String actor, String expected) {
        Submission from = switch (action) {
            case SUBMIT, APPROVE_IN_BRANCH -> fresh();
            case RETURN, APPROVE -> submitted();
            case REOPEN -> approved();
        };
        ApprovalRoute route =
                action == SubmissionAction.APPROVE_IN_BRANCH ? ApprovalRoute.VIA_BRANCH_MANAGER : ApprovalRoute.DIRECT;

        Decision decision = from.apply(action, actor(actor), route, Optional.of("理由"), COMPLETE, AT);

        if (expected.equals("OK")) {
            assertThat(accepted(decision).state()).isEqualTo(action.to());
        } else {
            assertThat(refused(decision)).isEqualTo(expected);
        }
    }

    /** Each step in each state its actor may find it in: only the states of the table are allowed. */
    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            SUBMIT            | IN_PROGRESS     | OK
            SUBMIT            | RETURNED        | OK
            SUBMIT            | SUBMITTED       | 提出できるのは入力中・差戻しの報告です（現在：提出済）
            SUBMIT            | APPROVED        | 提出できるのは入力中・差戻しの報告です（現在：承認済）
            APPROVE_IN_BRANCH | IN_PROGRESS     | OK
            APPROVE_IN_BRANCH | RETURNED        | OK
            APPROVE_IN_BRANCH | BRANCH_APPROVED | 支部承認できるのは入力中・差戻しの報告です（現在：支部承認済）
            APPROVE_IN_BRANCH | APPROVED        | 支部承認できるのは入力中・差戻しの報告です（現在：承認済）
            RETURN            | SUBMITTED       | OK
            RETURN            | IN_PROGRESS     | 差戻しできるのは提出済の報告です（現在：入力中）
            RETURN            | RETURNED        | 差戻しできるのは提出済の報告です（現在：差戻し）
            RETURN            | APPROVED        | 差戻しできるのは提出済の報告です（現在：承認済）
            APPROVE           | SUBMITTED       | OK
            APPROVE           | IN_PROGRESS     | 承認できるのは提出済の報告です（現在：入力中）
            APPROVE           | BRANCH_APPROVED | 承認できるのは提出済の報告です（現在：支部承認済）
            APPROVE           | APPROVED        | 承認できるのは提出済の報告です（現在：承認済）
            REOPEN            | APPROVED        | OK
            REOPEN            | SUBMITTED       | 再開できるのは承認済の報告です（現在：提出済）
            REOPEN            | IN_PROGRESS     | 再開できるのは承認済の報告です（現在：入力中）
            """)
    void each_step_starts_only_from_its_states(SubmissionAction action, SubmissionState state, String expected) {
        Actor actor = switch (action) {
            case SUBMIT -> EDITOR;
            case APPROVE_IN_BRANCH -> MANAGER;
            default -> HQ;
        };
        ApprovalRoute route =
                action == SubmissionAction.APPROVE_IN_BRANCH ? ApprovalRoute.VIA_BRANCH_MANAGER : ApprovalRoute.DIRECT;

        Decision decision = inState(state).apply(action, actor, route, Optional.of("理由"), COMPLETE, AT);

        if (expected.equals("OK")) {
            assertThat(accepted(decision).state()).isEqualTo(action.to());
        } else {
            assertThat(refused(decision)).isEqualTo(expected);
        }
    }

    @Test
    void an_incomplete_report_is_refused_with_what_it_lacks_for_the_branch_and_its_manager() {
        List<MissingItem> missing = List.of(
                new MissingItem(
                        MissingItem.What.NARRATIVE, Optional.of("MAIL_APPLICATION_RATE"), Optional.empty(), "…"),
                new MissingItem(MissingItem.What.SELF_EVALUATION, Optional.empty(), Optional.empty(), "…"));

        Refused submit = (Refused) fresh().submit(EDITOR, ApprovalRoute.DIRECT, missing, AT);
        Refused approveInBranch =
                (Refused) fresh().approveInBranch(MANAGER, ApprovalRoute.VIA_BRANCH_MANAGER, missing, AT);

        assertThat(submit.messageJa()).isEqualTo("未入力の項目が2件あるため提出できません");
        assertThat(submit.missing()).isEqualTo(missing);
        assertThat(approveInBranch.messageJa()).isEqualTo("未入力の項目が2件あるため支部承認できません");
        assertThat(approveInBranch.missing()).isEqualTo(missing);
    }

    @Test
    void headquarters_decides_on_what_was_submitted_whatever_is_missing_now() {
        List<MissingItem> missing =
                List.of(new MissingItem(MissingItem.What.RESULT, Optional.empty(), Optional.empty(), "…"));

        assertThat(accepted(submitted()
                                .apply(
                                        SubmissionAction.APPROVE,
                                        HQ,
                                        ApprovalRoute.DIRECT,
                                        Optional.empty(),
                                        missing,
                                        AT))
                        .state())
                .isEqualTo(SubmissionState.APPROVED);
    }

    @Test
    void a_history_read_back_must_be_one_unbroken_chain() {
        SubmissionEvent approveFromNothing = new SubmissionEvent(
                SubmissionAction.APPROVE,
                SubmissionState.SUBMITTED,
                SubmissionState.APPROVED,
                HQ,
                AT,
                Optional.empty());

        assertThatThrownBy(() -> new SubmissionHistory(List.of(approveFromNothing)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new SubmissionHistory(approved().history().events()).state()).isEqualTo(SubmissionState.APPROVED);
    }

    @Test
    void only_a_branch_submits_and_a_branch_actor_has_a_branch() {
        assertThatThrownBy(() -> Submission.start(OrgCode.ASSOCIATION, FiscalYear.of(2023), SubmissionKind.PLAN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Actor("名無し", ActorKind.BRANCH_EDITOR, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Actor actor(String name) {
        return switch (name) {
            case "EDITOR" -> EDITOR;
            case "MANAGER" -> MANAGER;
            case "HQ" -> HQ;
            case "VIEWER" -> VIEWER;
            case "AKITA_EDITOR" -> AKITA_EDITOR;
            case "AKITA_MANAGER" -> AKITA_MANAGER;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
