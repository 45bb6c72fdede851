package jp.kenpokpi.catalogue;

import java.util.Optional;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.value.Unit;

/**
 * One version of a KPI's definition, valid from a fiscal year until another version replaces it or the KPI is
 * dropped. Values computed under different versions are not comparable.
 */
public record KpiDefinition(
        String kpiCode,
        FiscalYear validFrom,
        Optional<FiscalYear> validTo,
        String areaJa,
        String groupJa,
        String nameJa,
        Unit unit,
        Direction direction,
        ReportingPrecision precision,
        String numeratorJa,
        String denominatorJa,
        String definitionNoteJa) {

    public boolean isValidIn(FiscalYear year) {
        return !year.isBefore(validFrom) && validTo.map(to -> !year.isAfter(to)).orElse(true);
    }

    /** A ratio KPI has a numerator and a denominator, and its value is always their quotient. */
    public boolean isRatio() {
        return !numeratorJa.isBlank() && !denominatorJa.isBlank();
    }

    public AggregationMethod aggregationMethod() {
        if (direction == Direction.DONE) return AggregationMethod.BRANCHES_DONE;
        if (isRatio()) return AggregationMethod.RATIO;
        if (unit == Unit.OFFICES || unit == Unit.CASES || unit == Unit.PERSONS) return AggregationMethod.SUM;
        return AggregationMethod.NONE;
    }

    /** The first fiscal year of this version, as the interchange's definition_fy names it. */
    public int definitionFy() {
        return validFrom.value();
    }
}
