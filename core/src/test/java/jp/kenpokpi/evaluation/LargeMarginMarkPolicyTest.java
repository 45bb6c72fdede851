package jp.kenpokpi.evaluation;

import static jp.kenpokpi.catalogue.ReferenceCatalogue.definition;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.PriorYearResult;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.target.TargetRuleParser;
import jp.kenpokpi.value.PrintedValueParser;
import jp.kenpokpi.value.UnreadableValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 計画を大幅に上回る (PRODUCT.md): ◎ only when the result beats the target by at least a set relative margin of the
 * target (10% by default), ○ when met, △ when missed, × when not carried out.
 */
class LargeMarginMarkPolicyTest {

    @ParameterizedTest(name = "{0}: 目標 {2}, 実績 {3} → {4} ({5})")
    @CsvSource(delimiter = '|', textBlock = """
            large-margin   | LIFESTYLE_CHECKUP_RATE | 50.0%以上 | 55.0%  | ◎ | beaten by 5.0 = 10% of the target
            large-margin   | LIFESTYLE_CHECKUP_RATE | 50.0%以上 | 60.0%  | ◎ | beaten by 20% of the target
            large-margin   | LIFESTYLE_CHECKUP_RATE | 50.0%以上 | 54.9%  | ○ | beaten by less than 10%
            large-margin   | LIFESTYLE_CHECKUP_RATE | 50.0%以上 | 50.0%  | ○ | met exactly
            large-margin   | LIFESTYLE_CHECKUP_RATE | 50.0%以上 | 49.9%  | △ | missed
            large-margin   | LIFESTYLE_CHECKUP_RATE | 71.7%以上 | 72.2%  | ○ | tochigi 項番(9): ◎ under exceeds, only ○ here
            large-margin   | SINGLE_BID_RATE        | 20%以下   | 0.0%   | ◎ | lower is better: 20 points under a 20% limit
            large-margin   | SINGLE_BID_RATE        | 20%以下   | 18.0%  | ◎ | lower is better: 2 points = 10% of the limit
            large-margin   | SINGLE_BID_RATE        | 20%以下   | 19.0%  | ○ | lower is better: 1 point = 5% of the limit
            large-margin   | SINGLE_BID_RATE        | 20%以下   | 20.0%  | ○ | lower is better: met
            large-margin   | SINGLE_BID_RATE        | 20%以下   | 20.1%  | △ | lower is better: missed
            large-margin   | OPINION_ADVOCACY       | 実施       | 実施    | ○ | done
            large-margin   | OPINION_ADVOCACY       | 実施       | 未実施   | × | not carried out
            large-margin   | LIFESTYLE_CHECKUP_RATE | 50.0%以上 | —      | — | no result
            large-margin:5 | SINGLE_BID_RATE        | 20%以下   | 19.0%  | ◎ | 5%: 1 point = 5% of the limit
            large-margin:5 | LIFESTYLE_CHECKUP_RATE | 50.0%以上 | 52.5%  | ◎ | 5%: beaten by 2.5 = 5% of the target
            large-margin:5 | LIFESTYLE_CHECKUP_RATE | 50.0%以上 | 52.4%  | ○ | 5%: beaten by less
            large-margin:20| LIFESTYLE_CHECKUP_RATE | 50.0%以上 | 55.0%  | ○ | 20%: 10% is not enough
            """)
    void the_mark_depends_on_the_margin_relative_to_the_target(
            String policyId, String kpiCode, String target, String actual, String mark, String why)
            throws UnreadableValueException {
        MarkPolicy policy = MarkPolicies.parse(policyId).orElseThrow();
        KpiDefinition definition = definition(kpiCode, 2023);

        KpiEvaluation evaluation = new Evaluator(policy)
                .evaluate(
                        OrgCode.of("09"),
                        definition,
                        TargetRuleParser.parse(target, definition),
                        Result.of(PrintedValueParser.parse(actual).value()),
                        new PriorYearResult.Missing(FiscalYear.of(2022)));

        assertThat(evaluation.mark())
                .as(why + ": " + evaluation.outcome().reason())
                .isEqualTo(Mark.parse(mark).orElseThrow());
    }

    @Test
    void a_prior_year_target_beaten_by_the_margin_is_double_circle() throws UnreadableValueException {
        // tochigi-fy2023 項番(4): 0.418% against the prior year's 0.371% is 12.7% better → ◎ here, ○ under exceeds
        KpiDefinition definition = definition("RECEIPT_REVIEW_RATE", 2023);
        KpiEvaluation evaluation = new Evaluator(MarkPolicies.LARGE_MARGIN)
                .evaluate(
                        OrgCode.of("09"),
                        definition,
                        TargetRuleParser.parse("対前年度以上", definition),
                        Result.of(PrintedValueParser.parse("0.418%").value()),
                        new PriorYearResult.Known(FiscalYear.of(2022), new BigDecimal("0.371"), false));

        assertThat(evaluation.mark()).isEqualTo(Mark.EXCEEDED);
    }

    @Test
    void the_default_margin_is_ten_percent() {
        assertThat(MarkPolicies.LARGE_MARGIN).isEqualTo(new LargeMarginMarkPolicy(BigDecimal.TEN));
        assertThat(MarkPolicies.parse("large-margin")).contains(MarkPolicies.LARGE_MARGIN);
        assertThat(MarkPolicies.LARGE_MARGIN.id()).isEqualTo("large-margin:10");
    }

    @Test
    void a_configured_margin_is_read_from_its_id() {
        assertThat(MarkPolicies.parse("large-margin:5")).contains(new LargeMarginMarkPolicy(new BigDecimal("5")));
        assertThat(MarkPolicies.parse("large-margin:5").orElseThrow().id()).isEqualTo("large-margin:5");
        assertThat(MarkPolicies.parse("exceeds")).contains(MarkPolicies.EXCEEDS);
    }

    @ParameterizedTest(name = "「{0}」 is not a mark policy")
    @ValueSource(strings = {"foo", "large-margin:-3", "large-margin:0", "large-margin:abc", "large-margin:", "EXCEEDS"})
    void an_unknown_or_non_positive_policy_is_rejected(String id) {
        assertThat(MarkPolicies.parse(id)).isEmpty();
    }

    @Test
    void both_conventions_are_presets() {
        assertThat(MarkPolicies.presets()).containsExactly(MarkPolicies.EXCEEDS, MarkPolicies.LARGE_MARGIN);
    }
}
