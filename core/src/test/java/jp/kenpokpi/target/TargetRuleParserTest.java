package jp.kenpokpi.target;

import static jp.kenpokpi.catalogue.ReferenceCatalogue.definition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import jp.kenpokpi.catalogue.Kpi;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.catalogue.ReferenceCatalogue;
import jp.kenpokpi.interchange.SampleData;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.value.Unit;
import jp.kenpokpi.value.UnreadableValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Targets as the seed reports print them, read into rules given the KPI they belong to. */
class TargetRuleParserTest {

    /** Every distinct target printed in the sample data, with the KPI definition of its row. */
    static Stream<Arguments> everyTargetInTheSampleData() {
        Map<String, Arguments> distinct = new LinkedHashMap<>();
        for (String file : SampleData.FILES) {
            for (SampleData.Row row : SampleData.rows(file)) {
                String target = row.get("target");
                if (target.isEmpty()) continue;
                Kpi kpi = ReferenceCatalogue.kpi(row.get("kpi_code"));
                FiscalYear year = FiscalYear.parse(row.get("fiscal_year")).orElseThrow();
                KpiDefinition def = row.get("definition_fy").isEmpty()
                        ? kpi.definitionIn(year).orElseThrow()
                        : kpi.versionStartingIn(Integer.parseInt(row.get("definition_fy")))
                                .orElseThrow();
                distinct.putIfAbsent(
                        target + "|" + def.kpiCode() + "|" + def.definitionFy(),
                        Arguments.of(target, def.kpiCode(), def, row.source()));
            }
        }
        return distinct.values().stream();
    }

    @Test
    void the_sample_data_prints_targets_at_all() {
        assertThat(everyTargetInTheSampleData()).hasSizeGreaterThan(50);
    }

    @ParameterizedTest(name = "「{0}」 on {1} ({3})")
    @MethodSource("everyTargetInTheSampleData")
    void every_target_printed_in_the_sample_data_parses_to_a_rule(
            String printed, String kpiCode, KpiDefinition def, String source) throws UnreadableValueException {
        assertThat(TargetRuleParser.parse(printed, def)).as(source).isPresent();
    }

    @ParameterizedTest(name = "「{0}」 on {1} → {3} {4} {5} — {6}")
    @CsvSource(delimiter = '|', textBlock = """
            71.7％以上        | LIFESTYLE_CHECKUP_RATE      | 2023 | AT_LEAST | 71.7  | PERCENT  | tochigi-fy2023 概要表 項番(9)
            94.0％以上        | DEPENDENT_CONFIRMATION_RATE | 2023 | AT_LEAST | 94.0  | PERCENT  | tochigi-fy2023 概要表 項番(8)
            20%以下          | SINGLE_BID_RATE             | 2023 | AT_MOST  | 20    | PERCENT  | tochigi-fy2023 概要表 項番(19)
            20％以下とする     | SINGLE_BID_RATE             | 2023 | AT_MOST  | 20    | PERCENT  | akita-fy2025 参考 l.927-928
            94.0%            | DEPENDENT_CONFIRMATION_RATE | 2023 | AT_LEAST | 94.0  | PERCENT  | akita-fy2025 参考 l.885: bare value, higher is better
            57.6％           | LIFESTYLE_CHECKUP_RATE      | 2025 | AT_LEAST | 57.6  | PERCENT  | akita-fy2025 KPI一覧表 l.706: bare value, higher is better
            0.86%            | JUDO_MULTI_FREQUENT_RATE    | 2023 | AT_MOST  | 0.86  | PERCENT  | akita-fy2025 参考 l.865: bare value, lower is better
            20.0%            | SINGLE_BID_RATE             | 2023 | AT_MOST  | 20.0  | PERCENT  | akita-fy2025 参考 l.930: bare value, lower is better
            100%             | SS_ACHIEVEMENT              | 2023 | EQUAL    | 100   | PERCENT  | tochigi-fy2023 概要表 項番(1): a rate's 100% can only be met
            100％            | SS_ACHIEVEMENT              | 2025 | EQUAL    | 100   | PERCENT  | akita-fy2025 KPI一覧表 l.658
            1,330事業所以上    | HEALTH_DECLARATION_OFFICES  | 2023 | AT_LEAST | 1330  | OFFICES  | tochigi-fy2023 概要表 項番(15)
            1,780事業所       | HEALTH_DECLARATION_OFFICES  | 2025 | AT_LEAST | 1780  | OFFICES  | akita-fy2025 KPI一覧表: bare value
            7,125円          | REREVIEW_AMOUNT_PER_CASE    | 2023 | AT_LEAST | 7125  | YEN      | akita-fy2025 参考 l.856: bare value
            47支部            | OPINION_ADVOCACY            | 2021 | AT_LEAST | 47    | BRANCHES | hq-fy2021 (6)ⅱ l.828「全支部で実施する」
            全支部で実施        | OPINION_ADVOCACY            | 2021 | AT_LEAST | 47    | BRANCHES | hq-fy2021 (6)ⅱ l.828-829
            """)
    void a_value_target_reads_as_its_bound_value_and_unit(
            String printed, String kpiCode, int fy, Bound bound, BigDecimal value, Unit unit, String source)
            throws UnreadableValueException {
        ValueTarget target = parsedAs(ValueTarget.class, printed, kpiCode, fy);

        assertThat(target.bound()).isEqualTo(bound);
        assertThat(target.value()).isEqualByComparingTo(value);
        assertThat(target.unit()).isEqualTo(unit);
        assertThat(target.kind()).isEqualTo(TargetKind.ABSOLUTE);
    }

    @Test
    void a_target_broken_across_lines_as_the_seed_table_prints_it_reads_as_one() throws UnreadableValueException {
        // tochigi-fy2023 概要表: the target cells are extracted as 「94.0％\n\n以上」, 「対前年度\n\n以上」, 「1,330事業所\n\n以上」
        assertThat(TargetRuleParser.parse("94.0％\n\n以上", definition("DEPENDENT_CONFIRMATION_RATE", 2023)))
                .contains(new ValueTarget(Bound.AT_LEAST, new BigDecimal("94.0"), Unit.PERCENT));
        assertThat(TargetRuleParser.parse("対前年度\n\n以上", definition("CARD_RECOVERY_RATE", 2023)))
                .contains(RelativeToPriorYear.atLeast());
        assertThat(TargetRuleParser.parse("1,330事業所\n\n以上", definition("HEALTH_DECLARATION_OFFICES", 2023)))
                .contains(new ValueTarget(Bound.AT_LEAST, new BigDecimal("1330"), Unit.OFFICES));
    }

    @Test
    void within_seven_days_is_a_days_target() throws UnreadableValueException {
        assertThat(parsedAs(WithinDays.class, "7日以内", "SS_AVERAGE_DAYS", 2025).days())
                .isEqualByComparingTo("7");
    }

    @ParameterizedTest(name = "「{0}」 on {1} → {3} the prior year, printed prior {4} — {5}")
    @CsvSource(delimiter = '|', textBlock = """
            対前年度以上              | RECEIPT_REVIEW_RATE        | 2023 | AT_LEAST |       | tochigi-fy2023 概要表 項番(4)
            対前年度以下              | JUDO_MULTI_FREQUENT_RATE   | 2023 | AT_MOST  |       | tochigi-fy2023 概要表 項番(3)
            前年度以上                | REFERRAL_VISIT_RATE        | 2025 | AT_LEAST |       | akita-fy2025 KPI一覧表 l.732-736
            前年度以上                | COUNTER_RECEIPT_RATE       | 2025 | AT_LEAST |       | akita-fy2025 KPI一覧表 l.662（本文 l.178 は「対前年度以下」）
            対前年度（0.318％）以上     | RECEIPT_REVIEW_RATE        | 2021 | AT_LEAST | 0.318 | hq-fy2021 総括 l.32
            対前年度（5,377円）以上     | REREVIEW_AMOUNT_PER_CASE   | 2021 | AT_LEAST | 5377  | hq-fy2021 総括 l.34
            対前年度（92.41％）以上     | CARD_RECOVERY_RATE         | 2021 | AT_LEAST | 92.41 | hq-fy2021 総括 l.60
            対前年度末以上             | GENERIC_DRUG_SHARE         | 2025 | AT_LEAST |       | akita-fy2025 KPI一覧表 l.773（考え方の欄）
            前年度実績以上             | CARD_RECOVERY_RATE         | 2023 | AT_LEAST |       | a common wording in branch plans
            対前年度実績以下           | SINGLE_BID_RATE            | 2023 | AT_MOST  |       | a common wording in branch plans
            """)
    void a_prior_year_target_reads_as_relative_to_the_prior_year(
            String printed, String kpiCode, int fy, Bound bound, BigDecimal printedPrior, String source)
            throws UnreadableValueException {
        RelativeToPriorYear relative = parsedAs(RelativeToPriorYear.class, printed, kpiCode, fy);

        assertThat(relative.bound()).isEqualTo(bound);
        assertThat(relative.kind()).isEqualTo(TargetKind.RELATIVE);
        if (printedPrior == null) {
            assertThat(relative.printedPriorValue()).isEmpty();
        } else {
            assertThat(relative.printedPriorValue())
                    .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(printedPrior));
        }
    }

    @Test
    void done_is_a_done_target_on_a_done_kpi() throws UnreadableValueException {
        assertThat(TargetRuleParser.parse("実施", definition("OPINION_ADVOCACY", 2023)))
                .contains(new Done());
        assertThat(TargetRuleParser.parse("実施", definition("BIOSIMILAR_PROMOTION", 2025)))
                .contains(new Done());
    }

    @Test
    void done_on_a_percentage_kpi_is_an_error() {
        assertThatThrownBy(() -> TargetRuleParser.parse("実施", definition("LIFESTYLE_CHECKUP_RATE", 2023)))
                .isInstanceOf(UnreadableValueException.class)
                .hasMessageContaining("「実施」を目標として読めません");
    }

    @Test
    void twice_a_month_is_a_frequency_of_two() throws UnreadableValueException {
        assertThat(parsedAs(Frequency.class, "毎月2回以上", "SNS_POSTS_PER_MONTH", 2025)
                        .timesPerMonth())
                .isEqualByComparingTo("2");
    }

    @Test
    void deleted_is_a_dropped_kpi() throws UnreadableValueException {
        // tochigi-fy2023 概要表 項番(3) and (8): the R6 target column prints 削除
        assertThat(TargetRuleParser.parse("削除", definition("JUDO_MULTI_FREQUENT_RATE", 2023)))
                .contains(new Dropped());
    }

    @ParameterizedTest(name = "「{0}」 is no target")
    @NullAndEmptySource
    @ValueSource(strings = {"—", "－", "  "})
    void nothing_printed_is_no_target(String printed) throws UnreadableValueException {
        assertThat(TargetRuleParser.parse(printed, definition("LIFESTYLE_CHECKUP_RATE", 2023)))
                .isEmpty();
    }

    @ParameterizedTest(name = "「{0}」 on {1} is an error")
    @CsvSource(delimiter = '|', textBlock = """
            6,535円         | LIFESTYLE_CHECKUP_RATE      | 2023 | 円
            1,330事業所以上   | LIFESTYLE_CHECKUP_RATE      | 2023 | 事業所
            72.2%以上        | HEALTH_DECLARATION_OFFICES  | 2023 | %
            7日以内          | LIFESTYLE_CHECKUP_RATE      | 2023 | 単位「日」
            72.2%           | OPINION_ADVOCACY            | 2023 | 単位「%」
            abc以上          | LIFESTYLE_CHECKUP_RATE      | 2023 | 読めません
            7２.x%以上       | LIFESTYLE_CHECKUP_RATE      | 2023 | 読めません
            """)
    void a_target_in_the_wrong_unit_or_unreadable_is_an_error(String printed, String kpiCode, int fy, String hint) {
        assertThatThrownBy(() -> TargetRuleParser.parse(printed, definition(kpiCode, fy)))
                .isInstanceOf(UnreadableValueException.class)
                .hasMessageContaining(hint);
    }

    @Test
    void a_unit_mismatch_names_both_units() {
        assertThatThrownBy(() -> TargetRuleParser.parse("6,535円", definition("LIFESTYLE_CHECKUP_RATE", 2023)))
                .isInstanceOf(UnreadableValueException.class)
                .hasMessageContaining("「円」")
                .hasMessageContaining("「%」");
    }

    @Test
    void a_printed_target_says_what_it_is_in_japanese() throws UnreadableValueException {
        assertThat(TargetRuleParser.parse("1,330事業所以上", definition("HEALTH_DECLARATION_OFFICES", 2023))
                        .map(TargetRule::describeJa))
                .isEqualTo(Optional.of("1,330事業所以上"));
        assertThat(TargetRuleParser.parse("71.7％以上", definition("LIFESTYLE_CHECKUP_RATE", 2023))
                        .map(TargetRule::describeJa))
                .isEqualTo(Optional.of("71.7%以上"));
    }

    /** The rule a printed target reads as on a KPI's definition of a year, which must be of the kind named. */
    private static <R extends TargetRule> R parsedAs(Class<R> kind, String printed, String kpiCode, int fy)
            throws UnreadableValueException {
        TargetRule rule =
                TargetRuleParser.parse(printed, definition(kpiCode, fy)).orElseThrow();
        assertThat(rule).isInstanceOf(kind);
        return kind.cast(rule);
    }
}
