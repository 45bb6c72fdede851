package jp.kenpokpi.submission;

import java.util.Set;

/**
 * The transitions of a submission, each with who may make it, from which states, to which state, and whether it
 * needs a comment. {@link Submission#apply} enforces them; this table is the whole rule.
 */
public enum SubmissionAction {
    /** 支部承認: the branch manager approves the complete report within the branch. */
    APPROVE_IN_BRANCH(
            "支部承認",
            Set.of(ActorKind.BRANCH_MANAGER),
            Set.of(SubmissionState.IN_PROGRESS, SubmissionState.RETURNED),
            SubmissionState.BRANCH_APPROVED,
            false),
    /**
     * 提出: the branch hands the complete report to headquarters; where the branch wants its manager's step, only
     * after the manager approved it ({@link #allowedFrom}).
     */
    SUBMIT(
            "提出",
            Set.of(ActorKind.BRANCH_EDITOR, ActorKind.BRANCH_MANAGER),
            Set.of(SubmissionState.IN_PROGRESS, SubmissionState.RETURNED),
            SubmissionState.SUBMITTED,
            false),
    /** 差戻し: headquarters sends the report back with a comment saying what to fix. */
    RETURN("差戻し", Set.of(ActorKind.HEADQUARTERS), Set.of(SubmissionState.SUBMITTED), SubmissionState.RETURNED, true),
    /** 承認: headquarters accepts the report; its data is locked from now on. */
    APPROVE("承認", Set.of(ActorKind.HEADQUARTERS), Set.of(SubmissionState.SUBMITTED), SubmissionState.APPROVED, false),
    /** 再開: headquarters reopens an approved report, with its reason; the branch writes it again. */
    REOPEN("再開", Set.of(ActorKind.HEADQUARTERS), Set.of(SubmissionState.APPROVED), SubmissionState.IN_PROGRESS, true);

    private final String nameJa;
    private final Set<ActorKind> actors;
    private final Set<SubmissionState> from;
    private final SubmissionState to;
    private final boolean needsComment;

    SubmissionAction(
            String nameJa, Set<ActorKind> actors, Set<SubmissionState> from, SubmissionState to, boolean needsComment) {
        this.nameJa = nameJa;
        this.actors = actors;
        this.from = from;
        this.to = to;
        this.needsComment = needsComment;
    }

    public String nameJa() {
        return nameJa;
    }

    /** The kinds of actor who may make the transition (a branch's people only for their own branch). */
    public Set<ActorKind> actors() {
        return actors;
    }

    public SubmissionState to() {
        return to;
    }

    /** A return says what to fix, a reopening why: the branch reads it. */
    public boolean needsComment() {
        return needsComment;
    }

    /** Whether only a complete report may take this step: the branch's own approval and submission. */
    public boolean needsCompleteness() {
        return this == APPROVE_IN_BRANCH || this == SUBMIT;
    }

    /** The states the transition starts from on the branch's route. */
    public Set<SubmissionState> allowedFrom(ApprovalRoute route) {
        if (this == SUBMIT && route == ApprovalRoute.VIA_BRANCH_MANAGER) return Set.of(SubmissionState.BRANCH_APPROVED);
        if (this == APPROVE_IN_BRANCH && route == ApprovalRoute.DIRECT) return Set.of();
        return from;
    }
}
