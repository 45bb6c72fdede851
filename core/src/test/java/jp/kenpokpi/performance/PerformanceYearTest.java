package jp.kenpokpi.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import jp.kenpokpi.catalogue.ReferenceCatalogue;
import jp.kenpokpi.organisation.Block;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.KpiDataSet;
import jp.kenpokpi.result.StoredResult;
import jp.kenpokpi.result.StoredResults;
import org.junit.jupiter.api.Test;

/**
 * A results year of all 47 branches. 生活習慣病予防健診実施率 (higher is better): branch n scores n% (01 = 1% … 47 =
 * 47%), so the mean is 24, the population sd √((47² − 1) / 12) = √184 = 13.565, the median 24, Q3 at position 0.75 ×
 * 46 = 34.5 → 35.5, Q1 at 11.5 → 12.5; 栃木 (09) is 架空 there. 一者応札の割合 (lower is better): the same values but
 * 栃木 has none (46 branches). 被扶養者の特定健診実施率: nobody has a value, so the KPI is not evaluated.
 */
class PerformanceYearTest {

    private static final FiscalYear FY2023 = FiscalYear.of(2023);
    private static final PerformanceYear YEAR =
            PerformanceYear.of(ReferenceCatalogue.get(), new KpiDataSet(List.of(), results()), FY2023);

    @Test
    void only_kpis_some_branch_has_a_value_of_are_evaluated() {
        assertThat(YEAR.distributions())
                .extracting(d -> d.definition().kpiCode())
                .containsExactly("LIFESTYLE_CHECKUP_RATE", "SINGLE_BID_RATE");
    }

    @Test
    void a_strength_reads_as_a_sentence_with_rank_deviation_and_distance_to_the_top_quarter() {
        // 45%: rank 3, 偏差値 50 + 10 × 21 / 13.565 = 65.481, 9.5 points above Q3 35.5
        KpiStanding s =
                YEAR.branch(OrgCode.of("45")).standing("LIFESTYLE_CHECKUP_RATE").orElseThrow();

        assertThat(s.rank()).isEqualTo(3);
        assertThat(s.deviation().doubleValue()).isCloseTo(65.481, within(1e-3));
        assertThat(s.sentenceJa()).isEqualTo("強み: 生活習慣病予防健診実施率（全国3位、偏差値65.5、上位25%の水準を9.5ポイント上回る）");
    }

    @Test
    void a_weakness_where_lower_is_better_says_so() {
        // 一者応札 30% among 46 branches (1–47 without 9): lower is better, 30 is the 29th lowest… rank 29;
        // median of 46 values at position 22.5: the 23rd and 24th lowest are 24 and 25 → 24.5
        KpiStanding s =
                YEAR.branch(OrgCode.of("30")).standing("SINGLE_BID_RATE").orElseThrow();

        assertThat(s.rank()).isEqualTo(29);
        assertThat(s.median()).isEqualByComparingTo("24.5");
        assertThat(s.standing()).isEqualTo(Standing.BELOW_MEDIAN);
        assertThat(s.sentenceJa())
                .startsWith("弱み: 一般競争入札に占める一者応札案件の割合（実績のある46支部中29位、偏差値")
                .endsWith("、中央値を5.5ポイント上回る。低いほど良い指標）");
    }

    @Test
    void a_branch_without_a_value_has_no_standing_and_its_synthetic_value_is_labelled() {
        BranchEvaluation tochigi = YEAR.branch(OrgCode.of("09"));

        assertThat(tochigi.standing("SINGLE_BID_RATE")).isEmpty();
        KpiStanding lifestyle = tochigi.standing("LIFESTYLE_CHECKUP_RATE").orElseThrow();
        assertThat(lifestyle.valueSynthetic()).isTrue();
        assertThat(lifestyle.synthetic()).isTrue();
        // another branch's value is real, but its rank and 偏差値 rest on 栃木's 架空 value
        KpiStanding tokyo =
                YEAR.branch(OrgCode.of("13")).standing("LIFESTYLE_CHECKUP_RATE").orElseThrow();
        assertThat(tokyo.valueSynthetic()).isFalse();
        assertThat(tokyo.synthetic()).isTrue();
        assertThat(YEAR.branch(OrgCode.of("13"))
                        .standing("SINGLE_BID_RATE")
                        .orElseThrow()
                        .synthetic())
                .isFalse();
    }

    @Test
    void headquarters_table_has_every_branch_with_its_counts() {
        List<BranchEvaluation> all = YEAR.branches();

        assertThat(all).hasSize(47);
        // 01 (1%): bottom on 生活習慣病 (a weakness), best on 一者応札 (a strength)
        assertThat(all.get(0).strengths()).hasSize(1);
        assertThat(all.get(0).weaknesses()).hasSize(1);
        // 47: top on 生活習慣病, worst on 一者応札
        assertThat(all.get(46).strengths())
                .extracting(s -> s.definition().kpiCode())
                .containsExactly("LIFESTYLE_CHECKUP_RATE");
    }

    @Test
    void a_block_is_read_from_the_same_distributions() {
        // 東北 02–07 (2–7%): mean value 4.5 → 偏差値 50 + 10 × (4.5 − 24) / 13.565 = 35.625, under Q1 12.5 (41.522)
        BlockEvaluation tohoku = YEAR.block(Block.TOHOKU);

        BlockStanding lifestyle = tohoku.standings().get(0);
        assertThat(lifestyle.meanDeviation().doubleValue()).isCloseTo(35.625, within(1e-3));
        assertThat(lifestyle.bottomQuartileDeviation().doubleValue()).isCloseTo(41.522, within(1e-3));
        assertThat(lifestyle.sentenceJa())
                .isEqualTo(
                        "弱み: 生活習慣病予防健診実施率（ブロック平均偏差値35.6、下位25%の水準（偏差値41.5）以下。" + "福島41位・山形42位・秋田43位・宮城44位・岩手45位・青森46位）");
        assertThat(tohoku.nameJa()).isEqualTo("東北ブロック");
    }

    private static List<StoredResult> results() {
        List<StoredResult> results = new ArrayList<>();
        for (int n = 1; n <= 47; n++) {
            results.add(StoredResults.yearEnd(OrgCode.of(n), FY2023, "LIFESTYLE_CHECKUP_RATE", 2021)
                    .value(StoredResults.percent(n + ".0"))
                    .synthetic(n == 9)
                    .build());
            if (n != 9) {
                results.add(StoredResults.yearEnd(OrgCode.of(n), FY2023, "SINGLE_BID_RATE", 2021)
                        .value(StoredResults.percent(n + ".0"))
                        .build());
            }
        }
        return results;
    }
}
