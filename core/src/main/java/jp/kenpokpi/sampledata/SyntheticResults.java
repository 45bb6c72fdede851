package jp.kenpokpi.sampledata;

import java.math.BigDecimal;
import java.util.Optional;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.value.Unit;
import jp.kenpokpi.value.ValueFormat;

/**
 * Turns a branch's modelled value into a result as the reports print it: a ratio KPI gets whole-number numerator
 * and denominator and the quotient at the KPI's precision (what the importer checks), a count whole offices, a
 * measure its decimals, a done-KPI 実施 or 未実施. Every method is a pure function of its arguments, so a prior
 * year's result can be asked for again when a target is set.
 */
final class SyntheticResults {

    /** Share of the branches that carry a done-KPI out, of those that will by year end, by September (本部: 6 of 47). */
    private static final double DONE_BY_SEPTEMBER = 0.2;
    /** A cumulative count's growth in a year before the level table starts: the association's 健康宣言 grew by about a fifth a year. */
    private static final double GROWTH_BEFORE_TABLE = 1.2;

    private final BranchModel model;

    SyntheticResults(BranchModel model) {
        this.model = model;
    }

    SyntheticResult yearEnd(OrgCode branch, KpiDefinition definition, int year) {
        KpiLevel level = KpiLevels.get(definition.kpiCode(), definition.definitionFy());
        return switch (level.shape()) {
            case RATIO -> {
                long denominator = level.denominator().count(branch, year);
                double value = model.value(branch, level, year);
                yield ratio(definition, numerator(definition, value, denominator), denominator);
            }
            case COUNT -> count(definition, model.value(branch, level, year));
            case MEASURE -> measure(definition, model.value(branch, level, year));
            case DONE -> SyntheticResult.done(model.carriesOut(branch, level, year));
        };
    }

    /** The first-half result (上期, as of September). */
    SyntheticResult interim(OrgCode branch, KpiDefinition definition, int year) {
        KpiLevel level = KpiLevels.get(definition.kpiCode(), definition.definitionFy());
        double shareOfYear = 0.35 + 0.20 * Draws.uniform("interim-share", level.kpiCode(), branch, year);
        return switch (level.shape()) {
            case RATIO -> interimRatio(branch, definition, level, year, shareOfYear);
            case COUNT -> count(definition, interimCount(branch, level, year, shareOfYear));
            case MEASURE -> measure(definition, model.halfYearValue(branch, level, year));
            case DONE ->
                SyntheticResult.done(model.carriesOut(branch, level, year)
                        && Draws.uniform("done-by-september", level.kpiCode(), branch, year) < DONE_BY_SEPTEMBER);
        };
    }

    private SyntheticResult interimRatio(
            OrgCode branch, KpiDefinition definition, KpiLevel level, int year, double shareOfYear) {
        long denominator = level.denominator().count(branch, year);
        if (level.interim() == KpiLevel.Interim.CUMULATIVE) {
            // The same people to reach, a part of them reached by September.
            long finalNumerator = yearEnd(branch, definition, year).numerator().orElseThrow();
            return ratio(definition, Math.round(finalNumerator * shareOfYear), denominator);
        }
        if (level.interim() == KpiLevel.Interim.FLOW) {
            // Half a year's cases.
            double half = 0.45 + 0.10 * Draws.uniform("interim-volume", level.kpiCode(), branch, year);
            denominator = Math.max(1, Math.round(denominator * half));
        }
        return ratio(
                definition, numerator(definition, model.halfYearValue(branch, level, year), denominator), denominator);
    }

    /** A cumulative count (宣言事業所): last year's final plus a part of this year's growth; a standing one near the final. */
    private double interimCount(OrgCode branch, KpiLevel level, int year, double shareOfYear) {
        double yearEnd = model.value(branch, level, year);
        if (level.interim() != KpiLevel.Interim.CUMULATIVE) {
            return yearEnd * (0.97 + 0.03 * Draws.uniform("interim-stock", level.kpiCode(), branch, year));
        }
        double lastYear =
                level.hasLevelIn(year - 1) ? model.value(branch, level, year - 1) : yearEnd / GROWTH_BEFORE_TABLE;
        return lastYear + shareOfYear * (yearEnd - lastYear);
    }

    /** The whole-number numerator nearest to a modelled value over a denominator: never above it for a rate. */
    private static long numerator(KpiDefinition definition, double value, long denominator) {
        boolean percent = definition.unit() == Unit.PERCENT;
        long numerator = Math.round((percent ? value / 100 : value) * denominator);
        return Math.max(0, percent ? Math.min(numerator, denominator) : numerator);
    }

    /** The quotient the importer recomputes, at the KPI's precision. */
    private static SyntheticResult ratio(KpiDefinition definition, long numerator, long denominator) {
        BigDecimal value = definition
                .precision()
                .round(Result.quotient(
                        BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), definition.unit()));
        return new SyntheticResult(
                ValueFormat.amount(value, definition.unit()),
                Optional.of(value),
                Optional.of(numerator),
                Optional.of(denominator));
    }

    /**
     * The double's exact binary value. (BigDecimal.valueOf goes through Double.toString, whose digits changed in
     * JDK 19: the same double could round differently on another JVM, and the output would not be the same bytes.)
     */
    static BigDecimal exactly(double value) {
        return new BigDecimal(value);
    }

    private static SyntheticResult count(KpiDefinition definition, double offices) {
        BigDecimal value = BigDecimal.valueOf(Math.round(offices));
        return SyntheticResult.printed(ValueFormat.amount(value, definition.unit()), value);
    }

    private static SyntheticResult measure(KpiDefinition definition, double measured) {
        BigDecimal value = definition.precision().round(exactly(measured));
        return SyntheticResult.printed(ValueFormat.amount(value, definition.unit()), value);
    }
}
