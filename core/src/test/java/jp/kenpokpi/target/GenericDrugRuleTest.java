package jp.kenpokpi.target;

import static jp.kenpokpi.catalogue.ReferenceCatalogue.definition;
import static jp.kenpokpi.target.HeadquartersRuleChecks.assertJudgedBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.evaluation.Evaluator;
import jp.kenpokpi.evaluation.KpiEvaluation;
import jp.kenpokpi.evaluation.MarkPolicies;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.PriorYearResult;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.value.PrintedValueParser;
import jp.kenpokpi.value.UnreadableValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Headquarters' generic-drug rule (hq-fy2021 (3) KPI l.740-743; akita-fy2025 KPI一覧表 考え方 l.766-768): a branch
 * sets its own target, but a branch already at 80% or more at the prior year end must only reach 対前年度以上.
 */
class GenericDrugRuleTest {

    private static final KpiDefinition GENERIC = definition("GENERIC_DRUG_SHARE", 2023);
    private static final OrgCode BRANCH = OrgCode.of("05");

    @ParameterizedTest(name = "prior {0}, target {1}, result {2} → {3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            81.0 | 78.0%以上 | 80.5% | MISSED   | at 80% or more: judged against the prior year, not 78.0%
            81.0 | 78.0%以上 | 81.0% | MET      | at 80% or more: the prior year reached
            81.0 | 78.0%以上 | 81.2% | EXCEEDED | at 80% or more: the prior year beaten
            80.0 | 78.0%以上 | 79.9% | MISSED   | exactly at the threshold counts as at 80% or more
            75.0 | 78.0%以上 | 80.5% | EXCEEDED | below 80%: judged against the branch's own 78.0%
            75.0 | 78.0%以上 | 77.9% | MISSED   | below 80%: the branch's own target missed
            79.9 | 78.0%以上 | 78.0% | MET      | below 80%: the branch's own target met
            """)
    void a_branch_at_80_percent_or_more_is_judged_against_its_prior_year(
            BigDecimal prior, String target, String actual, Achievement expected, String why)
            throws UnreadableValueException {
        KpiEvaluation evaluation =
                evaluate(BRANCH, target, actual, new PriorYearResult.Known(FiscalYear.of(2022), prior, false));

        assertJudgedBy(evaluation, GenericDrugRule.class, expected, why);
    }

    @Test
    void the_reason_says_the_prior_year_rule_was_applied() throws UnreadableValueException {
        KpiEvaluation evaluation = evaluate(
                BRANCH,
                "78.0%以上",
                "80.5%",
                new PriorYearResult.Known(FiscalYear.of(2022), new BigDecimal("81.0"), false));

        assertThat(evaluation.outcome().reason()).contains("対前年度以上を適用");
        assertThat(evaluation.achieved()).contains(false);
    }

    @Test
    void without_a_prior_year_the_branch_target_applies() throws UnreadableValueException {
        KpiEvaluation evaluation =
                evaluate(BRANCH, "78.0%以上", "80.5%", new PriorYearResult.Missing(FiscalYear.of(2022)));

        assertThat(evaluation.outcome().achievement()).isEqualTo(Achievement.EXCEEDED);
    }

    @Test
    void the_association_is_not_wrapped() throws UnreadableValueException {
        TargetRule printed = TargetRuleParser.parse("80.0%", GENERIC).orElseThrow();

        assertThat(HeadquartersRules.applyTo("GENERIC_DRUG_SHARE", OrgCode.ASSOCIATION, printed))
                .isSameAs(printed);
        KpiEvaluation evaluation = evaluate(
                OrgCode.ASSOCIATION,
                "78.0%以上",
                "80.5%",
                new PriorYearResult.Known(FiscalYear.of(2022), new BigDecimal("81.0"), false));
        assertThat(evaluation.rule()).containsInstanceOf(ValueTarget.class);
        assertThat(evaluation.outcome().achievement()).isEqualTo(Achievement.EXCEEDED);
    }

    @Test
    void a_branch_target_is_wrapped_and_a_prior_year_target_is_not() throws UnreadableValueException {
        TargetRule own = TargetRuleParser.parse("78.0%以上", GENERIC).orElseThrow();
        TargetRule relative = TargetRuleParser.parse("対前年度以上", GENERIC).orElseThrow();

        assertThat(HeadquartersRules.applyTo("GENERIC_DRUG_SHARE", BRANCH, own))
                .isEqualTo(new GenericDrugRule(own, new BigDecimal("80")));
        assertThat(HeadquartersRules.applyTo("GENERIC_DRUG_SHARE", BRANCH, relative))
                .isSameAs(relative);
        assertThat(HeadquartersRules.applyTo("LIFESTYLE_CHECKUP_RATE", BRANCH, own))
                .isSameAs(own);
    }

    private static KpiEvaluation evaluate(OrgCode org, String target, String actual, PriorYearResult prior)
            throws UnreadableValueException {
        Optional<TargetRule> rule = TargetRuleParser.parse(target, GENERIC);
        return new Evaluator(MarkPolicies.EXCEEDS)
                .evaluate(
                        org,
                        GENERIC,
                        rule,
                        Result.of(PrintedValueParser.parse(actual).value()),
                        prior);
    }
}
