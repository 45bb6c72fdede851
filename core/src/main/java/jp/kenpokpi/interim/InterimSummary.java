package jp.kenpokpi.interim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.catalogue.Kpi;
import jp.kenpokpi.catalogue.KpiCatalogue;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.evaluation.KpiJudge;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.ranking.AssociationWide;
import jp.kenpokpi.result.KpiDataSet;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.result.StoredResult;
import jp.kenpokpi.summary.ResultText;
import jp.kenpokpi.value.Figure;

/**
 * Builds the interim status as headquarters reports it at the half year: each KPI's latest result as of a month
 * end, against the same month last year and last year's final. Values from another definition version are only
 * used when restated under the current one; otherwise they are marked not comparable.
 */
public final class InterimSummary {

    private final KpiCatalogue catalogue;
    private final KpiDataSet data;

    public InterimSummary(KpiCatalogue catalogue, KpiDataSet data) {
        this.catalogue = catalogue;
        this.data = data;
    }

    public List<InterimRow> rows(OrgCode org, AsOf asOf) {
        FiscalYear year = asOf.fiscalYear();
        List<InterimRow> rows = new ArrayList<>();
        for (KpiDefinition definition : catalogue.definitionsIn(year)) {
            Kpi kpi = catalogue.get(definition.kpiCode());
            InterimCell latest = latest(org, definition, asOf);
            AsOf lastYearMonth = latest.asOf().orElse(asOf).sameMonthLastYear();
            Optional<KpiDefinition> priorDefinition = kpi.definitionIn(year.previous());
            boolean sameDefinition = priorDefinition
                    .map(p -> p.definitionFy() == definition.definitionFy())
                    .orElse(false);
            InterimCell sameMonth = interimAt(org, definition, lastYearMonth, sameDefinition);
            InterimCell lastFinal = finalOf(org, definition, year.previous(), sameDefinition);
            Optional<String> note = sameDefinition
                    ? Optional.empty()
                    : Optional.of((priorDefinition.isEmpty()
                                    ? definition.validFrom().japanese() + "に新設"
                                    : definition.validFrom().japanese() + "に定義変更")
                            + "：前年度の値は"
                            + (sameMonth.text().isPresent() || lastFinal.text().isPresent() ? "新定義による値" : "比較不可"));
            rows.add(
                    new InterimRow(definition, data.target(org, year, kpi.code()), latest, sameMonth, lastFinal, note));
        }
        return rows;
    }

    private InterimCell latest(OrgCode org, KpiDefinition definition, AsOf asOf) {
        Optional<StoredResult> stored = data.latestInterim(org, definition.kpiCode(), definition.definitionFy(), asOf);
        if (stored.isPresent()) return cell(stored.get(), definition, true);
        if (org.isAssociation())
            return computed(
                    data.branchInterims(asOf, definition.kpiCode(), definition.definitionFy()),
                    definition,
                    Optional.of(asOf),
                    true);
        return InterimCell.empty(true);
    }

    /** The same month last year, under the current definition: unchanged, or restated when it changed. */
    private InterimCell interimAt(OrgCode org, KpiDefinition definition, AsOf month, boolean sameDefinition) {
        Optional<StoredResult> stored = data.interim(org, definition.kpiCode(), definition.definitionFy(), month);
        if (stored.isPresent()) return cell(stored.get(), definition, true);
        if (org.isAssociation()) {
            InterimCell computed = computed(
                    data.branchInterims(month, definition.kpiCode(), definition.definitionFy()),
                    definition,
                    Optional.of(month),
                    true);
            if (computed.text().isPresent()) return computed;
        }
        return InterimCell.empty(sameDefinition);
    }

    private InterimCell finalOf(OrgCode org, KpiDefinition definition, FiscalYear year, boolean sameDefinition) {
        Optional<StoredResult> stored = data.finalResult(org, year, definition.kpiCode(), definition.definitionFy());
        if (stored.isPresent()) return cell(stored.get(), definition, true);
        if (org.isAssociation()) {
            InterimCell computed = computed(
                    data.branchFinals(year, definition.kpiCode(), definition.definitionFy()),
                    definition,
                    Optional.empty(),
                    true);
            if (computed.text().isPresent()) return computed;
        }
        return InterimCell.empty(sameDefinition);
    }

    private static InterimCell cell(StoredResult stored, KpiDefinition definition, boolean comparable) {
        return new InterimCell(stored.asOf(), ResultText.figure(stored, definition), comparable, stored.note());
    }

    private static InterimCell computed(
            Map<OrgCode, Result> branches, KpiDefinition definition, Optional<AsOf> asOf, boolean comparable) {
        Figure figure = AssociationWide.compute(definition, branches)
                .value()
                .map(v -> ResultText.figure(
                        Optional.empty(), KpiJudge.computedResult(definition, v), definition, true, true))
                .filter(Figure::isPresent)
                .orElseGet(Figure::none);
        return new InterimCell(figure.isPresent() ? asOf : Optional.empty(), figure, comparable, Optional.empty());
    }
}
