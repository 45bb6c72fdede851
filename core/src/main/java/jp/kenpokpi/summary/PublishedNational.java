package jp.kenpokpi.summary;

import java.math.BigDecimal;
import java.util.Optional;

import jp.kenpokpi.catalogue.AggregationMethod;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;

/**
 * A 全国平均 as published rather than computed: what a branch's own report printed beside its result, else the
 * association's published result for the year.
 *
 * @param synthetic the row it was read from is synthetic (架空)
 * @param sourceJa  which of the two it is, in words
 */
public record PublishedNational(BigDecimal value, boolean synthetic, String sourceJa) {

    /**
     * @param branchRow the branch's year-end row under the definition, whose printed national value comes first
     */
    public static Optional<PublishedNational> find(KpiDataSet data, KpiDefinition definition, FiscalYear year,
                                                   Optional<StoredResult> branchRow) {
        Optional<PublishedNational> printed = branchRow.flatMap(r -> r.nationalValue()
                .map(v -> new PublishedNational(v, r.synthetic(), "支部の報告書に記載の全国平均")));
        // Only a ratio's association value is an average to set beside one branch; a total of offices is not.
        if (printed.isPresent() || definition.aggregationMethod() != AggregationMethod.RATIO) return printed;
        return data.finalResult(OrgCode.ASSOCIATION, year, definition.kpiCode(), definition.definitionFy())
                .flatMap(r -> r.result().number(definition)
                        .map(v -> new PublishedNational(v, r.synthetic(), "協会全体の公表値")));
    }
}
