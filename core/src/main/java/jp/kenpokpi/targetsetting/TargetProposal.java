package jp.kenpokpi.targetsetting;

import java.util.Optional;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;

/**
 * A branch's own target for a KPI, proposed to headquarters with its reasoning (設定に当たっての考え方, which R6
 * prints), and headquarters' decision on it.
 *
 * @param comment   headquarters' comment on its decision (required when it returns the proposal)
 * @param decidedBy who at headquarters decided, empty while it waits
 */
public record TargetProposal(
        OrgCode branch,
        FiscalYear year,
        String kpiCode,
        String targetText,
        String reasoning,
        ProposalState state,
        Optional<String> comment,
        String proposedBy,
        Optional<String> decidedBy) {

    public TargetProposal {
        targetText = targetText.strip();
        reasoning = reasoning.strip();
        comment = comment.map(String::strip).filter(c -> !c.isEmpty());
    }

    /** A new proposal, or a branch's revision of its own: it waits for headquarters again. */
    public static TargetProposal propose(
            OrgCode branch, FiscalYear year, String kpiCode, String targetText, String reasoning, String by) {
        return new TargetProposal(
                branch,
                year,
                kpiCode,
                targetText,
                reasoning,
                ProposalState.PROPOSED,
                Optional.empty(),
                by,
                Optional.empty());
    }

    /** Headquarters takes the proposal: its target becomes the branch's target. */
    public TargetProposal accept(String by, Optional<String> comment) {
        return decided(ProposalState.ACCEPTED, by, comment);
    }

    /** Headquarters sends it back with why; the branch proposes again. */
    public TargetProposal returnToBranch(String by, String comment) {
        return decided(ProposalState.RETURNED, by, Optional.of(comment));
    }

    /** Why headquarters cannot decide on it now, or empty: only a waiting proposal is decided. */
    public Optional<String> decisionRefusal() {
        if (state == ProposalState.PROPOSED) return Optional.empty();
        return Optional.of("この提案は" + state.nameJa() + "済みです（支部が提案し直すと、もう一度判断できます）");
    }

    private TargetProposal decided(ProposalState to, String by, Optional<String> comment) {
        return new TargetProposal(
                branch, year, kpiCode, targetText, reasoning, to, comment, proposedBy, Optional.of(by));
    }
}
