package jp.kenpokpi.performance;

/** Where a branch's value of a KPI stands among all branches, in the KPI's better direction. */
public enum Standing {
    /** At or better than the top quartile's boundary: a strength. */
    TOP_QUARTILE("上位25%"),
    /** At or better than the median, short of the top quartile. */
    ABOVE_MEDIAN("中央値以上"),
    /** Worse than the median, but not in the bottom quartile: a weakness. */
    BELOW_MEDIAN("中央値未満"),
    /** At or worse than the bottom quartile's boundary: a weakness. */
    BOTTOM_QUARTILE("下位25%");

    private final String labelJa;

    Standing(String labelJa) {
        this.labelJa = labelJa;
    }

    /** The standing in a table's cell: 上位25%, 中央値以上, 中央値未満, 下位25%. */
    public String labelJa() {
        return labelJa;
    }

    /** 強み, 弱み, or empty between the median and the top quarter: what a sentence about it begins with. */
    public java.util.Optional<String> verdictJa() {
        if (strength()) return java.util.Optional.of("強み");
        if (weakness()) return java.util.Optional.of("弱み");
        return java.util.Optional.empty();
    }

    public boolean strength() {
        return this == TOP_QUARTILE;
    }

    public boolean weakness() {
        return this == BELOW_MEDIAN || this == BOTTOM_QUARTILE;
    }
}
