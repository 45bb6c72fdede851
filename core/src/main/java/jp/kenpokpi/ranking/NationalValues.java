package jp.kenpokpi.ranking;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.catalogue.AggregationMethod;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.evaluation.KpiJudge;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.KpiDataSet;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.result.StoredResult;
import jp.kenpokpi.summary.ResultText;
import jp.kenpokpi.value.Figure;
import jp.kenpokpi.value.PrintedValue;
import jp.kenpokpi.value.Unit;

/**
 * Resolves the one association value of a KPI in a year, which every branch's row, the association's own row, the
 * comparison, the KPI page, the reports and the exports show:
 * <ol>
 * <li>the association's published result, once held;</li>
 * <li>else the 全国平均 a branch's report printed (a real report before a synthetic row, then in code order): the
 * association published it to the branches;</li>
 * <li>else the value computed from the branches' values, labelled 算 (and 架空 when a synthetic value went into it),
 * however many branches it could be formed from; its source says how many.</li>
 * </ol>
 */
public final class NationalValues {

    private final KpiDataSet data;

    public NationalValues(KpiDataSet data) {
        this.data = data;
    }

    public Optional<NationalValue> association(KpiDefinition definition, FiscalYear year) {
        return published(definition, year)
                .or(() -> printedByBranch(definition, year))
                .or(() -> computed(definition, year));
    }

    /**
     * The 全国平均 beside an organisation's result: the one its own report printed, as printed (the same published
     * figure at the branch's precision), else the association's value. Only for ratios: a total of offices or a
     * count of branches is not an average to set beside one branch.
     */
    public Optional<NationalValue> beside(OrgCode org, KpiDefinition definition, FiscalYear year) {
        Optional<NationalValue> own = data.finalResult(org, year, definition.kpiCode(), definition.definitionFy())
                .flatMap(r -> printed(r, definition, "支部の報告書に記載の全国平均"));
        if (own.isPresent() || definition.aggregationMethod() != AggregationMethod.RATIO) return own;
        return association(definition, year);
    }

    private Optional<NationalValue> published(KpiDefinition definition, FiscalYear year) {
        return data.finalResult(OrgCode.ASSOCIATION, year, definition.kpiCode(), definition.definitionFy())
                .flatMap(r -> r.result()
                        .number(definition)
                        .flatMap(v -> Optional.of(ResultText.figure(r, definition))
                                .filter(Figure::isPresent)
                                .map(f -> new NationalValue(v, f, NationalValue.Source.PUBLISHED, "協会全体の公表値"))));
    }

    private Optional<NationalValue> printedByBranch(KpiDefinition definition, FiscalYear year) {
        if (definition.aggregationMethod() != AggregationMethod.RATIO) return Optional.empty();
        return Organisations.all().branches().stream()
                .flatMap(
                        b -> data.finalResult(b.code(), year, definition.kpiCode(), definition.definitionFy()).stream())
                .filter(r -> r.nationalValue().isPresent())
                .sorted(Comparator.comparing(StoredResult::synthetic).thenComparing(StoredResult::org))
                .findFirst()
                .flatMap(r ->
                        printed(r, definition, Organisations.all().get(r.org()).nameJa() + "の報告書に記載の全国平均"));
    }

    /**
     * The 全国平均 a branch printed: its text as printed, its number as read where it came in (at the decimals printed,
     * in the KPI's unit, which the import checks it is printed in).
     */
    private static Optional<NationalValue> printed(StoredResult r, KpiDefinition definition, String sourceJa) {
        return r.nationalValue().map(v -> {
            PrintedValue typed = definition.unit() == Unit.DONE
                    ? new PrintedValue.BranchCount(v.intValue())
                    : new PrintedValue.Amount(v, Optional.of(definition.unit()));
            Figure figure =
                    Figure.printed(r.nationalValueText().orElse(v.toPlainString()), typed, false, r.synthetic());
            // The number compared with the computed one and drawn on the chart without its trailing zeros, as it was
            // always compared; the figure keeps the decimals printed.
            return new NationalValue(v.stripTrailingZeros(), figure, NationalValue.Source.PRINTED_BY_BRANCH, sourceJa);
        });
    }

    private Optional<NationalValue> computed(KpiDefinition definition, FiscalYear year) {
        Map<OrgCode, Result> finals = data.branchFinals(year, definition.kpiCode(), definition.definitionFy());
        AssociationWideValue computed = AssociationWide.compute(definition, finals);
        if (computed.value().isEmpty()) return Optional.empty();
        // At the KPI's reporting precision, the decimals it is printed with: a sum keeps no scale of its own.
        BigDecimal value = definition.precision().round(computed.value().get());
        Result result = KpiJudge.computedResult(definition, value);
        boolean synthetic = anySynthetic(definition, year, finals, computed);
        return Optional.of(ResultText.figure(Optional.empty(), result, definition, true, synthetic))
                .filter(Figure::isPresent)
                .map(f -> new NationalValue(
                        value, f, NationalValue.Source.COMPUTED, "支部の値から算出：" + computed.explanationJa()));
    }

    /** A value formed from branches is synthetic as soon as one synthetic branch value went into it. */
    public boolean anySynthetic(
            KpiDefinition definition, FiscalYear year, Map<OrgCode, Result> finals, AssociationWideValue computed) {
        return finals.keySet().stream()
                .filter(b -> !computed.missing().contains(b))
                .anyMatch(b -> data.finalResult(b, year, definition.kpiCode(), definition.definitionFy())
                        .map(StoredResult::synthetic)
                        .orElse(false));
    }
}
