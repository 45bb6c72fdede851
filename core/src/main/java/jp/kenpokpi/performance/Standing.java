package jp.kenpokpi.performance;

/** Where a branch's value of a KPI stands among all branches, in the KPI's better direction. */
public enum Standing {
    /** At or better than the top quartile's boundary: a strength. */
    TOP_QUARTILE,
    /** At or better than the median, short of the top quartile. */
    ABOVE_MEDIAN,
    /** Worse than the median, but not in the bottom quartile: a weakness. */
    BELOW_MEDIAN,
    /** At or worse than the bottom quartile's boundary: a weakness. */
    BOTTOM_QUARTILE;

    public boolean strength() {
        return this == TOP_QUARTILE;
    }

    public boolean weakness() {
        return this == BELOW_MEDIAN || this == BOTTOM_QUARTILE;
    }
}
