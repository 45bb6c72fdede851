package jp.kenpokpi.evaluation;

import java.util.Optional;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.target.TargetOutcome;
import jp.kenpokpi.target.TargetRule;

/** One KPI judged for one organisation and year: the rule applied, the outcome with its reason, and the mark. */
public record KpiEvaluation(
        KpiDefinition definition,
        Optional<TargetRule> rule,
        Result result,
        TargetOutcome outcome,
        Mark mark,
        Optional<SelfEvaluation> suggestedSelfEvaluation) {

    public Optional<Boolean> achieved() {
        return outcome.achievement().achieved();
    }

    /**
     * A missed target (△, or × for a done-target not carried out) needs the branch's narrative: what was done and
     * why it fell short. The one rule the entry form and a report's submission hold a result to.
     */
    public boolean needsNarrative() {
        return achieved().equals(Optional.of(false));
    }

    /** What the branch is asked for when {@link #needsNarrative} holds, with why the target counts as missed. */
    public String narrativeDueJa() {
        return "目標を達成していないため、取組内容と達成できなかった理由を入力してください（" + outcome.reason() + "）";
    }
}
