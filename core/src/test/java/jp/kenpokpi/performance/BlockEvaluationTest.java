package jp.kenpokpi.performance;

import static jp.kenpokpi.catalogue.ReferenceCatalogue.definition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.value.PrintedValue;
import org.junit.jupiter.api.Test;

/**
 * A block's standing: the mean 偏差値 of its branches with a value against the 偏差値 of all branches' median and
 * quartile boundaries. Eight branches valued 10, 20, …, 80 (01 = 10 … 08 = 80): mean 45, population sd √525 =
 * 22.913; median 45 → 偏差値 50; Q3 62.5 → 50 + 10 × 17.5 / 22.913 = 57.638; Q1 27.5 → 42.362.
 */
class BlockEvaluationTest {

    private static final KpiDefinition LIFESTYLE = definition("LIFESTYLE_CHECKUP_RATE", 2023); // higher, 1 decimal
    private static final KpiDefinition SINGLE_BID = definition("SINGLE_BID_RATE", 2023); // lower, 1 decimal
    private static final List<OrgCode> THREE = List.of(OrgCode.of("01"), OrgCode.of("02"), OrgCode.of("03"));

    @Test
    void a_block_of_three_stands_where_its_branches_stand_on_average() {
        // 偏差値 of 01, 02, 03 (10, 20, 30): 34.725, 39.089, 43.453; mean 39.089 (the 偏差値 of their mean value 20)
        BlockStanding s = standing(LIFESTYLE, THREE);

        assertThat(s.meanDeviation().doubleValue()).isCloseTo(39.089, within(1e-3));
        assertThat(s.medianDeviation().doubleValue()).isCloseTo(50.0, within(1e-9));
        assertThat(s.topQuartileDeviation().doubleValue()).isCloseTo(57.638, within(1e-3));
        assertThat(s.bottomQuartileDeviation().doubleValue()).isCloseTo(42.362, within(1e-3));
        assertThat(s.standing()).isEqualTo(Standing.BOTTOM_QUARTILE); // 39.089 ≤ 42.362
        assertThat(s.branches()).extracting(KpiStanding::rank).containsExactly(6, 7, 8); // best first
        assertThat(s.sentenceJa()).isEqualTo("弱み: 生活習慣病予防健診実施率（ブロック平均偏差値39.1、下位25%の水準（偏差値42.4）以下。岩手6位・青森7位・北海道8位）");
    }

    @Test
    void where_lower_is_better_the_same_three_are_a_strength() {
        // lower is better: 偏差値 65.275, 60.911, 56.547, mean 60.911 ≥ the top boundary Q1 27.5 → 57.638
        BlockStanding s = standing(SINGLE_BID, THREE);

        assertThat(s.meanDeviation().doubleValue()).isCloseTo(60.911, within(1e-3));
        assertThat(s.standing()).isEqualTo(Standing.TOP_QUARTILE);
        assertThat(s.sentenceJa())
                .isEqualTo("強み: 一般競争入札に占める一者応札案件の割合（ブロック平均偏差値60.9、上位25%の水準（偏差値57.6）以上。北海道1位・青森2位・岩手3位）");
    }

    @Test
    void a_branch_without_a_value_is_left_out_of_the_mean_and_named() {
        // 09 has no value: the mean is of 01 and 02, (34.725 + 39.089) / 2 = 36.907
        BlockStanding s = standing(LIFESTYLE, List.of(OrgCode.of("01"), OrgCode.of("02"), OrgCode.of("09")));

        assertThat(s.meanDeviation().doubleValue()).isCloseTo(36.907, within(1e-3));
        assertThat(s.without()).containsExactly(OrgCode.of("09"));
        assertThat(s.ranksJa()).isEqualTo("青森7位・北海道8位、実績なし: 栃木");
    }

    @Test
    void a_block_of_one_branch_stands_as_its_branch_does() {
        KpiStanding branch = distribution(LIFESTYLE).standing(OrgCode.of("06")).orElseThrow(); // 60: 中央値以上
        BlockStanding block = standing(LIFESTYLE, List.of(OrgCode.of("06")));

        assertThat(block.meanDeviation()).isEqualByComparingTo(branch.deviation());
        assertThat(block.standing()).isEqualTo(branch.standing()).isEqualTo(Standing.ABOVE_MEDIAN);
        assertThat(block.relationJa()).isEqualTo("中央値（偏差値50.0）以上、上位25%の水準（偏差値57.6）未満");
    }

    @Test
    void the_block_lists_strengths_and_weaknesses_and_leaves_out_a_kpi_none_of_its_branches_has() {
        KpiDefinition checkups = definition("DEPENDENT_CHECKUP_RATE", 2023);
        Map<OrgCode, Result> elsewhere = Map.of(OrgCode.of("40"), amount(50));
        BlockEvaluation e = BlockEvaluation.of(
                "三支部",
                THREE,
                List.of(
                        distribution(LIFESTYLE),
                        distribution(SINGLE_BID),
                        KpiDistribution.of(checkups, elsewhere, Set.of()).orElseThrow()));

        assertThat(e.standings()).hasSize(2);
        assertThat(e.strengths()).extracting(s -> s.definition().kpiCode()).containsExactly("SINGLE_BID_RATE");
        assertThat(e.weaknesses()).extracting(s -> s.definition().kpiCode()).containsExactly("LIFESTYLE_CHECKUP_RATE");
    }

    private static BlockStanding standing(KpiDefinition definition, List<OrgCode> block) {
        return BlockStanding.of(distribution(definition), block).orElseThrow();
    }

    private static KpiDistribution distribution(KpiDefinition definition) {
        Map<OrgCode, Result> results = new LinkedHashMap<>();
        for (int n = 1; n <= 8; n++) results.put(OrgCode.of(n), amount(n * 10));
        return KpiDistribution.of(definition, results, Set.of()).orElseThrow();
    }

    private static Result amount(long value) {
        return Result.of(new PrintedValue.Amount(BigDecimal.valueOf(value), Optional.empty()));
    }
}
