package jp.kenpokpi.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.kenpokpi.catalogue.ReferenceCatalogue;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.value.PrintedValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The interchange CSV of INTERCHANGE.md: the sample data reads cleanly, and bad input is rejected as a whole with a
 * Japanese message naming the file, the line and the column.
 */
class InterchangeReaderTest {

    private static final String HEADER = "branch_code,fiscal_year,as_of,kpi_code,definition_fy,target,actual,"
            + "numerator,denominator,national_value,national_rank,mark,self_evaluation,note,source";

    /** A good row of tochigi-fy2023.csv (概要表 項番(9)), to put next to the bad ones. */
    private static final String GOOD_ROW =
            "09,2023,,LIFESTYLE_CHECKUP_RATE,,71.7%以上,72.2%,163860,226946,57.7%,,◎,,,tochigi 項番(9)";

    private final InterchangeReader reader = new InterchangeReader(ReferenceCatalogue.get());

    private static InterchangeFile csv(String name, String... lines) {
        return new InterchangeFile(name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String describe(List<ImportProblem> problems) {
        return problems.stream().map(ImportProblem::describeJa).collect(Collectors.joining("\n"));
    }

    static List<String> sampleDataFiles() {
        return SampleData.FILES;
    }

    @ParameterizedTest(name = "{0} reads with no problems")
    @MethodSource("sampleDataFiles")
    void each_sample_data_file_reads_with_no_problems(String name) {
        InterchangeReader.Outcome outcome = reader.read(List.of(SampleData.file(name)));

        assertThat(outcome.problems())
                .as("problems in %s:%n%s", name, describe(outcome.problems()))
                .isEmpty();
        assertThat(outcome.rows()).hasSize(SampleData.rows(name).size());
    }

    @Test
    void the_four_sample_data_files_read_together_with_no_duplicate() {
        InterchangeReader.Outcome outcome = reader.read(SampleData.allFiles());

        assertThat(outcome.problems()).as(describe(outcome.problems())).isEmpty();
        assertThat(outcome.ok()).isTrue();
    }

    @Test
    void a_sample_row_keeps_its_values_its_note_and_its_source() {
        InterchangeRow row = reader.read(List.of(SampleData.file("tochigi-fy2023.csv"))).rows().stream()
                .filter(r -> r.year().equals(FiscalYear.of(2023))
                        && r.definition().kpiCode().equals("LIFESTYLE_CHECKUP_RATE"))
                .findFirst()
                .orElseThrow();

        assertThat(row.org()).isEqualTo(OrgCode.of("09"));
        assertThat(row.actual())
                .isEqualTo(
                        new PrintedValue.Amount(new BigDecimal("72.2"), Optional.of(jp.kenpokpi.value.Unit.PERCENT)));
        assertThat(row.numerator()).contains(new BigDecimal("163860"));
        assertThat(row.denominator()).contains(new BigDecimal("226946"));
        assertThat(row.nationalValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("57.7"));
        assertThat(row.mark()).contains(Mark.EXCEEDED);
        assertThat(row.target()).contains("71.7%以上");
        assertThat(row.source())
                .hasValueSatisfying(s -> assertThat(s).startsWith("tochigi-fy2023-implementation-status.txt"));
        assertThat(row.isSynthetic()).isFalse();
    }

    // ---- malformed input: every case is rejected as a whole, naming file, line and column ----

    @ParameterizedTest(name = "{0}: line {2}, column {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            unreadable number in actual            | 09,2023,,LIFESTYLE_CHECKUP_RATE,,71.7%以上,7２.x%,,,,,,,,            | 3 | actual          | 「7２.x%」を値として読めません
            unknown KPI code                       | 09,2023,,LIFESTYLE_RATE,,,72.2%,,,,,,,,                               | 3 | kpi_code        | LIFESTYLE_RATE
            as_of outside the fiscal year          | 00,2021,2022-04,SS_ACHIEVEMENT,,,99.99%,,,,,,,,                       | 3 | as_of           | 令和3年度
            numerator without denominator          | 09,2023,,LIFESTYLE_CHECKUP_RATE,,,72.2%,163860,,,,,,,                 | 3 | denominator     | 分子と分母は両方
            denominator without numerator          | 09,2023,,LIFESTYLE_CHECKUP_RATE,,,72.2%,,226946,,,,,,                 | 3 | numerator       | 分子と分母は両方
            actual inconsistent with the ratio     | 09,2023,,LIFESTYLE_CHECKUP_RATE,,,72.3%,163860,226946,,,,,,           | 3 | actual          | 163860÷226946＝72.2%
            mark ◇                                 | 09,2023,,LIFESTYLE_CHECKUP_RATE,,,72.2%,,,,,◇,,,                      | 3 | mark            | 「◇」
            unit of actual not the KPI's           | 09,2023,,LIFESTYLE_CHECKUP_RATE,,,"6,535円",,,,,,,,                   | 3 | actual          | 「円」
            target unreadable                      | 09,2023,,LIFESTYLE_CHECKUP_RATE,,71.7%以上かな,72.2%,,,,,,,,          | 3 | target          | 目標として読めません
            branch code out of range               | 48,2023,,LIFESTYLE_CHECKUP_RATE,,,72.2%,,,,,,,,                       | 3 | branch_code     | 「48」
            fiscal year unreadable                 | 09,二〇二三,,LIFESTYLE_CHECKUP_RATE,,,72.2%,,,,,,,,                   | 3 | fiscal_year     | 「二〇二三」
            KPI dropped in the year                | 09,2024,,JUDO_MULTI_FREQUENT_RATE,,,0.9%,,,,,,,,                      | 3 | kpi_code        | 令和5年度で終了（削除）
            KPI not yet introduced                 | 09,2023,,BIOSIMILAR_PROMOTION,,,実施,,,,,,,,                          | 3 | kpi_code        | 令和7年度から設定
            unknown definition version             | 09,2023,,RECEIPT_REVIEW_RATE,2022,,0.418%,,,,,,,,                     | 3 | definition_fy   | 「2022」
            national rank out of range             | 09,2023,,LIFESTYLE_CHECKUP_RATE,,,72.2%,,,,48,,,,                     | 3 | national_rank   | 「48」
            self evaluation E                      | 09,2023,,LIFESTYLE_CHECKUP_RATE,,,72.2%,,,,,,E,,                      | 3 | self_evaluation | 「E」
            done KPI given a rate                  | 09,2023,,OPINION_ADVOCACY,,,72.2%,,,,,,,,                             | 3 | actual          | 実施／未実施
            target on an interim row               | 00,2021,2021-09,LIFESTYLE_CHECKUP_RATE,,58.5%以上,21.5%,,,,,,,,       | 3 | target          | 年度末の行
            numerator above denominator            | 09,2023,,LIFESTYLE_CHECKUP_RATE,,,,226946,163860,,,,,,                | 3 | numerator       | 100%を超えます
            zero denominator                       | 09,2023,,LIFESTYLE_CHECKUP_RATE,,,,0,0,,,,,,                          | 3 | denominator     | 分母が0
            count that is negative                 | 09,2023,,LIFESTYLE_CHECKUP_RATE,,,,▲5,226946,,,,,,                    | 3 | numerator       | 「▲5」
            """)
    void a_bad_cell_is_rejected_naming_file_line_and_column(
            String what, String badRow, int line, String column, String messagePart) {
        InterchangeReader.Outcome outcome = reader.read(List.of(csv("bad.csv", HEADER, GOOD_ROW, badRow)));

        assertThat(outcome.rows()).as("no rows when there is a problem").isEmpty();
        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.problems()).as(describe(outcome.problems())).hasSize(1);
        ImportProblem problem = outcome.problems().get(0);
        assertThat(problem.file()).isEqualTo("bad.csv");
        assertThat(problem.line()).isEqualTo(line);
        assertThat(problem.column()).contains(column);
        assertThat(problem.messageJa()).contains(messagePart);
        assertThat(problem.describeJa())
                .startsWith("ファイル「bad.csv」 " + line + "行目 列「" + column + "」: ")
                .contains(messagePart);
    }

    @Test
    void an_unknown_column_is_rejected_naming_it() {
        InterchangeReader.Outcome outcome =
                reader.read(List.of(csv("extra.csv", HEADER + ",remarks", GOOD_ROW + ",x")));

        rejected(outcome).inFile("extra.csv").onLine(1).inColumn("remarks").says("知らない列", "16列目");
    }

    @Test
    void a_missing_required_column_is_rejected_naming_it() {
        InterchangeReader.Outcome outcome =
                reader.read(List.of(csv("nokpi.csv", "branch_code,fiscal_year,actual", "09,2023,72.2%")));

        rejected(outcome).onLine(1).inColumn("kpi_code").says("必須の列");
    }

    @Test
    void a_duplicate_row_within_one_file_is_rejected_naming_both_lines() {
        InterchangeReader.Outcome outcome = reader.read(List.of(csv("dup.csv", HEADER, GOOD_ROW, GOOD_ROW)));

        rejected(outcome).inFile("dup.csv").onLine(3).inColumn("kpi_code").says("重複", "「dup.csv」 2行目");
    }

    @Test
    void a_duplicate_row_across_two_files_read_together_is_rejected() {
        InterchangeReader.Outcome outcome = reader.read(List.of(
                csv("first.csv", HEADER, GOOD_ROW),
                csv("second.csv", HEADER, GOOD_ROW.replace("tochigi 項番(9)", "retyped"))));

        rejected(outcome).inFile("second.csv").onLine(2).inColumn("kpi_code").says("重複", "「first.csv」 2行目");
    }

    @Test
    void the_same_kpi_restated_under_another_definition_is_not_a_duplicate() {
        InterchangeReader.Outcome outcome = reader.read(List.of(csv(
                "restated.csv",
                HEADER,
                "09,2023,,RECEIPT_REVIEW_RATE,,対前年度以上,0.418%,,,,,,,,",
                "09,2023,,RECEIPT_REVIEW_RATE,2024,,0.215%,,,,,,,,架空")));

        assertThat(outcome.problems()).as(describe(outcome.problems())).isEmpty();
        assertThat(outcome.rows())
                .extracting(r -> r.definition().definitionFy())
                .containsExactly(2021, 2024);
        assertThat(outcome.rows().get(1).isSynthetic()).isTrue();
    }

    @Test
    void the_synthetic_column_where_present_decides_and_the_source_decides_without_it() {
        InterchangeReader.Outcome outcome = reader.read(List.of(csv(
                "synthetic.csv",
                HEADER + ",synthetic",
                "09,2023,,OPINION_ADVOCACY,,,実施,,,,,,,,出典に架空とあっても,",
                "09,2022,,OPINION_ADVOCACY,,,実施,,,,,,,,実在の報告書,架空")));

        assertThat(outcome.problems()).as(describe(outcome.problems())).isEmpty();
        assertThat(outcome.rows()).extracting(InterchangeRow::isSynthetic).containsExactly(false, true);
        assertThat(outcome.rows().get(1).storedResult().synthetic()).isTrue();
        assertThat(outcome.rows().get(0).storedResult().synthetic()).isFalse();
    }

    @Test
    void a_synthetic_cell_that_is_not_the_word_is_refused_naming_file_line_and_column() {
        InterchangeReader.Outcome outcome = reader.read(
                List.of(csv("synthetic.csv", HEADER + ",架空", "09,2023,,OPINION_ADVOCACY,,,実施,,,,,,,,,true")));

        rejected(outcome)
                .inFile("synthetic.csv")
                .onLine(2)
                .inColumn("synthetic")
                .says("「true」は架空の印ではありません");
    }

    @Test
    void a_file_that_is_not_utf8_is_rejected_naming_file_line_and_column() {
        byte[] header = (HEADER + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] row = "09,2023,,OPINION_ADVOCACY,,実施,実施,,,,,,,栃木,\n".getBytes(Charset.forName("Shift_JIS"));
        byte[] content = new byte[header.length + row.length];
        System.arraycopy(header, 0, content, 0, header.length);
        System.arraycopy(row, 0, content, header.length, row.length);

        InterchangeReader.Outcome outcome = reader.read(List.of(new InterchangeFile("sjis.csv", content)));

        rejected(outcome)
                .inFile("sjis.csv")
                .onLine(2)
                .says("UTF-8")
                .inColumn("target")
                .describedAs("ファイル「sjis.csv」 2行目 列「target」");
    }

    @Test
    void an_empty_file_is_rejected() {
        InterchangeReader.Outcome outcome = reader.read(List.of(new InterchangeFile("empty.csv", new byte[0])));

        rejected(outcome).inFile("empty.csv").onLine(1).says("空です");
    }

    @Test
    void a_header_without_rows_is_rejected() {
        InterchangeReader.Outcome outcome = reader.read(List.of(csv("header.csv", HEADER)));

        rejected(outcome).inFile("header.csv").onLine(1).says("データ行がありません");
    }

    @Test
    void a_row_with_the_wrong_number_of_fields_is_rejected_naming_its_line() {
        InterchangeReader.Outcome outcome = reader.read(
                List.of(csv("short.csv", HEADER, GOOD_ROW, "09,2023,,EMPLOYER_CHECKUP_DATA_RATE,,8.6%以上,8.9%")));

        rejected(outcome).inFile("short.csv").onLine(3).says("列の数", "15列", "7列");
    }

    @Test
    void an_unclosed_quote_is_rejected_naming_its_line() {
        InterchangeReader.Outcome outcome = reader.read(List.of(
                csv("quote.csv", HEADER, GOOD_ROW, "09,2023,,HEALTH_DECLARATION_OFFICES,,\"1,330事業所以上,1529,,,,,,,,")));

        rejected(outcome).onLine(3).says("引用符");
    }

    @Test
    void every_problem_of_a_file_is_reported_not_only_the_first() {
        InterchangeReader.Outcome outcome = reader.read(List.of(csv(
                "many.csv",
                HEADER,
                "09,2023,,LIFESTYLE_CHECKUP_RATE,,,abc,,,,,◇,,,",
                "09,2023,,NO_SUCH_KPI,,,72.2%,,,,,,,,")));

        assertThat(outcome.rows()).isEmpty();
        assertThat(outcome.problems())
                .extracting(p -> p.line() + ":" + p.column().orElse(""))
                .containsExactly("2:actual", "2:mark", "3:kpi_code");
    }

    @Test
    void one_bad_file_keeps_the_good_file_of_the_same_batch_from_being_saved() {
        InterchangeReader.Outcome outcome = reader.read(List.of(
                SampleData.file("tochigi-fy2023.csv"),
                csv("bad.csv", HEADER, "09,2023,,LIFESTYLE_CHECKUP_RATE,,,7２.x%,,,,,,,,")));

        assertThat(outcome.rows()).isEmpty();
        assertThat(outcome.problems()).extracting(ImportProblem::file).containsOnly("bad.csv");
    }

    // ---- accepted variations ----

    @Test
    void a_byte_order_mark_is_accepted() {
        InterchangeReader.Outcome outcome = reader.read(List.of(csv("bom.csv", "\uFEFF" + HEADER, GOOD_ROW)));

        assertThat(outcome.problems()).as(describe(outcome.problems())).isEmpty();
        assertThat(outcome.rows()).hasSize(1);
    }

    @Test
    void columns_may_come_in_any_order_and_optional_ones_may_be_left_out() {
        InterchangeReader.Outcome outcome = reader.read(List.of(csv(
                "order.csv",
                "actual,kpi_code,mark,fiscal_year,branch_code",
                "72.2%,LIFESTYLE_CHECKUP_RATE,◎,2023,09")));

        assertThat(outcome.problems()).as(describe(outcome.problems())).isEmpty();
        InterchangeRow row = outcome.rows().get(0);
        assertThat(row.org()).isEqualTo(OrgCode.of("09"));
        assertThat(row.year()).isEqualTo(FiscalYear.of(2023));
        assertThat(row.definition().kpiCode()).isEqualTo("LIFESTYLE_CHECKUP_RATE");
        assertThat(row.actualText()).contains("72.2%");
        assertThat(row.mark()).contains(Mark.EXCEEDED);
    }

    @ParameterizedTest(name = "mark 「{0}」 is ○")
    @CsvSource({"〇", "○"})
    void the_kanji_zero_and_the_circle_both_read_as_as_planned(String printed) {
        InterchangeReader.Outcome outcome = reader.read(List.of(csv(
                "mark.csv",
                HEADER,
                "09,2023,,HEALTH_COMMISSIONER_COVERAGE,,72.0％以上,72.0%,,,52.6%,," + printed + ",,,")));

        assertThat(outcome.problems()).as(describe(outcome.problems())).isEmpty();
        assertThat(outcome.rows().get(0).mark()).contains(Mark.AS_PLANNED);
    }

    @Test
    void a_one_digit_branch_code_is_read_with_its_leading_zero() {
        InterchangeReader.Outcome outcome =
                reader.read(List.of(csv("excel.csv", HEADER, GOOD_ROW.replaceFirst("^09,", "9,"))));

        assertThat(outcome.problems()).as(describe(outcome.problems())).isEmpty();
        assertThat(outcome.rows().get(0).org()).isEqualTo(OrgCode.of("09"));
    }

    @Test
    void a_remark_in_brackets_after_the_actual_goes_to_the_note() {
        InterchangeReader.Outcome outcome = reader.read(List.of(
                csv("remark.csv", HEADER, "00,2023,,JUDO_MULTI_FREQUENT_RATE,,0.86%,0.83% (R6.2現在),,,,,,,速報,")));

        assertThat(outcome.problems()).as(describe(outcome.problems())).isEmpty();
        InterchangeRow row = outcome.rows().get(0);
        assertThat(row.actual()).isInstanceOf(PrintedValue.Amount.class);
        assertThat(((PrintedValue.Amount) row.actual()).number()).isEqualByComparingTo("0.83");
        assertThat(row.note()).contains("速報 (R6.2現在)");
    }

    @Test
    void crlf_line_ends_and_quoted_thousands_are_accepted() {
        String text = HEADER + "\r\n" + "09,2023,,HEALTH_DECLARATION_OFFICES,,\"1,330事業所以上\",\"1,529事業所\",,,,,◎,,,\r\n";
        InterchangeReader.Outcome outcome =
                reader.read(List.of(new InterchangeFile("crlf.csv", text.getBytes(StandardCharsets.UTF_8))));

        assertThat(outcome.problems()).as(describe(outcome.problems())).isEmpty();
        assertThat(outcome.rows().get(0).actual())
                .isEqualTo(
                        new PrintedValue.Amount(new BigDecimal("1529"), Optional.of(jp.kenpokpi.value.Unit.OFFICES)));
    }

    @Test
    void numerator_and_denominator_may_carry_thousands_separators_and_full_width_digits() {
        InterchangeReader.Outcome outcome = reader.read(List.of(
                csv("counts.csv", HEADER, "09,2023,,REFERRAL_VISIT_RATE,,13.1%以上,13.1%,\"1,044\",７９８６,,,〇,,,")));

        assertThat(outcome.problems()).as(describe(outcome.problems())).isEmpty();
        assertThat(outcome.rows().get(0).numerator()).contains(new BigDecimal("1044"));
        assertThat(outcome.rows().get(0).denominator()).contains(new BigDecimal("7986"));
    }

    /** Nothing of a file with a problem is read: no rows, and the one problem. */
    private static OnlyProblem rejected(InterchangeReader.Outcome outcome) {
        assertThat(outcome.rows()).isEmpty();
        return OnlyProblem.of(outcome.problems());
    }
}
