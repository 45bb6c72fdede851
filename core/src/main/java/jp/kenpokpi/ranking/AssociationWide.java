package jp.kenpokpi.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.catalogue.AggregationMethod;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.result.Result;

/**
 * Forms the association-wide value: Σ numerator / Σ denominator for a ratio, Σ for a count, the number of branches
 * that carried it out for an action. Never a mean of the branches' rates, which would weigh Tottori like Tokyo.
 */
public final class AssociationWide {

    private AssociationWide() {}

    public static AssociationWideValue compute(KpiDefinition definition, Map<OrgCode, Result> branchResults) {
        AggregationMethod method = definition.aggregationMethod();
        List<OrgCode> missing = new ArrayList<>();
        BigDecimal numerator = BigDecimal.ZERO;
        BigDecimal denominator = BigDecimal.ZERO;
        int contributing = 0;
        for (Map.Entry<OrgCode, Result> e : branchResults.entrySet()) {
            if (e.getKey().isAssociation()) continue;
            Result r = e.getValue();
            switch (method) {
                case RATIO -> {
                    if (r.hasNumeratorAndDenominator()) {
                        numerator = numerator.add(r.numerator().orElseThrow());
                        denominator = denominator.add(r.denominator().orElseThrow());
                        contributing++;
                    } else {
                        missing.add(e.getKey());
                    }
                }
                case SUM -> {
                    Optional<BigDecimal> n = r.number(definition);
                    if (n.isPresent()) {
                        numerator = numerator.add(n.get());
                        contributing++;
                    } else {
                        missing.add(e.getKey());
                    }
                }
                case BRANCHES_DONE -> {
                    Optional<Boolean> done = r.carriedOut();
                    if (done.isPresent()) {
                        if (done.get()) numerator = numerator.add(BigDecimal.ONE);
                        contributing++;
                    } else {
                        missing.add(e.getKey());
                    }
                }
                case NONE -> missing.add(e.getKey());
            }
        }
        missing.sort(null);
        return switch (method) {
            case RATIO ->
                contributing == 0 || denominator.signum() == 0
                        ? new AssociationWideValue(method, Optional.empty(), 0, missing, "分子・分母のある支部がありません")
                        : new AssociationWideValue(
                                method,
                                Optional.of(definition
                                        .precision()
                                        .round(Result.quotient(numerator, denominator, definition.unit()))),
                                contributing,
                                missing,
                                "Σ" + definition.numeratorJa() + " ÷ Σ" + definition.denominatorJa() + "（"
                                        + contributing + "支部）",
                                Optional.of(numerator),
                                Optional.of(denominator));
            case SUM ->
                new AssociationWideValue(
                        method,
                        contributing == 0 ? Optional.empty() : Optional.of(numerator),
                        contributing,
                        missing,
                        "支部の合計（" + contributing + "支部）");
            case BRANCHES_DONE ->
                new AssociationWideValue(
                        method,
                        contributing == 0 ? Optional.empty() : Optional.of(numerator),
                        contributing,
                        missing,
                        "実施した支部の数（" + contributing + "支部中）");
            case NONE ->
                new AssociationWideValue(method, Optional.empty(), 0, missing, "支部の値から協会全体の値は算出できません（分子・分母のない指標）");
        };
    }
}
