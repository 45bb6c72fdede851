package jp.kenpokpi.targetsetting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import org.junit.jupiter.api.Test;

/** A branch proposes a target with its reasoning; headquarters accepts or returns it, once per proposal. */
class TargetProposalTest {

    private final TargetProposal proposed = TargetProposal.propose(
            OrgCode.of("05"), FiscalYear.of(2026), "SS_ACHIEVEMENT", " 96.0%以上 ", "前年度の実績を踏まえ ", "akita");

    @Test
    void a_proposal_waits_for_headquarters_with_its_texts_trimmed() {
        assertThat(proposed.state()).isEqualTo(ProposalState.PROPOSED);
        assertThat(proposed.targetText()).isEqualTo("96.0%以上");
        assertThat(proposed.reasoning()).isEqualTo("前年度の実績を踏まえ");
        assertThat(proposed.decisionRefusal()).isEmpty();
    }

    @Test
    void headquarters_returns_it_with_a_comment_and_cannot_decide_again_until_the_branch_proposes_again() {
        TargetProposal returned = proposed.returnToBranch("hq", "全国平均を下回る目標です");

        assertThat(returned.state()).isEqualTo(ProposalState.RETURNED);
        assertThat(returned.comment()).contains("全国平均を下回る目標です");
        assertThat(returned.decidedBy()).contains("hq");
        assertThat(returned.decisionRefusal())
                .hasValueSatisfying(m -> assertThat(m).contains("差戻し済み"));
    }

    @Test
    void accepted_it_keeps_its_target_and_reasoning() {
        TargetProposal accepted = proposed.accept("hq", Optional.empty());

        assertThat(accepted.state()).isEqualTo(ProposalState.ACCEPTED);
        assertThat(accepted.targetText()).isEqualTo("96.0%以上");
        assertThat(accepted.comment()).isEmpty();
    }
}
