package jp.kenpokpi.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import jp.kenpokpi.catalogue.Direction;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.value.Figure;

/**
 * 支部業績評価 of one KPI for one branch: its value, rank among the branches with a value (ties share), 偏差値 (higher
 * is better whichever way the KPI points), the median and the quartile boundaries, and the words for it. Every page,
 * report and export takes its words from here ({@link #wordsJa}, {@link #sentenceJa}).
 *
 * @param topQuartile the boundary of the best quarter: Q3 where higher is better, Q1 where lower is
 * @param bottomQuartile the boundary of the worst quarter
 * @param valueSynthetic the branch's own value is 架空
 * @param synthetic some value the rank, 偏差値 and boundaries are computed from (the branch's or another's) is 架空
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
        BigDecimal bottomQuartile,
        boolean valueSynthetic,
        boolean synthetic) {

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
            case TOP_QUARTILE -> "全国上位25%（" + branchCount + "支部中" + rank + "位、偏差値" + deviationJa() + "）";
            case ABOVE_MEDIAN -> "中央値以上（上位25%まで" + distance(marginOverTopQuartile()) + "）";
            case BELOW_MEDIAN -> "中央値まで" + distance(marginOverMedian());
            case BOTTOM_QUARTILE -> "全国下位25%（中央値まで" + distance(marginOverMedian()) + "）";
        };
    }

    /**
     * A strength or weakness as a sentence: 強み: 特定健診の実施率（全国3位、偏差値64.2、上位25%の水準を2.1ポイント上回る）;
     * 弱み: …（全国40位、偏差値38.5、中央値を3.2ポイント下回る）. Where lower is better the verbs say what the numbers do
     * and the sentence says so: 一者応札の割合（全国1位、偏差値65.3、上位25%の水準を17.5ポイント下回る。低いほど良い指標）.
     * Between the median and the top quarter it has no verdict: …（全国20位、偏差値51.0、中央値を0.5ポイント上回り、
     * 上位25%の水準まであと0.8ポイント）.
     */
    public String sentenceJa() {
        return standing().verdictJa().map(v -> v + ": ").orElse("") + definition.nameJa() + "（" + placeJa() + "、偏差値"
                + deviationJa() + "、" + relationJa() + (lowerIsBetter() ? "。低いほど良い指標" : "") + "）";
    }

    /** 全国3位, or 実績のある45支部中3位 where not every branch has a value. */
    public String placeJa() {
        return branchCount == Organisations.all().branchCount()
                ? "全国" + rank + "位"
                : "実績のある" + branchCount + "支部中" + rank + "位";
    }

    /** The 偏差値 as shown: one decimal, half up. */
    public String deviationJa() {
        return deviation.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** The value's distance to the median or the top quarter's boundary, in words. */
    public String relationJa() {
        return switch (standing()) {
            case TOP_QUARTILE ->
                marginOverTopQuartile().signum() == 0
                        ? "上位25%の水準と同じ"
                        : "上位25%の水準を" + distance(marginOverTopQuartile()) + beyondJa();
            case ABOVE_MEDIAN ->
                (marginOverMedian().signum() == 0
                                ? "中央値と同じで"
                                : "中央値を" + distance(marginOverMedian()) + (lowerIsBetter() ? "下回り" : "上回り"))
                        + "、上位25%の水準まであと" + distance(marginOverTopQuartile());
            case BELOW_MEDIAN -> "中央値を" + distance(marginOverMedian()) + shortJa();
            case BOTTOM_QUARTILE -> "下位25%の水準以下、中央値を" + distance(marginOverMedian()) + shortJa();
        };
    }

    /** A distance in the KPI's unit, at its reporting precision: 2.1ポイント, 350円. */
    public String distance(BigDecimal margin) {
        return jp.kenpokpi.value.ValueFormat.number(definition.precision().round(margin.abs()))
                + definition.unit().differenceSymbol();
    }

    /** The branch's value at the KPI's reporting precision, labelled 架空 where it is (the one label rule, Figure). */
    public Figure valueFigure() {
        return Figure.of(definition.precision().round(value), definition.unit(), false, valueSynthetic);
    }

    /** A number read from all branches' values (rank, 偏差値, boundary, distance), labelled 架空 where some is. */
    public Figure figure(String text) {
        return Figure.of(text, synthetic);
    }

    /** A boundary (median, quartile) at the KPI's reporting precision, labelled as {@link #figure}. */
    public Figure boundaryFigure(BigDecimal boundary) {
        return Figure.of(definition.precision().round(boundary), definition.unit(), false, synthetic);
    }

    /** A margin (better is +) at the KPI's reporting precision: +2.1ポイント, ▲3.2ポイント. */
    public String marginJa(BigDecimal margin) {
        return jp.kenpokpi.value.ValueFormat.difference(definition.precision().round(margin), definition.unit());
    }

    private boolean lowerIsBetter() {
        return definition.direction() == Direction.LOWER;
    }

    /** Better than a boundary: above it where higher is better, below it where lower is. */
    private String beyondJa() {
        return lowerIsBetter() ? "下回る" : "上回る";
    }

    private String shortJa() {
        return lowerIsBetter() ? "上回る" : "下回る";
    }

    private BigDecimal better(BigDecimal a, BigDecimal b) {
        return definition.direction() == Direction.LOWER ? b.subtract(a) : a.subtract(b);
    }
}
