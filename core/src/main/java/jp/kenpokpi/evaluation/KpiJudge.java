package jp.kenpokpi.evaluation;

import java.math.BigDecimal;
import java.util.Optional;
import jp.kenpokpi.catalogue.Direction;
import jp.kenpokpi.catalogue.Kpi;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.ranking.NationalValue;
import jp.kenpokpi.ranking.NationalValues;
import jp.kenpokpi.result.FinalResults;
import jp.kenpokpi.result.KpiDataSet;
import jp.kenpokpi.result.PriorYearResolver;
import jp.kenpokpi.result.PriorYearResult;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.result.StoredResult;
import jp.kenpokpi.result.StoredTarget;
import jp.kenpokpi.target.TargetRule;
import jp.kenpokpi.target.TargetRuleParser;
import jp.kenpokpi.value.PrintedValue;
import jp.kenpokpi.value.UnreadableValueException;

/**
 * The one entry point through which every page, report and export judges a KPI of an organisation and year: the
 * year's printed target (with headquarters' compound rules), the prior year's final result for a relative target
 * and, for the association, its one national value where it recorded no result of its own (published, printed by
 * a branch, or computed from the branches: {@link NationalValues}). The dashboard's rows, the KPI page's target line
 * and tiles, the comparison, the reports and the entry form all ask it, so they cannot disagree.
 */
public record KpiJudge(KpiDataSet data, NationalValues nationalValues, Evaluator evaluator) {

    public KpiJudge(KpiDataSet data, NationalValues nationalValues, MarkPolicy policy) {
        this(data, nationalValues, new Evaluator(policy));
    }

    /** Judges the organisation's own year-end result ({@link #resultOf}). */
    public KpiEvaluation evaluate(Kpi kpi, KpiDefinition definition, OrgCode org, FiscalYear year) {
        return evaluate(kpi, definition, org, year, resultOf(definition, org, year));
    }

    /** Judges a given result (the value the entry form is about to save) as the organisation's year would be. */
    public KpiEvaluation evaluate(Kpi kpi, KpiDefinition definition, OrgCode org, FiscalYear year, Result result) {
        return evaluator.evaluate(
                org, definition, printedRule(definition, org, year), result, priorYear(kpi, org, year));
    }

    /**
     * The year-end result judged: the stored one; for the association without a result of its own, its national
     * value ({@link #associationStandIn}).
     */
    public Result resultOf(KpiDefinition definition, OrgCode org, FiscalYear year) {
        Result stored = data.finalResult(org, year, definition.kpiCode(), definition.definitionFy())
                .map(StoredResult::result)
                .orElse(Result.none());
        if (stored.isPresent()) return stored;
        return associationStandIn(definition, org, year)
                .map(v -> computedResult(definition, v.value()))
                .orElse(stored);
    }

    /** The association's national value standing in for a result it did not record; empty for a branch. */
    public Optional<NationalValue> associationStandIn(KpiDefinition definition, OrgCode org, FiscalYear year) {
        if (!org.isAssociation()) return Optional.empty();
        boolean recorded = data.finalResult(org, year, definition.kpiCode(), definition.definitionFy())
                .map(r -> r.result().isPresent())
                .orElse(false);
        return recorded ? Optional.empty() : nationalValues.association(definition, year);
    }

    /** What a relative target compares with: the prior year's final result, by the same rule as {@link #resultOf}. */
    public PriorYearResult priorYear(Kpi kpi, OrgCode org, FiscalYear year) {
        FinalResults finals = (o, y, code, version) ->
                Optional.of(resultOf(kpi.versionStartingIn(version).orElseThrow(), o, y));
        return PriorYearResolver.resolve(kpi, org, year, finals);
    }

    /** The target as the organisation printed it for the year; one that no longer reads counts as not set. */
    public Optional<TargetRule> printedRule(KpiDefinition definition, OrgCode org, FiscalYear year) {
        Optional<StoredTarget> target = data.target(org, year, definition.kpiCode());
        if (target.isEmpty()) return Optional.empty();
        try {
            return TargetRuleParser.parse(target.get().text(), definition);
        } catch (UnreadableValueException e) {
            // Targets are checked on import; one that no longer reads (a catalogue change) is shown as not set.
            return Optional.empty();
        }
    }

    /** A value computed or published for the association, read as a result of the KPI. */
    public static Result computedResult(KpiDefinition definition, BigDecimal value) {
        if (definition.direction() == Direction.DONE) {
            return Result.of(new PrintedValue.BranchCount(value.intValue()));
        }
        return Result.of(new PrintedValue.Amount(value, Optional.of(definition.unit())));
    }
}
