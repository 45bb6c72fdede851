package jp.kenpokpi.records.engine;

import java.math.BigDecimal;
import java.util.Objects;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;

/**
 * A KPI's numerator and denominator for one branch (or, formed in Java from the branches, for the association
 * {@code 00}), computed from records under one definition version.
 */
public record ComputedFigure(OrgCode org, KpiDefinition definition, BigDecimal numerator, BigDecimal denominator) {

    public ComputedFigure {
        Objects.requireNonNull(org);
        Objects.requireNonNull(definition);
        Objects.requireNonNull(numerator);
        Objects.requireNonNull(denominator);
    }

    public String kpiCode() {
        return definition.kpiCode();
    }

    /** The first fiscal year of the definition version the figure was computed under. */
    public FiscalYear definitionVersion() {
        return definition.validFrom();
    }
}
