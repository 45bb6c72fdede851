package jp.kenpokpi.performance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.value.Figure;

/**
 * A block's standing on one KPI. The rule: a block stands where its branches stand on average, that is the mean of
 * the 偏差値 of its branches that have a value (each scored against all branches, as on the branch's own page),
 * compared with the 偏差値 of all branches' median and quartile boundaries: 上位25% at or above the top boundary's
 * 偏差値 (a strength), 下位25% at or below the bottom boundary's, 中央値以上 at or above the median's, else 中央値未満
 * (a weakness), as a branch's {@link Standing} is read. A 偏差値 is a straight line of the value, so the mean 偏差値 is
 * the 偏差値 of the branches' mean value, and a block of one branch (北海道) stands exactly as its branch does. The
 * branches without a value are left out of the mean and named.
 *
 * @param branches the block's branches with a value, best first (their rank among all branches)
 * @param without the block's branches without a value
 */
public record BlockStanding(
        KpiDefinition definition,
        List<KpiStanding> branches,
        List<OrgCode> without,
        BigDecimal meanDeviation,
        BigDecimal medianDeviation,
        BigDecimal topQuartileDeviation,
        BigDecimal bottomQuartileDeviation) {

    private static final MathContext DIGITS = MathContext.DECIMAL64;

    public BlockStanding {
        branches = List.copyOf(branches);
        without = List.copyOf(without);
    }

    /** The block's standing on a KPI, or empty when none of its branches has a value. */
    static Optional<BlockStanding> of(KpiDistribution distribution, List<OrgCode> block) {
        List<KpiStanding> with = block.stream()
                .map(distribution::standing)
                .flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparingInt(KpiStanding::rank))
                .toList();
        if (with.isEmpty()) return Optional.empty();
        List<OrgCode> without =
                block.stream().filter(b -> distribution.standing(b).isEmpty()).toList();
        return Optional.of(new BlockStanding(
                distribution.definition(),
                with,
                without,
                mean(with.stream().map(KpiStanding::deviation).toList()).orElseThrow(),
                distribution.deviationOf(distribution.median()),
                distribution.deviationOf(distribution.topQuartile()),
                distribution.deviationOf(distribution.bottomQuartile())));
    }

    static Optional<BigDecimal> mean(List<BigDecimal> values) {
        if (values.isEmpty()) return Optional.empty();
        return Optional.of(values.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), DIGITS));
    }

    public Standing standing() {
        if (meanDeviation.compareTo(topQuartileDeviation) >= 0) return Standing.TOP_QUARTILE;
        if (meanDeviation.compareTo(bottomQuartileDeviation) <= 0) return Standing.BOTTOM_QUARTILE;
        return meanDeviation.compareTo(medianDeviation) >= 0 ? Standing.ABOVE_MEDIAN : Standing.BELOW_MEDIAN;
    }

    /** Some value of the KPI among all branches is 架空. */
    public boolean synthetic() {
        return branches.stream().anyMatch(KpiStanding::synthetic);
    }

    /**
     * 強み: 特定健診の実施率（ブロック平均偏差値58.1、上位25%の水準（偏差値56.0）以上。宮城3位・秋田10位・山形15位）;
     * 弱み: …（ブロック平均偏差値44.0、中央値（偏差値50.3）未満。…、実績なし: 岩手）.
     */
    public String sentenceJa() {
        return standing().verdictJa().map(v -> v + ": ").orElse("") + definition.nameJa() + "（ブロック平均偏差値"
                + oneDecimal(meanDeviation) + "、" + relationJa() + "。" + ranksJa() + "）";
    }

    /** Where the mean stands against the boundaries, in 偏差値. */
    public String relationJa() {
        return switch (standing()) {
            case TOP_QUARTILE -> "上位25%の水準（偏差値" + oneDecimal(topQuartileDeviation) + "）以上";
            case ABOVE_MEDIAN ->
                "中央値（偏差値" + oneDecimal(medianDeviation) + "）以上、上位25%の水準（偏差値" + oneDecimal(topQuartileDeviation) + "）未満";
            case BELOW_MEDIAN -> "中央値（偏差値" + oneDecimal(medianDeviation) + "）未満";
            case BOTTOM_QUARTILE -> "下位25%の水準（偏差値" + oneDecimal(bottomQuartileDeviation) + "）以下";
        };
    }

    /** 宮城3位・秋田10位, then 実績なし: 岩手 where a branch has no value. */
    public String ranksJa() {
        String ranks = branches.stream()
                .map(s -> Organisations.all().get(s.branch()).shortNameJa() + s.rank() + "位")
                .collect(Collectors.joining("・"));
        if (without.isEmpty()) return ranks;
        return ranks + "、実績なし: "
                + without.stream()
                        .map(b -> Organisations.all().get(b).shortNameJa())
                        .collect(Collectors.joining("・"));
    }

    /** A number read from all branches' values, labelled 架空 where some is (the one label rule, Figure). */
    public Figure figure(String text) {
        return Figure.of(text, synthetic());
    }

    /** The mean 偏差値 at one decimal. */
    public String meanDeviationJa() {
        return oneDecimal(meanDeviation);
    }

    public static String oneDecimal(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
