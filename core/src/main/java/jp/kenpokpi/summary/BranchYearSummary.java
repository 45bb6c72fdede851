package jp.kenpokpi.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.catalogue.AggregationMethod;
import jp.kenpokpi.catalogue.Kpi;
import jp.kenpokpi.catalogue.KpiCatalogue;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.evaluation.KpiEvaluation;
import jp.kenpokpi.evaluation.KpiJudge;
import jp.kenpokpi.evaluation.MarkPolicy;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.ranking.AssociationWide;
import jp.kenpokpi.ranking.AssociationWideValue;
import jp.kenpokpi.ranking.BranchRanking;
import jp.kenpokpi.ranking.NationalComparison;
import jp.kenpokpi.ranking.NationalValue;
import jp.kenpokpi.ranking.NationalValues;
import jp.kenpokpi.ranking.RankedBranch;
import jp.kenpokpi.result.KpiDataSet;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.result.StoredResult;
import jp.kenpokpi.result.StoredTarget;
import jp.kenpokpi.value.Figure;

/** Builds an organisation's KPI summary for a fiscal year: every KPI of the catalogue valid in that year. */
public final class BranchYearSummary {

    private final KpiCatalogue catalogue;
    private final KpiDataSet data;
    private final NationalValues nationalValues;
    private final KpiJudge judge;

    public BranchYearSummary(KpiCatalogue catalogue, KpiDataSet data, MarkPolicy policy) {
        this.catalogue = catalogue;
        this.data = data;
        this.nationalValues = new NationalValues(data);
        this.judge = new KpiJudge(data, nationalValues, policy);
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

        Result result = judge.resultOf(definition, org, year);
        // The association's own result is its one national value where it recorded none: published, printed by a
        // branch, or computed.
        Figure actual = judge.associationStandIn(definition, org, year)
                .map(NationalValue::figure)
                .orElseGet(
                        () -> stored.map(s -> ResultText.figure(s, definition)).orElseGet(Figure::none));
        KpiEvaluation evaluation = judge.evaluate(kpi, definition, org, year, result);
        Figure shownActual = actual.isPresent()
                ? actual
                : ResultText.figure(Optional.empty(), evaluation.result(), definition, false, actual.synthetic());

        Optional<NationalValue> nationalValue = nationalValues.beside(org, definition, year);
        NationalComparison national = NationalComparison.of(
                nationalValue.filter(n -> !n.computed()).map(NationalValue::value),
                definition.aggregationMethod() == AggregationMethod.RATIO && associationWide.isComplete()
                        ? associationWide.value()
                        : Optional.empty(),
                definition.unit());

        List<RankedBranch> ranking = BranchRanking.rank(definition, branches);
        Optional<Integer> rank = org.isAssociation()
                ? Optional.empty()
                : BranchRanking.rankOf(org, ranking).map(RankedBranch::rank);

        boolean synthetic = target.map(StoredTarget::synthetic).orElse(false) || shownActual.synthetic();
        return new SummaryRow(
                Organisations.all().get(org),
                year,
                definition,
                List.of(
                        priorYear(org, kpi, definition, year.plus(-2)),
                        priorYear(org, kpi, definition, year.previous())),
                target,
                shownActual,
                evaluation,
                stored.flatMap(StoredResult::printedMark),
                stored.flatMap(StoredResult::selfEvaluation),
                associationWide,
                national,
                nationalValue,
                rank,
                ranking.size(),
                stored.flatMap(StoredResult::nationalRank),
                nextYearTarget(org, kpi, year.next()),
                data.target(org, year.next(), code).map(StoredTarget::synthetic).orElse(false),
                stored.flatMap(StoredResult::note).or(() -> target.flatMap(StoredTarget::note)),
                synthetic,
                stored.flatMap(StoredResult::selfEvaluationReason),
                stored.flatMap(StoredResult::narrative),
                stored.flatMap(StoredResult::source));
    }

    /**
     * Judges a result of the organisation's year as this summary's rows do ({@link KpiJudge}). The entry form judges
     * the value being saved with it, so that the form and the dashboard never disagree.
     */
    public KpiEvaluation evaluate(OrgCode org, FiscalYear year, KpiDefinition definition, Result result) {
        return judge.evaluate(catalogue.get(definition.kpiCode()), definition, org, year, result);
    }

    private PriorYearCell priorYear(OrgCode org, Kpi kpi, KpiDefinition current, FiscalYear year) {
        Optional<KpiDefinition> definition = kpi.definitionIn(year);
        if (definition.isEmpty()) return new PriorYearCell(year, Figure.none(), false);
        boolean comparable = definition.get().definitionFy() == current.definitionFy();
        Optional<StoredResult> stored =
                data.finalResult(org, year, kpi.code(), definition.get().definitionFy());
        Figure figure = stored.map(s -> ResultText.figure(s, definition.get())).orElseGet(Figure::none);
        if (!figure.isPresent() && org.isAssociation()) {
            Optional<NationalValue> value = nationalValues.association(definition.get(), year);
            if (value.isPresent()) return new PriorYearCell(year, value.get().figure(), comparable);
        }
        return new PriorYearCell(year, figure, comparable);
    }

    private String nextYearTarget(OrgCode org, Kpi kpi, FiscalYear next) {
        if (kpi.isDroppedIn(next)) return "削除";
        return data.target(org, next, kpi.code())
                .map(t -> t.note()
                                .filter(n -> n.startsWith("※"))
                                .map(n -> n + " ")
                                .orElse("")
                        + jp.kenpokpi.value.ValueFormat.display(t.text()))
                .orElse("");
    }
}
