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
import jp.kenpokpi.value.PrintedValue;
import jp.kenpokpi.value.UnreadableValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The small-tender exception to the single-bid rate (akita-fy2025 KPI一覧表 l.820 and 特例: 「入札見込み6件以下の支部は
 * 一者応札1件以内で達成」): where one single-bid case alone would exceed the limit, one case counts as achieved.
 */
class SmallTenderExceptionTest {

    private static final KpiDefinition SINGLE_BID = definition("SINGLE_BID_RATE", 2025);

    @ParameterizedTest(name = "{1} single bids of {2} tenders against {0} → {3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            15%以下 | 1 | 6  | MET      | 16.7%, but six tenders or fewer: one case is achieved by the exception
            15%以下 | 1 | 3  | MET      | 33.3%, three tenders: one case is achieved by the exception
            15%以下 | 2 | 6  | MISSED   | 33.3%: two cases are never covered by the exception
            15%以下 | 1 | 7  | EXCEEDED | 14.3%: achieved by the rate itself
            15%以下 | 0 | 5  | EXCEEDED | 0.0%: no single bid at all
            15%以下 | 2 | 13 | MISSED   | 15.4% with thirteen tenders: the exception does not apply
            20%以下 | 1 | 5  | MET      | 20.0%: met by the rate itself
            20%以下 | 1 | 4  | MET      | 25.0%, four tenders: achieved by the exception
            """)
    void one_single_bid_case_counts_as_achieved_when_there_are_few_tenders(
            String target, int singleBids, int tenders, Achievement expected, String why)
            throws UnreadableValueException {
        KpiEvaluation evaluation = evaluate(OrgCode.of("05"), target, singleBids, tenders);

        assertJudgedBy(evaluation, SmallTenderException.class, expected, why);
    }

    @Test
    void the_exception_says_why_it_applied() throws UnreadableValueException {
        KpiEvaluation evaluation = evaluate(OrgCode.of("05"), "15%以下", 1, 6);

        assertThat(evaluation.outcome().reason()).contains("特例").contains("6件");
        assertThat(evaluation.achieved()).contains(true);
    }

    @Test
    void the_association_is_judged_by_the_rate_alone() throws UnreadableValueException {
        KpiEvaluation evaluation = evaluate(OrgCode.ASSOCIATION, "15%以下", 1, 6);

        assertThat(evaluation.rule()).containsInstanceOf(ValueTarget.class);
        assertThat(evaluation.outcome().achievement()).isEqualTo(Achievement.MISSED);
    }

    @ParameterizedTest(name = "with a {0}% limit the exception applies up to {1} tenders")
    @CsvSource({"15, 6", "20, 4", "10, 9", "50, 1"})
    void the_exception_applies_while_one_case_alone_exceeds_the_limit(BigDecimal limit, int maxTenders)
            throws UnreadableValueException {
        String target = limit.toPlainString() + "%以下";

        KpiEvaluation atTheEdge = evaluate(OrgCode.of("05"), target, 1, maxTenders);
        KpiEvaluation oneMore = evaluate(OrgCode.of("05"), target, 1, maxTenders + 1);

        assertThat(atTheEdge.achieved()).contains(true);
        assertThat(atTheEdge.outcome().reason()).contains("特例");
        assertThat(oneMore.achieved()).contains(true);
        assertThat(oneMore.outcome().reason()).as("met by the rate itself").doesNotContain("特例");
    }

    private static KpiEvaluation evaluate(OrgCode org, String target, int singleBids, int tenders)
            throws UnreadableValueException {
        Optional<TargetRule> rule = TargetRuleParser.parse(target, SINGLE_BID);
        Result result = new Result(
                new PrintedValue.NotYet(),
                Optional.of(BigDecimal.valueOf(singleBids)),
                Optional.of(BigDecimal.valueOf(tenders)));
        return new Evaluator(MarkPolicies.EXCEEDS)
                .evaluate(org, SINGLE_BID, rule, result, new PriorYearResult.Missing(FiscalYear.of(2024)));
    }
}
