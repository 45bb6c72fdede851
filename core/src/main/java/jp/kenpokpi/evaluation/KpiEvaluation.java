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
}
