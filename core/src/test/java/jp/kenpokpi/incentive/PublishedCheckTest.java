package jp.kenpokpi.incentive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.kenpokpi.catalogue.Direction;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.ranking.BranchRanking;
import jp.kenpokpi.ranking.RankedBranch;
import org.junit.jupiter.api.Test;

/**
 * The published check: 和歌山 (30) scored ① 52 ② 50 ③ 61 ④ 46 ⑤ 36 on its FY2018 results, total 245, 28th of 47.
 * The other 46 branches here are 架空 (synthetic): no published figure of theirs is used.
 */
class PublishedCheckTest {

    private static final OrgCode WAKAYAMA = OrgCode.of("30");
    private static final FiscalYear FY2018 = FiscalYear.of(2018);
    private static final Map<Indicator, Integer> PUBLISHED = Map.of(
            Indicator.CHECK_UP_RATE, 52,
            Indicator.HEALTH_GUIDANCE_RATE, 50,
            Indicator.GUIDANCE_TARGET_REDUCTION, 61,
            Indicator.REFERRAL_VISIT_RATE, 46,
            Indicator.GENERIC_DRUG_SHARE, 36);

    @Test
    void the_published_indicator_scores_add_up_to_the_published_total_which_ranks_28th_among_47_totals() {
        assertThat(PUBLISHED.values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(245);
        // 46 架空 totals: 27 above 245, 19 below
        Map<OrgCode, BigDecimal> totals = new HashMap<>();
        List<OrgCode> others = others();
        for (int k = 0; k < others.size(); k++) {
            totals.put(others.get(k), BigDecimal.valueOf(k < 27 ? 290 - k : 240 - k));
        }
        totals.put(WAKAYAMA, BigDecimal.valueOf(245));

        List<RankedBranch> ranking = BranchRanking.rank(totals, Direction.HIGHER);

        assertThat(ranking).hasSize(47);
        assertThat(BranchRanking.rankOf(WAKAYAMA, ranking))
                .map(RankedBranch::rank)
                .contains(28);
    }

    /**
     * Through the engine: each indicator's column of 47 values is built to have mean 50 and population sd 10 with
     * 和歌山's published score in it (the 架空 branches take a + b × z, z a fixed pattern standardised, a and b solved
     * from Σ = 2,350 and Σ(x − 50)² = 4,700), and every sub-item of an indicator carries the same value (rise over a
     * prior rate of 0, count rise over a prior count of 10⁸). So 和歌山's 偏差値 on every sub-item is its published
     * score, whatever the weights, and the engine must return ① 52 … ⑤ 36, total 245, 28th, not rewarded (top 23).
     */
    @Test
    void the_engine_gives_wakayama_its_published_scores_total_and_rank() {
        IncentiveRanking ranking = IncentiveEngine.score(wakayamaAmongSyntheticBranches(), SchemeParameters.defaults());

        BranchScore wakayama = ranking.branch(WAKAYAMA).orElseThrow();
        PUBLISHED.forEach((indicator, score) -> assertThat(
                        wakayama.indicator(indicator).score().doubleValue())
                .as(indicator.circled())
                .isCloseTo(score, within(1e-4)));
        assertThat(wakayama.total().doubleValue()).isCloseTo(245, within(1e-3));
        assertThat(wakayama.rank()).hasValue(28);
        assertThat(wakayama.rewarded()).isFalse();
        assertThat(ranking.branches()).hasSize(47);
        assertThat(ranking.branches()).filteredOn(BranchScore::rewarded).hasSize(23);
        // FY2018 results → FY2020 rates → 0.004% of 47 × 1,000億円 = 188,000,000円, shared to the yen
        assertThat(ranking.ratesYear()).isEqualTo(FiscalYear.of(2020));
        assertThat(ranking.fundYen()).isEqualTo(188_000_000L);
        assertThat(ranking.branches().stream().mapToLong(BranchScore::shareYen).sum())
                .isEqualTo(188_000_000L);
        assertThat(ranking.parametersJa()).anySatisfy(l -> assertThat(l).startsWith("④受診勧奨を受けた要治療者の医療機関受診率"));
    }

    private static IncentiveInputs wakayamaAmongSyntheticBranches() {
        List<OrgCode> others = others();
        double[] z = standardised(others.size());
        Map<OrgCode, Map<Indicator, IndicatorInput>> inputs = new TreeMap<>();
        Map<OrgCode, Long> bases = new HashMap<>();
        for (OrgCode b : others) inputs.put(b, new EnumMap<>(Indicator.class));
        inputs.put(WAKAYAMA, new EnumMap<>(Indicator.class));
        for (Indicator i : Indicator.values()) {
            double d = PUBLISHED.get(i);
            double a = (2350 - d) / 46;
            double spread = Math.sqrt((4700 - (d - 50) * (d - 50) - 46 * (a - 50) * (a - 50)) / 46);
            for (int k = 0; k < others.size(); k++) inputs.get(others.get(k)).put(i, input(i, a + spread * z[k]));
            inputs.get(WAKAYAMA).put(i, input(i, d));
        }
        inputs.keySet().forEach(b -> bases.put(b, 100_000_000_000L));
        return new IncentiveInputs(FY2018, inputs, bases);
    }

    /** Every sub-item of the indicator carries v: the rate v, a rise of v over 0, a count rise of v% over 10⁸. */
    private static IndicatorInput input(Indicator indicator, double v) {
        String value = BigDecimal.valueOf(v).toPlainString();
        return switch (indicator) {
            case CHECK_UP_RATE, HEALTH_GUIDANCE_RATE ->
                IndicatorInput.ratesAndCounts(
                        value, "0", 100_000_000L + Math.round(v * 1_000_000), 100_000_000L, 1_000_000L);
            case GUIDANCE_TARGET_REDUCTION -> IndicatorInput.rate(value);
            case REFERRAL_VISIT_RATE, GENERIC_DRUG_SHARE -> IndicatorInput.rates(value, "0");
        };
    }

    /** 27 high and 19 low raw values, standardised to mean 0 and population sd 1: 27 branches ahead of 和歌山. */
    private static double[] standardised(int n) {
        double[] raw = new double[n];
        for (int k = 0; k < n; k++) raw[k] = k < 27 ? 1 + 0.01 * k : -2 - 0.01 * (k - 27);
        double mean = Arrays.stream(raw).average().orElseThrow();
        double sd =
                Math.sqrt(Arrays.stream(raw).map(x -> (x - mean) * (x - mean)).sum() / n);
        for (int k = 0; k < n; k++) raw[k] = (raw[k] - mean) / sd;
        return raw;
    }

    private static List<OrgCode> others() {
        List<OrgCode> others = new ArrayList<>();
        for (int n = 1; n <= 47; n++) if (n != 30) others.add(OrgCode.of(n));
        return others;
    }
}
