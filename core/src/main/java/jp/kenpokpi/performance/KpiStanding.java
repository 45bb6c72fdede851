package jp.kenpokpi.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import jp.kenpokpi.catalogue.Direction;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.organisation.OrgCode;

/**
 * 支部業績評価 of one KPI for one branch: its value, rank among the branches with a value (ties share), 偏差値 (higher
 * is better whichever way the KPI points), the median and the quartile boundaries, and the words for it.
 *
 * @param topQuartile the boundary of the best quarter: Q3 where higher is better, Q1 where lower is
 * @param bottomQuartile the boundary of the worst quarter
 */
public record KpiStanding(
        KpiDefinition definition,
        OrgCode branch,
        BigDecimal value,
        int rank,
        int branchCount,
        BigDecimal deviation,
        BigDecimal median,
        BigDecimal topQuartile,
        BigDecimal bottomQuartile) {

    /** How far the value is better than the median, in the KPI's unit (points for a rate); negative when worse. */
    public BigDecimal marginOverMedian() {
        return better(value, median);
    }

    /** How far the value is better than the top quartile's boundary; negative while short of it. */
    public BigDecimal marginOverTopQuartile() {
        return better(value, topQuartile);
    }

    public Standing standing() {
        if (marginOverTopQuartile().signum() >= 0) return Standing.TOP_QUARTILE;
        if (better(value, bottomQuartile).signum() <= 0) return Standing.BOTTOM_QUARTILE;
        return marginOverMedian().signum() >= 0 ? Standing.ABOVE_MEDIAN : Standing.BELOW_MEDIAN;
    }

    /**
     * The words: 全国上位25%（47支部中3位、偏差値62.1）, 中央値以上（上位25%まで0.8ポイント）, 中央値まで0.8ポイント,
     * 全国下位25%（中央値まで2.3ポイント）; distances at the KPI's reporting precision.
     */
    public String wordsJa() {
        return switch (standing()) {
            case TOP_QUARTILE ->
                "全国上位25%（" + branchCount + "支部中" + rank + "位、偏差値"
                        + deviation.setScale(1, RoundingMode.HALF_UP).toPlainString() + "）";
            case ABOVE_MEDIAN -> "中央値以上（上位25%まで" + distance(marginOverTopQuartile()) + "）";
            case BELOW_MEDIAN -> "中央値まで" + distance(marginOverMedian());
            case BOTTOM_QUARTILE -> "全国下位25%（中央値まで" + distance(marginOverMedian()) + "）";
        };
    }

    private String distance(BigDecimal margin) {
        return definition.precision().round(margin.abs()).toPlainString()
                + definition.unit().differenceSymbol();
    }

    private BigDecimal better(BigDecimal a, BigDecimal b) {
        return definition.direction() == Direction.LOWER ? b.subtract(a) : a.subtract(b);
    }
}
