package jp.kenpokpi.evaluation;

import static jp.kenpokpi.catalogue.ReferenceCatalogue.definition;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.catalogue.ReferenceCatalogue;
import jp.kenpokpi.interchange.InterchangeReader;
import jp.kenpokpi.interchange.InterchangeRow;
import jp.kenpokpi.interchange.SampleData;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.FinalResults;
import jp.kenpokpi.result.PriorYearResolver;
import jp.kenpokpi.result.PriorYearResult;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.target.Achievement;
import jp.kenpokpi.target.TargetRule;
import jp.kenpokpi.target.TargetRuleParser;
import jp.kenpokpi.value.PrintedValue;
import jp.kenpokpi.value.PrintedValueParser;
import jp.kenpokpi.value.UnreadableValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The "exceeds" convention of the Tochigi table: an absolute target beaten → ◎, met exactly → ○, missed → △; a
 * prior-year target met → ○; a done-target done → ○; not done → ×.
 */
class ExceedsMarkPolicyTest {

    private static final OrgCode TOCHIGI = OrgCode.of("09");
    private static final Evaluator EXCEEDS = new Evaluator(MarkPolicies.EXCEEDS);

    @ParameterizedTest(name = "項番{0} {1}: 目標 {3}, R5実績 {4} (R4実績 {2}) → {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # Source: seeds/tochigi-fy2023-implementation-status.txt, 令和５年度 栃木支部事業計画実施状況（概要）, top table
            # (also in sample-data/tochigi-fy2023.csv). Columns: 項番 | KPI | 令和４年度実績 | 令和５年度目標 | 令和５年度実績 | 令和５年度実施状況
            (1)  | SS_ACHIEVEMENT               | 100%        | 100%           | 100%        | 〇
            (2)  | MAIL_APPLICATION_RATE        | 93.9%       | 96.0%          | 93.9%       | △
            (3)  | JUDO_MULTI_FREQUENT_RATE     | 0.95%       | 対前年度以下     | 0.94%       | 〇
            (4)  | RECEIPT_REVIEW_RATE          | 0.371%      | 対前年度以上     | 0.418%      | 〇
            (5)  | REREVIEW_AMOUNT_PER_CASE     | 5,684円     | 対前年度以上     | 6,535円     | 〇
            (6)  | CARD_RECOVERY_RATE           | 89.48%      | 対前年度以上     | 86.64%      | △
            (7)  | REFUND_CLAIM_RECOVERY_RATE   | 67.68%      | 対前年度以上     | 62.60%      | △
            (8)  | DEPENDENT_CONFIRMATION_RATE  | 90.50%      | 94.0％以上      | 89.60%      | △
            (9)  | LIFESTYLE_CHECKUP_RATE       | 71.9%       | 71.7%以上       | 72.2%       | ◎
            (10) | EMPLOYER_CHECKUP_DATA_RATE   | 9.4%        | 8.6%以上        | 8.9%        | ◎
            (11) | DEPENDENT_CHECKUP_RATE       | 30.9%       | 33.2%以上       | 30.7%       | △
            (12) | INSURED_GUIDANCE_RATE        | 25.0%       | 34.5％以上      | 28.7%       | △
            (13) | DEPENDENT_GUIDANCE_RATE      | 19.3%       | 18.9%以上       | 19.9%       | ◎
            (14) | REFERRAL_VISIT_RATE          | 12.6%       | 13.1%以上       | 13.1%       | 〇
            (15) | HEALTH_DECLARATION_OFFICES   | 1,325事業所  | 1,330事業所以上  | 1,529事業所  | ◎
            (16) | HEALTH_COMMISSIONER_COVERAGE | 70.9%       | 72.0％以上      | 72.0%       | 〇
            (17) | GENERIC_DRUG_SHARE           | 82.0%       | 対前年度以上     | 83.8%       | 〇
            (18) | OPINION_ADVOCACY             | 実施         | 実施            | 実施         | 〇
            (19) | SINGLE_BID_RATE              | 0.0%        | 20%以下         | 0.0%        | ◎
            """)
    void the_tochigi_fy2023_summary_table_marks_are_reproduced(
            String item,
            String kpiCode,
            String fy2022Actual,
            String fy2023Target,
            String fy2023Actual,
            String printedMark)
            throws UnreadableValueException {
        KpiDefinition definition = definition(kpiCode, 2023);
        Optional<TargetRule> rule = TargetRuleParser.parse(fy2023Target, definition);
        Result result = Result.of(PrintedValueParser.parse(fy2023Actual).value());
        PriorYearResult prior = Result.of(PrintedValueParser.parse(fy2022Actual).value())
                .number(definition(kpiCode, 2022))
                .<PriorYearResult>map(v -> new PriorYearResult.Known(FiscalYear.of(2022), v, false))
                // (18) 実施 has no number; a done-target does not look at the prior year
                .orElse(new PriorYearResult.Missing(FiscalYear.of(2022)));

        KpiEvaluation evaluation = EXCEEDS.evaluate(TOCHIGI, definition, rule, result, prior);

        assertThat(evaluation.mark())
                .as("項番%s %s: %s", item, kpiCode, evaluation.outcome().reason())
                .isEqualTo(Mark.parse(printedMark).orElseThrow());
    }

    private static final List<InterchangeRow> TOCHIGI_SAMPLE = new InterchangeReader(ReferenceCatalogue.get())
            .read(List.of(SampleData.file("tochigi-fy2023.csv")))
            .rows();

    static Stream<Arguments> markedRowsOfTheTochigiSampleData() {
        return TOCHIGI_SAMPLE.stream()
                .filter(r -> r.mark().isPresent())
                .map(r -> Arguments.of(r.definition().kpiCode(), r.line(), r));
    }

    @Test
    void the_tochigi_sample_data_carries_the_19_marks_of_the_table() {
        assertThat(markedRowsOfTheTochigiSampleData()).hasSize(19);
    }

    /** The whole path: interchange rows → prior year resolved from the recorded final results → rule → mark. */
    @ParameterizedTest(name = "{0}: sample-data/tochigi-fy2023.csv line {1}")
    @MethodSource("markedRowsOfTheTochigiSampleData")
    void the_marks_printed_in_the_tochigi_sample_data_are_the_computed_ones(
            String kpiCode, int line, InterchangeRow row) throws UnreadableValueException {
        FinalResults recorded = (org, year, code, definitionFy) -> TOCHIGI_SAMPLE.stream()
                .filter(r -> r.asOf().isEmpty()
                        && r.org().equals(org)
                        && r.year().equals(year)
                        && r.definition().kpiCode().equals(code)
                        && r.definition().definitionFy() == definitionFy)
                .findFirst()
                .map(r -> new Result(r.actual(), r.numerator(), r.denominator()));
        PriorYearResult prior =
                PriorYearResolver.resolve(ReferenceCatalogue.kpi(kpiCode), row.org(), row.year(), recorded);

        KpiEvaluation evaluation = EXCEEDS.evaluate(
                row.org(),
                row.definition(),
                TargetRuleParser.parse(row.target().orElse(null), row.definition()),
                new Result(row.actual(), row.numerator(), row.denominator()),
                prior);

        assertThat(evaluation.mark())
                .as(evaluation.outcome().reason())
                .isEqualTo(row.mark().orElseThrow());
    }

    @Test
    void the_tochigi_table_prints_circle_as_kanji_zero_which_reads_as_circle() {
        assertThat(Mark.parse("〇")).contains(Mark.AS_PLANNED);
        assertThat(Mark.parse("○")).contains(Mark.AS_PLANNED);
    }

    @Test
    void a_ratio_rounded_to_its_reporting_precision_meets_an_equal_target() throws UnreadableValueException {
        // tochigi-fy2023 項番(14): 1,044 of 7,986 = 13.07%, reported as 13.1%, against 13.1%以上
        KpiDefinition referral = definition("REFERRAL_VISIT_RATE", 2023);
        Result result = new Result(
                new PrintedValue.NotYet(), Optional.of(new BigDecimal("1044")), Optional.of(new BigDecimal("7986")));
        assertThat(Result.quotient(new BigDecimal("1044"), new BigDecimal("7986"), referral.unit()))
                .isLessThan(new BigDecimal("13.1"));

        KpiEvaluation evaluation = EXCEEDS.evaluate(
                TOCHIGI,
                referral,
                TargetRuleParser.parse("13.1%以上", referral),
                result,
                new PriorYearResult.Missing(FiscalYear.of(2022)));

        assertThat(evaluation.outcome().achievement()).isEqualTo(Achievement.MET);
        assertThat(evaluation.achieved()).contains(true);
        assertThat(evaluation.mark()).isEqualTo(Mark.AS_PLANNED);
    }

    @ParameterizedTest(name = "{0}: {1} 目標 {2}, 実績 {3} (前年度 {4}) → {5} {7}")
    @CsvSource(delimiter = '|', textBlock = """
            # rule                                      | KPI                          | target   | result | prior | achievement     | achieved | mark            | symbol
            an absolute target beaten is ◎             | LIFESTYLE_CHECKUP_RATE       | 71.7%以上 | 72.2%  |       | EXCEEDED        | true     | EXCEEDED        | ◎
            an absolute target met exactly is ○        | HEALTH_COMMISSIONER_COVERAGE | 72.0％以上 | 72.0%  |       | MET             | true     | AS_PLANNED      | ○
            an absolute target missed is △             | MAIL_APPLICATION_RATE        | 96.0%    | 93.9%  |       | MISSED          | false    | BELOW_PLAN      | △
            a prior-year target beaten is only ○       | RECEIPT_REVIEW_RATE          | 対前年度以上 | 0.418% | 0.371 | EXCEEDED        | true     | AS_PLANNED      | ○
            # akita-fy2025 参考 l.1000: 岩手支部 意見発信 目標「実施」 結果「未実施」
            not carried out is ×                       | OPINION_ADVOCACY             | 実施      | 未実施  |       | NOT_CARRIED_OUT | false    | NOT_CARRIED_OUT | ×
            no result is — and achieved is empty       | LIFESTYLE_CHECKUP_RATE       | 71.7%以上 | —      |       | NO_RESULT       |          | NONE            | —
            """)
    void the_mark_follows_the_target_kind_and_how_the_result_compares(
            String rule,
            String kpiCode,
            String target,
            String actual,
            BigDecimal prior,
            Achievement achievement,
            Boolean achieved,
            Mark mark,
            String symbol)
            throws UnreadableValueException {
        KpiEvaluation evaluation = evaluate(kpiCode, target, actual, Optional.ofNullable(prior));

        assertThat(evaluation.outcome().achievement()).as(rule).isEqualTo(achievement);
        assertThat(evaluation.achieved()).as(rule).isEqualTo(Optional.ofNullable(achieved));
        assertThat(evaluation.mark()).as(rule).isEqualTo(mark);
        assertThat(evaluation.mark().symbol()).as(rule).isEqualTo(symbol);
    }

    private static KpiEvaluation evaluate(String kpiCode, String target, String actual, Optional<BigDecimal> prior)
            throws UnreadableValueException {
        KpiDefinition definition = definition(kpiCode, 2023);
        PriorYearResult priorYear = prior.<PriorYearResult>map(
                        v -> new PriorYearResult.Known(FiscalYear.of(2022), v, false))
                .orElse(new PriorYearResult.Missing(FiscalYear.of(2022)));
        return EXCEEDS.evaluate(
                TOCHIGI,
                definition,
                TargetRuleParser.parse(target, definition),
                Result.of(PrintedValueParser.parse(actual).value()),
                priorYear);
    }
}
