package jp.kenpokpi.ranking;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.catalogue.AggregationMethod;
import jp.kenpokpi.organisation.OrgCode;

/**
 * The figure for the association as a whole, formed from the branches' values.
 *
 * @param contributing how many branches it is formed from
 * @param missing      the branches whose values could not be used (no result, or a rate without its numerator
 *                     and denominator), so a reader sees how complete it is
 * @param numeratorSum   Σ numerator of the contributing branches, for a ratio; empty otherwise
 * @param denominatorSum Σ denominator of the contributing branches, for a ratio; empty otherwise
 */
public record AssociationWideValue(
        AggregationMethod method,
        Optional<BigDecimal> value,
        int contributing,
        List<OrgCode> missing,
        String explanationJa,
        Optional<BigDecimal> numeratorSum,
        Optional<BigDecimal> denominatorSum) {

    /** A value that is not a ratio of sums. */
    public AssociationWideValue(
            AggregationMethod method,
            Optional<BigDecimal> value,
            int contributing,
            List<OrgCode> missing,
            String explanationJa) {
        this(method, value, contributing, missing, explanationJa, Optional.empty(), Optional.empty());
    }

    /** Formed from every one of the 47 branches: only then is it the association's value, not a partial sum. */
    public boolean isComplete() {
        return value.isPresent()
                && missing.isEmpty()
                && contributing == jp.kenpokpi.organisation.Organisations.all().branchCount();
    }
}
