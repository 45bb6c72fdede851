package jp.kenpokpi.catalogue;

/** How the association-wide value of a KPI is formed from the branches' values. */
public enum AggregationMethod {
    /** Σ numerator / Σ denominator: never a mean of the branches' rates. */
    RATIO,
    /** Σ of the branches' counts (事業所数). */
    SUM,
    /** The number of branches that carried the action out (41支部). */
    BRANCHES_DONE,
    /** No honest association-wide value can be formed from branch values alone (平均所要日数, 回/月). */
    NONE
}
