package jp.kenpokpi.ranking;

import static jp.kenpokpi.catalogue.ReferenceCatalogue.definition;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.catalogue.Direction;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.value.PrintedValue;
import jp.kenpokpi.value.PrintedValueParser;
import jp.kenpokpi.value.UnreadableValueException;
import org.junit.jupiter.api.Test;

/** 全国◯位: the rank among the 47 branches, direction-aware, compared at the reporting precision, ties sharing. */
class BranchRankingTest {

    private static final KpiDefinition LIFESTYLE = definition("LIFESTYLE_CHECKUP_RATE", 2023); // higher, 1 decimal
    private static final KpiDefinition SINGLE_BID = definition("SINGLE_BID_RATE", 2023); // lower, 1 decimal

    @Test
    void higher_is_better_ranks_the_highest_first() throws UnreadableValueException {
        List<RankedBranch> ranking =
                BranchRanking.rank(LIFESTYLE, results("02", "63.2%", "03", "64.0%", "04", "74.7%", "05", "56.8%"));

        assertThat(ranking).extracting(r -> r.branch().value()).containsExactly("04", "03", "02", "05");
        assertThat(ranking).extracting(RankedBranch::rank).containsExactly(1, 2, 3, 4);
    }

    @Test
    void lower_is_better_ranks_the_lowest_first() throws UnreadableValueException {
        List<RankedBranch> ranking = BranchRanking.rank(SINGLE_BID, results("04", "7.2%", "05", "12.5%", "02", "0.0%"));

        assertThat(ranking).extracting(r -> r.branch().value()).containsExactly("02", "04", "05");
        assertThat(ranking).extracting(RankedBranch::rank).containsExactly(1, 2, 3);
    }

    @Test
    void ties_share_a_rank_and_the_next_rank_is_skipped() throws UnreadableValueException {
        List<RankedBranch> ranking =
                BranchRanking.rank(LIFESTYLE, results("01", "50.0%", "02", "48.0%", "03", "48.0%", "04", "47.0%"));

        assertThat(ranking).extracting(RankedBranch::rank).containsExactly(1, 2, 2, 4);
        assertThat(BranchRanking.rankOf(OrgCode.of("03"), ranking).map(RankedBranch::rank))
                .contains(2);
        assertThat(BranchRanking.rankOf(OrgCode.of("04"), ranking).map(RankedBranch::rank))
                .contains(4);
    }

    @Test
    void values_equal_at_the_reporting_precision_are_a_tie() {
        // 48.04% and 47.96% both report as 48.0% on a one-decimal KPI
        Map<OrgCode, Result> results = new LinkedHashMap<>();
        results.put(OrgCode.of("10"), amount("48.04"));
        results.put(OrgCode.of("11"), amount("47.96"));
        results.put(OrgCode.of("12"), amount("47.94"));

        List<RankedBranch> ranking = BranchRanking.rank(LIFESTYLE, results);

        assertThat(ranking).extracting(RankedBranch::rank).containsExactly(1, 1, 3);
        assertThat(ranking.get(0).value()).isEqualByComparingTo("48.0");
    }

    @Test
    void a_ratio_without_a_printed_value_is_ranked_by_numerator_over_denominator() throws UnreadableValueException {
        Map<OrgCode, Result> results = results("05", "72.0%");
        results.put(
                OrgCode.of("09"),
                new Result(
                        new PrintedValue.NotYet(),
                        Optional.of(new BigDecimal("163860")),
                        Optional.of(new BigDecimal("226946"))));

        List<RankedBranch> ranking = BranchRanking.rank(LIFESTYLE, results);

        assertThat(ranking.get(0).branch()).isEqualTo(OrgCode.of("09"));
        assertThat(ranking.get(0).value()).isEqualByComparingTo("72.2");
    }

    @Test
    void the_association_is_never_ranked() throws UnreadableValueException {
        List<RankedBranch> ranking = BranchRanking.rank(LIFESTYLE, results("00", "99.9%", "05", "56.8%"));

        assertThat(ranking).extracting(RankedBranch::branch).containsExactly(OrgCode.of("05"));
        assertThat(ranking.get(0).rank()).isEqualTo(1);
    }

    @Test
    void a_branch_without_a_result_is_not_ranked() throws UnreadableValueException {
        List<RankedBranch> ranking = BranchRanking.rank(LIFESTYLE, results("05", "56.8%", "06", "—"));

        assertThat(ranking).extracting(RankedBranch::branch).containsExactly(OrgCode.of("05"));
    }

    @Test
    void a_done_kpi_gives_an_empty_ranking() throws UnreadableValueException {
        List<RankedBranch> ranking =
                BranchRanking.rank(definition("OPINION_ADVOCACY", 2023), results("02", "実施", "03", "未実施"));

        assertThat(ranking).isEmpty();
    }

    @Test
    void plain_values_rank_the_same_way_with_equal_values_sharing_whatever_their_scale() {
        // the incentive scheme's totals: 245.0 and 245 are a tie at 2nd, the next is 4th; the association is left out
        List<RankedBranch> ranking = BranchRanking.rank(
                Map.of(
                        OrgCode.of("30"),
                        new BigDecimal("245"),
                        OrgCode.of("29"),
                        new BigDecimal("245.0"),
                        OrgCode.of("13"),
                        new BigDecimal("260.5"),
                        OrgCode.of("01"),
                        new BigDecimal("230"),
                        OrgCode.ASSOCIATION,
                        new BigDecimal("999")),
                Direction.HIGHER);

        assertThat(ranking).extracting(r -> r.branch().value()).containsExactly("13", "29", "30", "01");
        assertThat(ranking).extracting(RankedBranch::rank).containsExactly(1, 2, 2, 4);
    }

    private static Result amount(String number) {
        return Result.of(new PrintedValue.Amount(new BigDecimal(number), Optional.empty()));
    }

    /** Pairs of branch code and printed value. */
    static Map<OrgCode, Result> results(String... codeAndValue) throws UnreadableValueException {
        Map<OrgCode, Result> results = new LinkedHashMap<>();
        for (int i = 0; i < codeAndValue.length; i += 2) {
            results.put(
                    OrgCode.of(codeAndValue[i]),
                    Result.of(PrintedValueParser.parse(codeAndValue[i + 1]).value()));
        }
        return results;
    }
}
