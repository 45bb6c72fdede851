package jp.kenpokpi.evaluation;

import java.util.Optional;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.result.PriorYearResult;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.target.Achievement;
import jp.kenpokpi.target.Facts;
import jp.kenpokpi.target.HeadquartersRules;
import jp.kenpokpi.target.TargetKind;
import jp.kenpokpi.target.TargetOutcome;
import jp.kenpokpi.target.TargetRule;

/** Judges a KPI's result against its target under a mark policy. */
public final class Evaluator {

    private final MarkPolicy policy;

    public Evaluator(MarkPolicy policy) {
        this.policy = policy;
    }

    /**
     * @param printedTarget the target as set for the organisation; headquarters' compound rules are laid over it
     */
    public KpiEvaluation evaluate(
            OrgCode org,
            KpiDefinition definition,
            Optional<TargetRule> printedTarget,
            Result result,
            PriorYearResult priorYear) {
        Optional<TargetRule> rule = printedTarget.map(t -> HeadquartersRules.applyTo(definition.kpiCode(), org, t));
        TargetOutcome outcome = rule.map(r -> r.evaluate(new Facts(definition, result, priorYear)))
                .orElseGet(() -> TargetOutcome.without(
                        Achievement.NO_TARGET,
                        TargetKind.ABSOLUTE,
                        result.isPresent() ? "目標が設定されていません" : "目標・実績とも未設定"));
        return new KpiEvaluation(
                definition, rule, result, outcome, policy.markFor(outcome), SelfEvaluationSuggestion.suggest(outcome));
    }
}
