package jp.kenpokpi.entry;

import static jp.kenpokpi.catalogue.ReferenceCatalogue.definition;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.catalogue.ReferenceCatalogue;
import jp.kenpokpi.entry.ResultEntryCheck.Field;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.evaluation.MarkPolicies;
import jp.kenpokpi.evaluation.SelfEvaluation;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.KpiDataSet;
import jp.kenpokpi.result.StoredResult;
import jp.kenpokpi.result.StoredResults;
import jp.kenpokpi.result.StoredTarget;
import jp.kenpokpi.summary.BranchYearSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An entered year-end result is judged on the values being saved, as the dashboard judges it: a miss needs the
 * narrative, a self-evaluation needs its reason. Targets and prior years are Tochigi's FY2023 report.
 */
class ResultEntryCheckTest {

    private static final OrgCode TOCHIGI = OrgCode.of("09");
    private static final FiscalYear FY2023 = FiscalYear.of(2023);

    /** Tochigi's FY2023 targets and the FY2022 results the relative ones are measured against. */
    private static final KpiDataSet DATA = new KpiDataSet(
            List.of(
                    target("EMPLOYER_CHECKUP_DATA_RATE", "8.6%以上"),
                    target("CARD_RECOVERY_RATE", "対前年度以上"),
                    target("OPINION_ADVOCACY", "実施")),
            List.of(priorYear("CARD_RECOVERY_RATE", "89.48%")));

    private static StoredTarget target(String kpiCode, String text) {
        return StoredResults.target(TOCHIGI.value(), FY2023, kpiCode, text);
    }

    private static StoredResult priorYear(String kpiCode, String printed) {
        return StoredResults.yearEnd(
                        TOCHIGI.value(),
                        FY2023.previous(),
                        kpiCode,
                        definition(kpiCode, 2022).definitionFy())
                .printed(printed)
                .build();
    }

    /** The message of the one problem found, which must be on the field named. */
    private static String onlyProblemOn(Field field, ResultEntryCheck.Outcome outcome) {
        assertThat(outcome.problems())
                .extracting(ResultEntryCheck.Problem::field)
                .containsExactly(field);
        return outcome.problems().get(0).messageJa();
    }

    private static ResultEntryCheck.Outcome check(String kpiCode, ResultEntry entry) {
        KpiDefinition definition = definition(kpiCode, 2023);
        BranchYearSummary summary = new BranchYearSummary(ReferenceCatalogue.get(), DATA, MarkPolicies.EXCEEDS);
        return ResultEntryCheck.check(
                entry, definition, TOCHIGI, r -> summary.evaluate(TOCHIGI, FY2023, definition, r));
    }

    private static ResultEntry value(String actual, String narrative) {
        return ResultEntry.of(actual, null, null, null, Optional.empty(), null, narrative);
    }

    @ParameterizedTest(name = "{0} {1} (target {2}) → narrative required: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # KPI                      | entered | target of the year            | narrative required | mark
            EMPLOYER_CHECKUP_DATA_RATE | 8.0%    | 8.6%以上                      | true               | BELOW_PLAN
            EMPLOYER_CHECKUP_DATA_RATE | 8.6%    | 8.6%以上                      | false              | AS_PLANNED
            EMPLOYER_CHECKUP_DATA_RATE | 8.9%    | 8.6%以上                      | false              | EXCEEDED
            CARD_RECOVERY_RATE         | 86.64%  | 対前年度以上 (FY2022 89.48%)   | true               | BELOW_PLAN
            CARD_RECOVERY_RATE         | 89.50%  | 対前年度以上 (FY2022 89.48%)   | false              | AS_PLANNED
            OPINION_ADVOCACY           | 未実施   | 実施                          | true               | NOT_CARRIED_OUT
            OPINION_ADVOCACY           | 実施     | 実施                          | false              | AS_PLANNED
            EMPLOYER_CHECKUP_DATA_RATE | —       | 8.6%以上                      | false              | NONE
            """)
    void a_result_that_misses_its_target_needs_the_narrative(
            String kpiCode, String entered, String target, boolean required, Mark mark) {
        ResultEntryCheck.Outcome without = check(kpiCode, value(entered, null));
        ResultEntryCheck.Outcome with = check(kpiCode, value(entered, "受診勧奨を実施したが、事業所の理解が得られなかった"));

        assertThat(without.evaluation())
                .hasValueSatisfying(e -> assertThat(e.mark()).isEqualTo(mark));
        assertThat(without.problems().stream().anyMatch(p -> p.field() == Field.NARRATIVE))
                .isEqualTo(required);
        assertThat(with.problems()).isEmpty();
    }

    @Test
    void the_narrative_message_says_why_the_result_misses() {
        ResultEntryCheck.Outcome outcome = check("EMPLOYER_CHECKUP_DATA_RATE", value("8.0%", "  "));

        assertThat(onlyProblemOn(Field.NARRATIVE, outcome)).contains("取組内容と達成できなかった理由を入力してください", "0.6ポイント届かず未達成");
    }

    @Test
    void a_miss_computed_from_numerator_and_denominator_needs_the_narrative_too() {
        // 18,156 / 226,946 = 8.0%, short of 8.6%
        ResultEntryCheck.Outcome outcome = check(
                "EMPLOYER_CHECKUP_DATA_RATE",
                ResultEntry.of("", "18156", "226946", null, Optional.empty(), null, null));

        assertThat(outcome.problems())
                .extracting(ResultEntryCheck.Problem::field)
                .containsExactly(Field.NARRATIVE);
    }

    @Test
    void a_self_evaluation_needs_its_reason() {
        ResultEntryCheck.Outcome without = check(
                "EMPLOYER_CHECKUP_DATA_RATE",
                ResultEntry.of("8.9%", null, null, null, Optional.of(SelfEvaluation.S), " ", null));
        ResultEntryCheck.Outcome with = check(
                "EMPLOYER_CHECKUP_DATA_RATE",
                ResultEntry.of("8.9%", null, null, null, Optional.of(SelfEvaluation.S), "目標を0.3ポイント上回った", null));

        assertThat(onlyProblemOn(Field.SELF_EVALUATION_REASON, without)).contains("自己評価（S）を選んだときは、その理由を入力してください");
        assertThat(with.problems()).isEmpty();
    }

    @Test
    void a_reason_needs_its_self_evaluation_as_on_the_plan_form_and_in_the_plan_file() {
        ResultEntryCheck.Outcome outcome = check(
                "EMPLOYER_CHECKUP_DATA_RATE",
                ResultEntry.of("8.9%", null, null, null, Optional.empty(), "目標を0.3ポイント上回った", null));

        assertThat(onlyProblemOn(Field.SELF_EVALUATION, outcome)).isEqualTo("自己評価の理由がありますが、自己評価（S〜D）が選ばれていません");
    }

    @Test
    void an_unreadable_value_is_refused_on_its_field_and_not_judged() {
        ResultEntryCheck.Outcome outcome = check(
                "EMPLOYER_CHECKUP_DATA_RATE",
                ResultEntry.of("８．０ぱーせんと", "1", null, null, Optional.of(SelfEvaluation.C), null, null));

        assertThat(outcome.evaluation()).isEmpty();
        assertThat(outcome.problems())
                .extracting(ResultEntryCheck.Problem::field)
                .containsExactly(Field.ACTUAL, Field.SELF_EVALUATION_REASON);
    }

    @Test
    void the_value_checks_are_the_interchange_ones_mapped_to_the_form_fields() {
        ResultEntryCheck.Outcome outcome = check(
                "EMPLOYER_CHECKUP_DATA_RATE",
                ResultEntry.of("9.0%", "20243", "226946", null, Optional.empty(), null, null));

        assertThat(onlyProblemOn(Field.ACTUAL, outcome)).contains("20243÷226946＝8.9%）と一致しません");
    }

    @Test
    void the_form_refuses_a_rate_outside_0_to_100_percent_and_control_characters_as_the_import_does() {
        ResultEntryCheck.Outcome rate = check(
                "EMPLOYER_CHECKUP_DATA_RATE", ResultEntry.of("150.0%", null, null, null, Optional.empty(), null, null));
        assertThat(rate.problems())
                .extracting(ResultEntryCheck.Problem::field)
                .containsExactly(ResultEntryCheck.Field.ACTUAL);
        assertThat(rate.problems().get(0).messageJa()).contains("率は100%を超えません");

        ResultEntryCheck.Outcome texts = check(
                "EMPLOYER_CHECKUP_DATA_RATE",
                ResultEntry.of(
                        "8.9%", null, null, "備考\u001B[2J", Optional.of(SelfEvaluation.S), "理由\u0000", "一行目\n二行目"));
        assertThat(texts.problems())
                .extracting(ResultEntryCheck.Problem::field)
                .containsExactly(ResultEntryCheck.Field.NOTE, ResultEntryCheck.Field.SELF_EVALUATION_REASON);
        assertThat(texts.problems())
                .extracting(ResultEntryCheck.Problem::messageJa)
                .allSatisfy(m -> assertThat(m).contains("使えません"));
    }

    @Test
    void a_month_end_result_is_checked_as_a_year_end_one_but_not_judged_against_the_years_target() {
        KpiDefinition definition = definition("EMPLOYER_CHECKUP_DATA_RATE", 2023);
        // 4.0% is far below the year's 8.6%以上, as a value part way through the year is: no narrative is due.
        ResultEntryCheck.Outcome partWay = ResultEntryCheck.checkInterim(
                ResultEntry.of(null, "9000", "226946", "9月末", Optional.empty(), null, null), definition, TOCHIGI);
        assertThat(partWay.ok()).isTrue();
        assertThat(partWay.evaluation()).isEmpty();
        assertThat(partWay.result().numerator()).isPresent();

        ResultEntryCheck.Outcome wrong = ResultEntryCheck.checkInterim(
                ResultEntry.of("9.0%", "20243", "226946", null, Optional.empty(), null, null), definition, TOCHIGI);
        assertThat(onlyProblemOn(Field.ACTUAL, wrong)).contains("と一致しません");
        ResultEntryCheck.Outcome unreadable = ResultEntryCheck.checkInterim(
                ResultEntry.of("よんぱーせんと", null, null, null, Optional.empty(), null, null), definition, TOCHIGI);
        assertThat(onlyProblemOn(Field.ACTUAL, unreadable)).isNotBlank();
    }
}
