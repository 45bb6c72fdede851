package jp.kenpokpi.targetsetting;

import java.util.Optional;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.result.StoredTarget;
import jp.kenpokpi.value.Figure;

/**
 * One cell of the target grid: a branch's target for a KPI in the year, what it was the year before (the cell's
 * suggestion while it is empty), and the branch's proposal for it, if any.
 */
public record TargetCell(
        OrgCode org,
        String kpiCode,
        Optional<StoredTarget> target,
        Optional<StoredTarget> lastYear,
        Optional<TargetProposal> proposal) {

    /** The target as stored, or "" when none is set. */
    public String text() {
        return target.map(StoredTarget::text).orElse("");
    }

    /** Last year's target, offered while the cell is empty (前年度から写す writes it). */
    public Optional<String> suggestion() {
        return target.isPresent() ? Optional.empty() : lastYear.map(StoredTarget::text);
    }

    /** The target as every page and export shows it, with its labels (架空); none when no target is set. */
    public Figure figure() {
        return target.map(StoredTarget::figure).orElseGet(Figure::none);
    }

    /** A proposal waiting for headquarters' decision. */
    public boolean awaitsDecision() {
        return proposal.map(p -> p.state() == ProposalState.PROPOSED).orElse(false);
    }

    /** The form field the grid names the cell by: t_09_SS_ACHIEVEMENT (a KPI code is letters, digits and _). */
    public String fieldName() {
        return CellKey.of(org, kpiCode).fieldName();
    }
}
