package jp.kenpokpi.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Results as INTERCHANGE.md describes them and as the seed reports print them. */
class PrintedValueParserTest {

    @ParameterizedTest(name = "「{0}」 reads as {1} {2} — {3}")
    @CsvSource(delimiter = '|', textBlock = """
            72.2%         | 72.2    | PERCENT         | tochigi-fy2023 概要表 項番(9) 令和５年度実績
            0.370％       | 0.370   | PERCENT         | tochigi-fy2023 概要表 項番(4) 令和３年度実績（全角％）
            ０.３７０％    | 0.370   | PERCENT         | INTERCHANGE.md: full-width digits and ％
            ７２．２％     | 72.2    | PERCENT         | INTERCHANGE.md: full-width digits, point and ％
            99.99％       | 99.99   | PERCENT         | hq-fy2021 KPIの実績① l.280
            6,535円       | 6535    | YEN             | tochigi-fy2023 概要表 項番(5)
            ６，５３５円    | 6535    | YEN             | full-width digits and thousands separator
            1,529事業所    | 1529    | OFFICES         | tochigi-fy2023 概要表 項番(15)
            60,593事業所   | 60593   | OFFICES         | hq-fy2021 (1)ⅳ l.674
            ▲0.68%        | -0.68   | PERCENT         | INTERCHANGE.md: ▲ is a minus sign
            ▲851円         | -851    | YEN             | ▲ before an amount
            7日            | 7       | DAYS            | akita-fy2025 KPI一覧表 平均所要日数
            2回/月         | 2       | TIMES_PER_MONTH | SNS発信回数
            毎月2回        | 2       | TIMES_PER_MONTH | akita-fy2025 KPI一覧表 l.789
            """)
    void a_printed_amount_is_read_as_its_number_and_unit(String printed, BigDecimal number, Unit unit, String source)
            throws UnreadableValueException {
        PrintedValue value = PrintedValueParser.parse(printed).value();

        assertThat(value).isInstanceOf(PrintedValue.Amount.class);
        PrintedValue.Amount amount = (PrintedValue.Amount) value;
        assertThat(amount.number()).isEqualByComparingTo(number);
        assertThat(amount.unit()).contains(unit);
    }

    @Test
    void a_number_printed_without_unit_has_no_unit() throws UnreadableValueException {
        PrintedValue value = PrintedValueParser.parse("163,860").value();

        assertThat(value).isEqualTo(new PrintedValue.Amount(new BigDecimal("163860"), Optional.empty()));
    }

    @Test
    void the_printed_decimals_are_kept_so_that_0_370_percent_has_three() throws UnreadableValueException {
        PrintedValue.Amount amount =
                (PrintedValue.Amount) PrintedValueParser.parse("0.370％").value();

        assertThat(amount.number().scale()).isEqualTo(3);
        assertThat(amount.number().toPlainString()).isEqualTo("0.370");
    }

    @ParameterizedTest(name = "「{0}」 is carried out: {1}")
    @CsvSource({"実施, true", "未実施, false", "実施済, true", "' 実施 ', true"})
    void done_and_not_done_are_read_as_carried_out_or_not(String printed, boolean carriedOut)
            throws UnreadableValueException {
        assertThat(PrintedValueParser.parse(printed).value()).isEqualTo(new PrintedValue.Done(carriedOut));
    }

    @ParameterizedTest(name = "「{0}」 is no result")
    @NullAndEmptySource
    @ValueSource(strings = {"—", "－", "-", "―", "ー", "   ", "　"})
    void a_dash_or_nothing_is_no_result_never_zero(String printed) throws UnreadableValueException {
        PrintedValue value = PrintedValueParser.parse(printed).value();

        assertThat(value).isEqualTo(new PrintedValue.NotYet());
        assertThat(value.isPresent()).isFalse();
    }

    @ParameterizedTest(name = "「{0}」 → {1} with remark 「{2}」")
    @CsvSource(delimiter = '|', textBlock = """
            0.83% (R6.2現在)   | 0.83 | R6.2現在
            0.83%（R6.2現在）   | 0.83 | R6.2現在
            ０．８３％ （Ｒ６．２現在） | 0.83 | R6.2現在
            """)
    void a_trailing_remark_in_brackets_goes_to_the_note(String printed, BigDecimal number, String remark)
            throws UnreadableValueException {
        Reading<PrintedValue> reading = PrintedValueParser.parse(printed);

        assertThat(((PrintedValue.Amount) reading.value()).number()).isEqualByComparingTo(number);
        assertThat(((PrintedValue.Amount) reading.value()).unit()).contains(Unit.PERCENT);
        assertThat(reading.remark()).contains(remark);
    }

    @Test
    void a_value_without_brackets_has_no_remark() throws UnreadableValueException {
        assertThat(PrintedValueParser.parse("72.2%").remark()).isEmpty();
    }

    @ParameterizedTest(name = "「{0}」 is a count of {1} branches — {2}")
    @CsvSource(delimiter = '|', textBlock = """
            41支部       | 41 | akita-fy2025 参考 l.1000 協会全体 意見発信
            44支部が達成  | 44 | akita-fy2025 参考 l.989 協会全体 ジェネリック
            ６支部       | 6  | hq-fy2021 (6)ⅱ l.866（全角数字）
            30支部が達成  | 30 | hq-fy2021 l.774 ジェネリック
            """)
    void a_count_of_branches_is_read_as_a_branch_count(String printed, int count, String source)
            throws UnreadableValueException {
        assertThat(PrintedValueParser.parse(printed).value()).isEqualTo(new PrintedValue.BranchCount(count));
    }

    @ParameterizedTest(name = "「{0}」 is unreadable")
    @ValueSource(strings = {"7２.x%", "abc", "1.03&", "72.2%%", "72.2%以上", "12.3ポイント", "%", "1,52,9事業所"})
    void an_unreadable_value_is_an_error_in_japanese_quoting_the_input(String printed) {
        assertThatThrownBy(() -> PrintedValueParser.parse(printed))
                .isInstanceOf(UnreadableValueException.class)
                .hasMessageContaining("「" + printed + "」")
                .hasMessageContaining("値として読めません");
    }

    @ParameterizedTest(name = "count 「{0}」 = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            163860        | 163860
            163,860       | 163860
            １６３，８６０    | 163860
            ' 226946 '    | 226946
            0             | 0
            """)
    void a_count_is_read_with_or_without_separators_and_in_full_width(String printed, BigDecimal expected)
            throws UnreadableValueException {
        assertThat(PrintedValueParser.parseCount(printed)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "count 「{0}」 is unreadable")
    @ValueSource(strings = {"▲5", "-5", "abc", "12%", "1,0000", "十"})
    void a_count_that_is_negative_or_not_a_number_is_an_error_quoting_the_input(String printed) {
        assertThatThrownBy(() -> PrintedValueParser.parseCount(printed))
                .isInstanceOf(UnreadableValueException.class)
                .hasMessageContaining("「" + printed + "」")
                .hasMessageContaining("読めません");
    }
}
