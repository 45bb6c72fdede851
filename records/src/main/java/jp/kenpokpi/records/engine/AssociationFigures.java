package jp.kenpokpi.records.engine;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.ranking.AssociationWide;
import jp.kenpokpi.ranking.AssociationWideValue;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.value.PrintedValue;

/**
 * The association's figure ({@code 00}) of a definition, formed from the branches' computed figures by core's
 * {@link AssociationWide}: Σ numerators / Σ denominators, never a second query and never a mean of rates.
 */
public final class AssociationFigures {

    private AssociationFigures() {}

    public static AssociationWideValue of(KpiDefinition definition, List<ComputedFigure> figures) {
        Map<OrgCode, Result> branches = new LinkedHashMap<>();
        for (ComputedFigure f : figures) {
            if (f.definition().equals(definition) && !f.org().isAssociation()) {
                branches.put(
                        f.org(),
                        new Result(
                                new PrintedValue.NotYet(), Optional.of(f.numerator()), Optional.of(f.denominator())));
            }
        }
        return AssociationWide.compute(definition, branches);
    }

    /** The association's numerator and denominator as a figure of org {@code 00}; empty when no branch has one. */
    public static Optional<ComputedFigure> figure(KpiDefinition definition, List<ComputedFigure> figures) {
        AssociationWideValue value = of(definition, figures);
        if (value.numeratorSum().isEmpty()) return Optional.empty();
        BigDecimal numerator = value.numeratorSum().get();
        BigDecimal denominator = value.denominatorSum().orElseThrow();
        return Optional.of(new ComputedFigure(OrgCode.ASSOCIATION, definition, numerator, denominator));
    }
}
