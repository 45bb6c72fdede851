package jp.kenpokpi.target;

import static jp.kenpokpi.catalogue.ReferenceCatalogue.definition;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.PriorYearResult;
import jp.kenpokpi.value.UnreadableValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The value a target sets and the side a result must be on, read off the rule itself (the KPI page draws it as the
 * target line). The prior year's final value is 71.9% where a rule asks for it.
 */
class ThresholdTest {

    private static final PriorYearResult PRIOR =
            new PriorYearResult.Known(FiscalYear.of(2022), new BigDecimal("71.9"), false);
    private static final PriorYearResult NO_PRIOR = new PriorYearResult.Missing(FiscalYear.of(2022));

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            LIFESTYLE_CHECKUP_RATE | 71.7%以上       | 71.7 at least, a value to reach              | 71.7 | AT_LEAST | ABSOLUTE
            LIFESTYLE_CHECKUP_RATE | 対前年度以上    | the prior year's 71.9, at least              | 71.9 | AT_LEAST | RELATIVE
            SINGLE_BID_RATE        | 20%以下         | 20 at most                                   | 20   | AT_MOST  | ABSOLUTE
            SINGLE_BID_RATE        | 対前年度以下    | the prior year's 71.9, at most               | 71.9 | AT_MOST  | RELATIVE
            OPINION_ADVOCACY       | 全支部で実施    | all 47 branches, at least                    | 47   | AT_LEAST | ABSOLUTE
            """)
    void a_rule_sets_its_value_and_side(
            String kpi, String printed, String why, BigDecimal value, Bound bound, TargetKind kind)
            throws UnreadableValueException {
        Optional<Threshold> threshold = rule(kpi, printed).threshold(PRIOR);

        assertThat(threshold).as(why).hasValueSatisfying(t -> {
            assertThat(t.value()).isEqualByComparingTo(value);
            assertThat(t.bound()).isEqualTo(bound);
            assertThat(t.kind()).isEqualTo(kind);
        });
    }

    @ParameterizedTest(name = "{0} {1}: nothing to draw ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            OPINION_ADVOCACY       | 実施         | an action is carried out or not
            LIFESTYLE_CHECKUP_RATE | 削除         | a dropped KPI is not judged
            LIFESTYLE_CHECKUP_RATE | 対前年度以上 | no prior-year value to compare with
            """)
    void a_rule_without_a_value_sets_none(String kpi, String printed, String why) throws UnreadableValueException {
        assertThat(rule(kpi, printed).threshold(NO_PRIOR)).as(why).isEmpty();
    }

    @ParameterizedTest(name = "prior {0}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            81.0 | 81.0 | RELATIVE | at 80% or more the prior year is the target
            75.0 | 78.0 | ABSOLUTE | below 80% the branch's own 78.0% is
            """)
    void the_generic_drug_rule_sets_the_prior_year_from_80_percent(
            BigDecimal prior, BigDecimal value, TargetKind kind, String why) throws UnreadableValueException {
        TargetRule rule = HeadquartersRules.applyTo(
                "GENERIC_DRUG_SHARE", OrgCode.of("05"), rule("GENERIC_DRUG_SHARE", "78.0%以上"));

        Optional<Threshold> threshold = rule.threshold(new PriorYearResult.Known(FiscalYear.of(2022), prior, false));

        assertThat(threshold).as(why).hasValueSatisfying(t -> {
            assertThat(t.value()).isEqualByComparingTo(value);
            assertThat(t.kind()).isEqualTo(kind);
            assertThat(t.bound()).isEqualTo(Bound.AT_LEAST);
        });
    }

    private static TargetRule rule(String kpi, String printed) throws UnreadableValueException {
        KpiDefinition definition = definition(kpi, 2023);
        return TargetRuleParser.parse(printed, definition).orElseThrow();
    }
}
