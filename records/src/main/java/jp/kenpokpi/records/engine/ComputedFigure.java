package jp.kenpokpi.records.engine;

import java.math.BigDecimal;
import java.util.Objects;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.records.definition.KpiQuery;

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

    /**
     * A branch's row of a definition's result as an engine returns it: the branch code must be a branch's (never the
     * association's, which is formed from the branches), and SUM and COUNT, which come back as BIGINT, HUGEINT or
     * DECIMAL by engine and type, are read exactly (a NULL sum is 0).
     */
    public static ComputedFigure ofBranchRow(KpiQuery query, Object branchCode, Object numerator, Object denominator) {
        String branch = branchCode == null ? null : branchCode.toString();
        OrgCode org = OrgCode.read(branch)
                .filter(code -> !code.isAssociation())
                .orElseThrow(() -> new RecordsException(query.fileName() + ": 支部コードではない値があります: " + branch));
        return new ComputedFigure(org, query.definition(), exact(numerator), exact(denominator));
    }

    private static BigDecimal exact(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }

    public String kpiCode() {
        return definition.kpiCode();
    }

    /** The first fiscal year of the definition version the figure was computed under. */
    public FiscalYear definitionVersion() {
        return definition.validFrom();
    }
}
