package jp.kenpokpi.sampledata;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.organisation.OrgCode;

/**
 * A branch's synthetic value of a KPI in a year: the association's level, plus the branch's stable offset from it,
 * plus a mild trend of its own, plus the year's noise. Offsets are anchored on the branch's real values where the
 * seed reports have them (so that synthetic years of Tochigi or Akita continue their real ones), drawn otherwise,
 * and then centred so that the branches together come back to the association's level.
 */
final class BranchModel {

    static final int BRANCHES = 47;
    /** The year a drawn branch's trend is measured from: the year the seeds know best. */
    private static final int TREND_BASE_YEAR = 2023;

    /** Where a branch stands under one definition version. */
    private record Standing(double offset, double trend, double trendBaseYear) {}

    private final RealData real;
    /** Per level: the 47 branches' standings. Only looked up, never iterated. */
    private final Map<String, Standing[]> standings = new HashMap<>();

    BranchModel(RealData real) {
        this.real = real;
    }

    /**
     * The branch's year-end value before rounding, in the KPI's unit (for a count: offices): the real one where a
     * report gives it, so that the half year and the next year's target follow from what really happened.
     */
    double value(OrgCode branch, KpiLevel level, int year) {
        Optional<BigDecimal> known = real.yearEndValue(branch, year, level.kpiCode(), level.definitionFy());
        if (known.isPresent()) return known.get().doubleValue();
        Standing s = standings(level)[index(branch)];
        double drift = s.offset() + s.trend() * (year - s.trendBaseYear());
        double noise =
                level.yearlyNoise() * Draws.gaussian("noise", level.kpiCode(), level.definitionFy(), branch, year);
        if (!level.proportional()) return level.clamp(level.associationIn(year) + drift + noise);
        // No branch falls below a fifth of its expected value, however far its offset and trend take it.
        return level.clamp(expected(branch, level, year) * Math.max(0.2, 1 + drift) * (1 + noise));
    }

    /** Whether the branch carries a done-KPI out in the year: as its report says, or drawn at the level's share. */
    boolean carriesOut(OrgCode branch, KpiLevel level, int year) {
        return real.carriedOut(branch, year, level.kpiCode(), level.definitionFy())
                .orElseGet(() -> Draws.uniform("done", level.kpiCode(), branch, year) < level.associationIn(year));
    }

    /** A value at the half year that does not accumulate: near the final one, with half a year's noise. */
    double halfYearValue(OrgCode branch, KpiLevel level, int year) {
        double value = value(branch, level, year);
        double noise = 0.5 * level.yearlyNoise() * Draws.gaussian("interim-noise", level.kpiCode(), branch, year);
        return level.clamp(level.proportional() ? value * (1 + noise) : value + noise);
    }

    /** What the branch would have at the association's level: for a count, its share of the association's total. */
    private static double expected(OrgCode branch, KpiLevel level, int year) {
        double share = level.shape() == KpiLevel.Shape.COUNT ? BranchSizes.share(branch, level.sizeExponent()) : 1;
        return level.associationIn(year) * share;
    }

    private Standing[] standings(KpiLevel level) {
        String name = level.kpiCode() + "|" + level.definitionFy();
        Standing[] known = standings.get(name);
        if (known != null) return known;
        Standing[] computed = computeStandings(level);
        standings.put(name, computed);
        return computed;
    }

    private Standing[] computeStandings(KpiLevel level) {
        double[] offsets = new double[BRANCHES];
        double[] trendBaseYears = new double[BRANCHES];
        boolean[] anchored = new boolean[BRANCHES];
        for (int i = 0; i < BRANCHES; i++) {
            OrgCode branch = OrgCode.of(i + 1);
            List<RealData.Point> points = real.points(branch, level.kpiCode(), level.definitionFy()).stream()
                    .filter(p -> level.hasLevelIn(p.year()))
                    .toList();
            anchored[i] = !points.isEmpty();
            offsets[i] = anchored[i] ? anchoredOffset(branch, level, points) : drawnOffset(branch, level);
            trendBaseYears[i] = anchored[i]
                    ? points.stream().mapToInt(RealData.Point::year).average().orElseThrow()
                    : TREND_BASE_YEAR;
        }
        centre(level, offsets, anchored);
        Standing[] result = new Standing[BRANCHES];
        for (int i = 0; i < BRANCHES; i++) {
            OrgCode branch = OrgCode.of(i + 1);
            double trend = level.trendSpread() * Draws.gaussian("trend", level.kpiCode(), level.definitionFy(), branch);
            result[i] = new Standing(offsets[i], trend, trendBaseYears[i]);
        }
        return result;
    }

    /** The branch's mean distance from the association in the years it has real values. */
    private static double anchoredOffset(OrgCode branch, KpiLevel level, List<RealData.Point> points) {
        return points.stream()
                .mapToDouble(p -> level.proportional()
                        ? p.value() / expected(branch, level, p.year()) - 1
                        : p.value() - level.associationIn(p.year()))
                .average()
                .orElseThrow();
    }

    /**
     * A drawn offset. Under a later definition version the branch keeps part of its standing under the earlier
     * one: a branch high in check-ups counted where they took place is still high counted where members belong.
     */
    private double drawnOffset(OrgCode branch, KpiLevel level) {
        double own = level.branchSpread() * Draws.gaussian("offset", level.kpiCode(), level.definitionFy(), branch);
        if (level.carriedOver() == 0) return own;
        KpiLevel previous = KpiLevels.previousVersion(level);
        double carried = standings(previous)[index(branch)].offset() * level.branchSpread() / previous.branchSpread();
        double c = level.carriedOver();
        return c * carried + StrictMath.sqrt(1 - c * c) * own;
    }

    /**
     * Shifts the drawn offsets so that the branches' weighted mean offset is zero: the association-wide value
     * (Σ numerator / Σ denominator, Σ of counts) then comes back to the association's level, whatever the anchored
     * branches add. Weights are the denominators for a ratio, the size shares for a count, equal otherwise.
     */
    private static void centre(KpiLevel level, double[] offsets, boolean[] anchored) {
        double weighted = 0;
        double freeWeight = 0;
        for (int i = 0; i < BRANCHES; i++) {
            double w = weight(OrgCode.of(i + 1), level);
            weighted += w * offsets[i];
            if (!anchored[i]) freeWeight += w;
        }
        if (freeWeight == 0) return;
        double shift = weighted / freeWeight;
        for (int i = 0; i < BRANCHES; i++) {
            if (!anchored[i]) offsets[i] -= shift;
        }
    }

    private static double weight(OrgCode branch, KpiLevel level) {
        if (level.denominator() != null) return level.denominator().count(branch, TREND_BASE_YEAR);
        if (level.shape() == KpiLevel.Shape.COUNT) return BranchSizes.share(branch, level.sizeExponent());
        return 1;
    }

    private static int index(OrgCode branch) {
        return Integer.parseInt(branch.value()) - 1;
    }
}
