package jp.kenpokpi.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.value.FieldLimits;

/**
 * One report of a branch for a fiscal year on its way to headquarters: its state comes from its history, each
 * transition is checked against {@link SubmissionAction}'s table (who, from which state, on which route, with which
 * comment, only when complete) and refused with a Japanese message saying why.
 */
public record Submission(OrgCode branch, FiscalYear year, SubmissionKind kind, SubmissionHistory history) {

    public Submission {
        if (branch.isAssociation()) throw new IllegalArgumentException("only a branch submits reports: " + branch);
    }

    /** A report nobody has acted on yet: 入力中. */
    public static Submission start(OrgCode branch, FiscalYear year, SubmissionKind kind) {
        return new Submission(branch, year, kind, SubmissionHistory.empty());
    }

    /** What the transition led to: the next submission and the event to record, or why it was refused. */
    public sealed interface Decision {}

    public record Accepted(Submission next, SubmissionEvent event) implements Decision {}

    /**
     * @param missing what the report lacks when that was the reason, for the submit page's list
     */
    public record Refused(String messageJa, List<MissingItem> missing) implements Decision {}

    public SubmissionState state() {
        return history.state();
    }

    public LocalDate deadline() {
        return kind.deadline(year);
    }

    /**
     * Overdue: past its deadline and not with headquarters, whether never submitted, waiting for the branch
     * manager, returned or reopened. On the deadline day itself it is not overdue yet.
     */
    public boolean overdue(LocalDate today) {
        return !state().submitted() && today.isAfter(deadline());
    }

    /** Whether the report's data may change now (see {@link SubmissionState#editable}). */
    public boolean dataMayChange() {
        return state().editable();
    }

    /** Why the report's data cannot change now, as the edit pages refuse it; empty while it may. */
    public Optional<String> lockedBecauseJa() {
        if (dataMayChange()) return Optional.empty();
        return Optional.of(describeJa() + "は" + state().nameJa() + "のため変更できません"
                + (state() == SubmissionState.APPROVED ? "（変更するには本部が再開します）" : ""));
    }

    /** 栃木支部の令和5年度 年度実績・自己評価 */
    public String describeJa() {
        return Organisations.all().get(branch).nameJa() + "の" + year.japanese() + " " + kind.nameJa();
    }

    public Decision submit(Actor actor, ApprovalRoute route, List<MissingItem> missing, Instant at) {
        return apply(SubmissionAction.SUBMIT, actor, route, Optional.empty(), missing, at);
    }

    public Decision approveInBranch(Actor actor, ApprovalRoute route, List<MissingItem> missing, Instant at) {
        return apply(SubmissionAction.APPROVE_IN_BRANCH, actor, route, Optional.empty(), missing, at);
    }

    public Decision returnToBranch(Actor actor, String comment, Instant at) {
        return apply(SubmissionAction.RETURN, actor, ApprovalRoute.DIRECT, Optional.ofNullable(comment), List.of(), at);
    }

    public Decision approve(Actor actor, Instant at) {
        return apply(SubmissionAction.APPROVE, actor, ApprovalRoute.DIRECT, Optional.empty(), List.of(), at);
    }

    public Decision reopen(Actor actor, String reason, Instant at) {
        return apply(SubmissionAction.REOPEN, actor, ApprovalRoute.DIRECT, Optional.ofNullable(reason), List.of(), at);
    }

    /**
     * Makes the transition or says why not, checked in the order a user can act on: who, the state, the comment,
     * then what the report lacks.
     *
     * @param route   the branch's setting (matters for the branch's steps only)
     * @param missing what the report lacks now ({@link SubmissionKind#missing}); consulted where the step needs a
     *                complete report
     */
    public Decision apply(
            SubmissionAction action,
            Actor actor,
            ApprovalRoute route,
            Optional<String> comment,
            List<MissingItem> missing,
            Instant at) {
        Optional<String> refusal = refusal(action, actor, route);
        if (refusal.isPresent()) return new Refused(refusal.get(), List.of());
        Optional<String> text = comment.map(String::strip).filter(c -> !c.isEmpty());
        if (action.needsComment() && text.isEmpty()) {
            return new Refused(action.nameJa() + "の理由（コメント）を入力してください", List.of());
        }
        Optional<String> tooLong = text.flatMap(FieldLimits.Text.SUBMISSION_COMMENT::problem);
        if (tooLong.isPresent()) return new Refused("コメント: " + tooLong.get(), List.of());
        if (action.needsCompleteness() && !missing.isEmpty()) {
            return new Refused("未入力の項目が" + missing.size() + "件あるため" + action.nameJa() + "できません", List.copyOf(missing));
        }
        SubmissionEvent event = new SubmissionEvent(action, state(), action.to(), actor, at, text);
        return new Accepted(new Submission(branch, year, kind, history.with(event)), event);
    }

    /**
     * Why the actor may not take the step now (who, then state and route), or empty: the pages show a step's
     * button only where this is empty. Comment and completeness are checked when the step is taken.
     */
    public Optional<String> refusal(SubmissionAction action, Actor actor, ApprovalRoute route) {
        String branchName = Organisations.all().get(branch).nameJa();
        if (!action.actors().contains(actor.kind())) {
            return Optional.of(action.nameJa() + "は"
                    + action.actors().stream().sorted().map(ActorKind::nameJa).collect(Collectors.joining("・"))
                    + "が行います（" + actor.kind().nameJa() + "は" + action.nameJa() + "できません）");
        }
        if (actor.kind().ofBranch() && !actor.belongsTo(branch)) {
            return Optional.of("他支部の報告は" + action.nameJa() + "できません（" + branchName + "の報告です）");
        }
        if (action == SubmissionAction.APPROVE_IN_BRANCH && route == ApprovalRoute.DIRECT) {
            return Optional.of(branchName + "は支部長・支部管理者の承認を経ずに本部へ直接提出する設定です");
        }
        if (action == SubmissionAction.SUBMIT && route == ApprovalRoute.VIA_BRANCH_MANAGER && state().editable()) {
            return Optional.of(branchName + "は支部長・支部管理者の承認を経て提出する設定です。先に支部長・支部管理者の承認を受けてください");
        }
        if (!action.allowedFrom(route).contains(state())) {
            return Optional.of(action.nameJa() + "できるのは"
                    + action.allowedFrom(route).stream()
                            .sorted()
                            .map(SubmissionState::nameJa)
                            .collect(Collectors.joining("・"))
                    + "の報告です（現在：" + state().nameJa() + "）");
        }
        return Optional.empty();
    }
}
