package jp.kenpokpi.ranking;

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
                .flatMap(r -> printed(r, "支部の報告書に記載の全国平均"));
        if (own.isPresent() || definition.aggregationMethod() != AggregationMethod.RATIO) return own;
        return association(definition, year);
    }

    private Optional<NationalValue> published(KpiDefinition definition, FiscalYear year) {
        return data.finalResult(OrgCode.ASSOCIATION, year, definition.kpiCode(), definition.definitionFy())
                .flatMap(r -> r.result()
                        .number(definition)
                        .flatMap(v -> ResultText.of(r, definition)
                                .map(t -> new NationalValue(
                                        v, t, NationalValue.Source.PUBLISHED, r.synthetic(), "協会全体の公表値"))));
    }

    private Optional<NationalValue> printedByBranch(KpiDefinition definition, FiscalYear year) {
        if (definition.aggregationMethod() != AggregationMethod.RATIO) return Optional.empty();
        return Organisations.all().branches().stream()
                .flatMap(
                        b -> data.finalResult(b.code(), year, definition.kpiCode(), definition.definitionFy()).stream())
                .filter(r -> r.nationalValue().isPresent())
                .sorted(Comparator.comparing(StoredResult::synthetic).thenComparing(StoredResult::org))
                .findFirst()
                .flatMap(r -> printed(r, Organisations.all().get(r.org()).nameJa() + "の報告書に記載の全国平均"));
    }

    private static Optional<NationalValue> printed(StoredResult r, String sourceJa) {
        return r.nationalValue()
                .map(v -> new NationalValue(
                        v,
                        r.nationalValueText().orElse(v.toPlainString()),
                        NationalValue.Source.PRINTED_BY_BRANCH,
                        r.synthetic(),
                        sourceJa));
    }

    private Optional<NationalValue> computed(KpiDefinition definition, FiscalYear year) {
        Map<OrgCode, Result> finals = data.branchFinals(year, definition.kpiCode(), definition.definitionFy());
        AssociationWideValue computed = AssociationWide.compute(definition, finals);
        if (computed.value().isEmpty()) return Optional.empty();
        Result result = KpiJudge.computedResult(definition, computed.value().get());
        boolean synthetic = anySynthetic(definition, year, finals, computed);
        return ResultText.of(Optional.empty(), result, definition)
                .map(t -> new NationalValue(
                        computed.value().get(),
                        t,
                        NationalValue.Source.COMPUTED,
                        synthetic,
                        "支部の値から算出：" + computed.explanationJa()));
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
