package jp.kenpokpi.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.kenpokpi.catalogue.AggregationMethod;
import jp.kenpokpi.catalogue.Kpi;
import jp.kenpokpi.catalogue.KpiCatalogue;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.evaluation.Evaluator;
import jp.kenpokpi.evaluation.KpiEvaluation;
import jp.kenpokpi.evaluation.MarkPolicy;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.ranking.AssociationWide;
import jp.kenpokpi.ranking.AssociationWideValue;
import jp.kenpokpi.ranking.BranchRanking;
import jp.kenpokpi.ranking.NationalComparison;
import jp.kenpokpi.ranking.RankedBranch;
import jp.kenpokpi.result.FinalResults;
import jp.kenpokpi.result.PriorYearResolver;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.target.TargetRule;
import jp.kenpokpi.target.TargetRuleParser;
import jp.kenpokpi.value.PrintedValue;
import jp.kenpokpi.value.UnreadableValueException;

/** Builds an organisation's KPI summary for a fiscal year: every KPI of the catalogue valid in that year. */
public final class BranchYearSummary {

    private final KpiCatalogue catalogue;
    private final KpiDataSet data;
    private final Evaluator evaluator;

    public BranchYearSummary(KpiCatalogue catalogue, KpiDataSet data, MarkPolicy policy) {
        this.catalogue = catalogue;
        this.data = data;
        this.evaluator = new Evaluator(policy);
    }

    public List<SummaryRow> rows(OrgCode org, FiscalYear year) {
        List<SummaryRow> rows = new ArrayList<>();
        for (KpiDefinition definition : catalogue.definitionsIn(year)) {
            rows.add(row(org, year, catalogue.get(definition.kpiCode()), definition));
        }
        return rows;
    }

    private SummaryRow row(OrgCode org, FiscalYear year, Kpi kpi, KpiDefinition definition) {
        String code = kpi.code();
        int version = definition.definitionFy();
        Optional<StoredTarget> target = data.target(org, year, code);
        Optional<StoredResult> stored = data.finalResult(org, year, code, version);
        Map<OrgCode, Result> branches = data.branchFinals(year, code, version);
        AssociationWideValue associationWide = AssociationWide.compute(definition, branches);

        Result result = stored.map(StoredResult::result).orElse(Result.none());
        boolean computed = false;
        if (org.isAssociation() && !result.isPresent() && associationWide.value().isPresent()) {
            result = computedResult(definition, associationWide.value().get());
            computed = true;
        }
        KpiEvaluation evaluation = evaluate(org, year, definition, result);

        NationalComparison national = national(definition, year, stored, associationWide);

        List<RankedBranch> ranking = BranchRanking.rank(definition, branches);
        Optional<Integer> rank = org.isAssociation() ? Optional.empty()
                : BranchRanking.rankOf(org, ranking).map(RankedBranch::rank);

        Optional<String> actualText = stored.flatMap(s -> ResultText.of(s, definition))
                .or(() -> ResultText.of(Optional.empty(), evaluation.result(), definition));
        boolean synthetic = target.map(StoredTarget::synthetic).orElse(false)
                || stored.map(StoredResult::synthetic).orElse(false);
        return new SummaryRow(Organisations.all().get(org), year, definition,
                List.of(priorYear(org, kpi, definition, year.plus(-2)), priorYear(org, kpi, definition, year.previous())),
                target, actualText, computed, evaluation, stored.flatMap(StoredResult::printedMark),
                stored.flatMap(StoredResult::selfEvaluation),
                associationWide, national, stored.flatMap(StoredResult::nationalValueText),
                nationalSynthetic(definition, year, stored, national), rank, ranking.size(), stored.flatMap(StoredResult::nationalRank),
                nextYearTarget(org, kpi, year.next()),
                data.target(org, year.next(), code).map(StoredTarget::synthetic).orElse(false),
                stored.flatMap(StoredResult::note).or(() -> target.flatMap(StoredTarget::note)),
                synthetic);
    }

    /**
     * Judges a result of the organisation's year as this summary's rows do: the year's target (with headquarters'
     * compound rules) and, for a relative target, the prior year's final result. The entry form judges the value
     * being saved with it, so that the form and the dashboard never disagree.
     */
    public KpiEvaluation evaluate(OrgCode org, FiscalYear year, KpiDefinition definition, Result result) {
        Kpi kpi = catalogue.get(definition.kpiCode());
        return evaluator.evaluate(org, definition, rule(data.target(org, year, kpi.code()), definition), result,
                PriorYearResolver.resolve(kpi, org, year, finalsWithComputedAssociation()));
    }

    /**
     * The 全国平均 beside a branch: what the branch's report printed, else the association's published result, else
     * the value computed from all branches. Only for ratios: a total of offices or a count of branches is not an
     * average to set beside one branch, and a ratio formed from some branches only would mislead.
     */
    private NationalComparison national(KpiDefinition definition, FiscalYear year, Optional<StoredResult> stored,
                                        AssociationWideValue associationWide) {
        boolean average = definition.aggregationMethod() == AggregationMethod.RATIO;
        Optional<BigDecimal> published = PublishedNational.find(data, definition, year, stored).map(PublishedNational::value);
        Optional<BigDecimal> computed = average && associationWide.isComplete() ? associationWide.value() : Optional.empty();
        return NationalComparison.of(published, computed, definition.unit());
    }

    /** Whether the 全国平均 shown comes from a synthetic row, or is computed from branches of which one is synthetic. */
    private boolean nationalSynthetic(KpiDefinition definition, FiscalYear year, Optional<StoredResult> stored,
                                      NationalComparison national) {
        Optional<PublishedNational> published = PublishedNational.find(data, definition, year, stored);
        if (published.isPresent()) return published.get().synthetic();
        if (national.computed().isEmpty()) return false;
        return Organisations.all().branches().stream().anyMatch(b -> data.finalResult(b.code(), year,
                definition.kpiCode(), definition.definitionFy()).map(StoredResult::synthetic).orElse(false));
    }

    /** The association's prior year falls back to the value computed from the branches when none was published. */
    private FinalResults finalsWithComputedAssociation() {
        return (o, y, code, version) -> {
            Optional<Result> found = data.find(o, y, code, version);
            if (found.isPresent() || !o.isAssociation()) return found;
            KpiDefinition definition = catalogue.get(code).versionStartingIn(version).orElseThrow();
            return AssociationWide.compute(definition, data.branchFinals(y, code, version)).value()
                    .map(v -> computedResult(definition, v));
        };
    }

    static Result computedResult(KpiDefinition definition, BigDecimal value) {
        if (definition.direction() == jp.kenpokpi.catalogue.Direction.DONE) {
            return Result.of(new PrintedValue.BranchCount(value.intValue()));
        }
        return Result.of(new PrintedValue.Amount(value, Optional.of(definition.unit())));
    }

    static Optional<TargetRule> rule(Optional<StoredTarget> target, KpiDefinition definition) {
        if (target.isEmpty()) return Optional.empty();
        try {
            return TargetRuleParser.parse(target.get().text(), definition);
        } catch (UnreadableValueException e) {
            // Targets are checked on import; one that no longer reads (a catalogue change) is shown as not set.
            return Optional.empty();
        }
    }

    private PriorYearCell priorYear(OrgCode org, Kpi kpi, KpiDefinition current, FiscalYear year) {
        Optional<KpiDefinition> definition = kpi.definitionIn(year);
        if (definition.isEmpty()) return new PriorYearCell(year, Optional.empty(), false, false);
        Optional<StoredResult> stored = data.finalResult(org, year, kpi.code(), definition.get().definitionFy());
        Optional<String> text = stored.flatMap(s -> ResultText.of(s, definition.get()));
        if (text.isEmpty() && org.isAssociation()) {
            text = AssociationWide.compute(definition.get(), data.branchFinals(year, kpi.code(), definition.get().definitionFy()))
                    .value().flatMap(v -> ResultText.of(Optional.empty(), computedResult(definition.get(), v), definition.get()));
        }
        return new PriorYearCell(year, text, definition.get().definitionFy() == current.definitionFy(),
                stored.map(StoredResult::synthetic).orElse(false));
    }

    private String nextYearTarget(OrgCode org, Kpi kpi, FiscalYear next) {
        if (kpi.isDroppedIn(next)) return "削除";
        return data.target(org, next, kpi.code())
                .map(t -> t.note().filter(n -> n.startsWith("※")).map(n -> n + " ").orElse("") + t.text())
                .orElse("");
    }
}
