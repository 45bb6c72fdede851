package jp.kenpokpi.sampledata;

/**
 * The synthetic level of one KPI definition version: the association's level year by year, how far branches sit
 * from it, and how much they move from year to year. One row of {@link KpiLevels}.
 *
 * @param shape          how the value is made: a ratio of drawn counts, a count, a measure, or done/not done
 * @param proportional   offsets and noise are fractions of the association's level (0.2 = 20%) rather than units:
 *                       for counts, amounts and small rates, whose branches differ by factors rather than points
 * @param association    the association's level for FY2020 … FY2025 in the KPI's unit (NaN: not generated). For a
 *                       count the association's total; for a done-KPI the share of branches that carry it out
 * @param branchSpread   standard deviation of a branch's stable offset from the association's level
 * @param yearlyNoise    standard deviation of a branch's year-to-year variation around its offset
 * @param min            the lowest plausible branch value
 * @param max            the highest plausible branch value (100 for a rate)
 * @param denominator    what a ratio KPI's denominator counts; null for the others
 * @param interim        how the first-half value relates to the year's final one
 * @param carriedOver    for a later definition version: how much of a branch's offset under the previous version it
 *                       keeps (1 = the same ranking, 0 = unrelated)
 * @param sizeExponent   for a count: how branch totals grow with branch size (1 = in proportion)
 */
record KpiLevel(
        String kpiCode,
        int definitionFy,
        Shape shape,
        boolean proportional,
        double[] association,
        double branchSpread,
        double yearlyNoise,
        double min,
        double max,
        Denominator denominator,
        Interim interim,
        double carriedOver,
        double sizeExponent) {

    static final int FIRST_YEAR = 2020;
    static final int LAST_YEAR = 2025;

    KpiLevel {
        if (association.length != LAST_YEAR - FIRST_YEAR + 1) {
            throw new IllegalArgumentException(
                    kpiCode + ": 水準は" + FIRST_YEAR + "〜" + LAST_YEAR + "年度の" + (LAST_YEAR - FIRST_YEAR + 1) + "個です");
        }
    }

    /** How a KPI's value is made. */
    enum Shape {
        /** numerator / denominator, both drawn (a rate in %, or 円 per case). */
        RATIO,
        /** A count of offices, the association's total split over the branches. */
        COUNT,
        /** A number without numerator and denominator (日, 回/月). */
        MEASURE,
        /** 実施 or 未実施. */
        DONE
    }

    /** How a first-half (上期) value relates to the final one. */
    enum Interim {
        /** Accumulates through the year (健診, 保健指導, 宣言事業所の増加): 35–55% of the year's final at September. */
        CUMULATIVE,
        /** A rate of the half year's cases: near the final value, on about half the year's denominator. */
        FLOW,
        /** A rate of a standing population (加入者, 被保険者): near the final value, on the same denominator. */
        STOCK
    }

    boolean hasLevelIn(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR && !Double.isNaN(association[year - FIRST_YEAR]);
    }

    double associationIn(int year) {
        if (!hasLevelIn(year)) {
            throw new IllegalStateException(kpiCode + "（定義" + definitionFy + "年度版）の" + year + "年度の水準が表にありません");
        }
        return association[year - FIRST_YEAR];
    }

    /** A year's variation in the KPI's unit (for a proportional level, at the association's level of the year). */
    double yearlyNoiseIn(int year) {
        return proportional ? yearlyNoise * associationIn(year) : yearlyNoise;
    }

    /** The standard deviation of a branch's own trend, in units per year: mild, a third of the yearly noise. */
    double trendSpread() {
        return yearlyNoise / 3;
    }

    double clamp(double value) {
        return Math.max(min, Math.min(max, value));
    }

    /** The same level with offsets and noise as fractions of the association's level. */
    KpiLevel proportionally() {
        return with(true, carriedOver);
    }

    KpiLevel carrying(double share) {
        return with(proportional, share);
    }

    private KpiLevel with(boolean proportional, double carriedOver) {
        return new KpiLevel(
                kpiCode,
                definitionFy,
                shape,
                proportional,
                association,
                branchSpread,
                yearlyNoise,
                min,
                max,
                denominator,
                interim,
                carriedOver,
                sizeExponent);
    }
}
