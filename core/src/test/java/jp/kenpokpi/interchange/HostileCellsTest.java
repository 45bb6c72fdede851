package jp.kenpokpi.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import jp.kenpokpi.budget.BudgetCsv;
import jp.kenpokpi.catalogue.ReferenceCatalogue;
import jp.kenpokpi.plan.PlanCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cells an import must refuse before anything is written, each as a class of input: values that do not fit the
 * database column, rates outside 0–100%, control characters. Every refusal is Japanese and names file, line, column.
 */
class HostileCellsTest {

    private static final String HEADER = "branch_code,fiscal_year,as_of,kpi_code,definition_fy,target,actual,"
            + "numerator,denominator,national_value,national_rank,mark,self_evaluation,note,source";

    private final InterchangeReader reader = new InterchangeReader(ReferenceCatalogue.get());

    private static InterchangeFile csv(String name, String... lines) {
        return new InterchangeFile(name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private List<String> problems(String row) {
        return reader.read(List.of(csv("bad.csv", HEADER, row))).problems().stream()
                .map(ImportProblem::describeJa)
                .toList();
    }

    private static String row(
            String kpi, String actual, String numerator, String denominator, String note, String source) {
        return String.join(
                ",", "09", "2023", "", kpi, "", "", actual, numerator, denominator, "", "", "", "", note, source);
    }

    @Test
    void values_too_long_for_their_columns_are_refused_naming_the_column() {
        assertThat(problems(row("HEALTH_DECLARATION_OFFICES", "9".repeat(400), "", "", "", "")))
                .singleElement()
                .asString()
                .startsWith("ファイル「bad.csv」 2行目 列「actual」: 長すぎます（400文字、200文字まで）");
        assertThat(problems(row("HEALTH_DECLARATION_OFFICES", "9".repeat(30) + "事業所", "", "", "", "")))
                .singleElement()
                .asString()
                .contains("列「actual」", "桁が多すぎます（整数部30桁。16桁まで）");
        assertThat(problems(row("LIFESTYLE_CHECKUP_RATE", "", "1" + "0".repeat(29), "2" + "0".repeat(29), "", "")))
                .containsExactly(
                        "ファイル「bad.csv」 2行目 列「numerator」: 桁が多すぎます（整数部30桁。20桁まで）",
                        "ファイル「bad.csv」 2行目 列「denominator」: 桁が多すぎます（整数部30桁。20桁まで）");
        assertThat(problems(row("LIFESTYLE_CHECKUP_RATE", "72.2%", "", "", "あ".repeat(2001), "")))
                .containsExactly("ファイル「bad.csv」 2行目 列「note」: 長すぎます（2001文字、2000文字まで）");
        assertThat(problems(row("LIFESTYLE_CHECKUP_RATE", "72.2%", "", "", "x".repeat(1_000_000), "")))
                .containsExactly("ファイル「bad.csv」 2行目 列「note」: 長すぎます（1000000文字、2000文字まで）");
        assertThat(problems(row("LIFESTYLE_CHECKUP_RATE", "72.2%", "", "", "", "s".repeat(1200))))
                .containsExactly("ファイル「bad.csv」 2行目 列「source」: 長すぎます（1200文字、1000文字まで）");
    }

    @Test
    void a_remark_after_the_value_must_fit_the_note_it_goes_to() {
        assertThat(problems(
                        row("LIFESTYLE_CHECKUP_RATE", "72.2% (" + "注".repeat(180) + ")", "", "", "あ".repeat(1900), "")))
                .singleElement()
                .asString()
                .contains("列「actual」", "備考と合わせて長すぎます");
    }

    @ParameterizedTest(name = "{0} is refused for a rate")
    @CsvSource({"▲0.68%", "-5.0%", "150.0%", "100.1%"})
    void a_rate_outside_0_to_100_percent_is_refused(String actual) {
        assertThat(problems(row("LIFESTYLE_CHECKUP_RATE", actual, "", "", "", "")))
                .singleElement()
                .asString()
                .startsWith("ファイル「bad.csv」 2行目 列「actual」: 「" + actual + "」: 率は");
    }

    @Test
    void zero_and_one_hundred_percent_are_rates_and_a_negative_count_is_not_a_count() {
        assertThat(problems(row("LIFESTYLE_CHECKUP_RATE", "0.0%", "", "", "", "")))
                .isEmpty();
        assertThat(problems(row("LIFESTYLE_CHECKUP_RATE", "100.0%", "", "", "", "")))
                .isEmpty();
        assertThat(problems(row("HEALTH_DECLARATION_OFFICES", "▲5事業所", "", "", "", "")))
                .singleElement()
                .asString()
                .contains("列「actual」", "マイナスの値は使えません");
        assertThat(reader.read(List.of(csv("bad.csv", HEADER, "09,2023,,LIFESTYLE_CHECKUP_RATE,,,72.2%,,,157.7%,,,,,")))
                        .problems())
                .singleElement()
                .extracting(ImportProblem::column)
                .asString()
                .contains("national_value");
    }

    @ParameterizedTest(name = "U+{0} in a note is refused")
    @CsvSource({"0000", "001B", "0007", "0008", "007F", "0085"})
    void control_characters_are_refused_naming_row_and_column(String hex) {
        char c = (char) Integer.parseInt(hex, 16);
        assertThat(problems(row("LIFESTYLE_CHECKUP_RATE", "72.2%", "", "", "注" + c + "[31m赤", "")))
                .singleElement()
                .asString()
                .startsWith("ファイル「bad.csv」 2行目 列「note」: ")
                .contains("U+" + hex)
                .contains("使えません");
    }

    @Test
    void a_note_may_hold_lines_and_tabs_a_code_may_not() {
        assertThat(problems(row("LIFESTYLE_CHECKUP_RATE", "72.2%", "", "", "\"一行目\n二行目\t続き\"", "")))
                .isEmpty();
        assertThat(problems(row("\"LIFESTYLE_CHECKUP\nRATE\"", "72.2%", "", "", "", "")))
                .singleElement()
                .asString()
                .contains("列「kpi_code」", "改行", "1行で書きます");
    }

    @Test
    void a_plan_and_a_budget_file_refuse_control_characters_and_lengths_the_same_way() {
        InterchangeFile plan = csv(
                "plan.csv",
                "branch_code,fiscal_year,record,area,measure_no,group,title,plan_text",
                "09,2023,measure,基盤的保険者機能,1,業務,\"題\u0007名\",計画");
        assertThat(new PlanCsv(ReferenceCatalogue.get()).read(List.of(plan)).problems())
                .extracting(ImportProblem::describeJa)
                .anySatisfy(p -> assertThat(p).startsWith("ファイル「plan.csv」 2行目 列「title」: 制御文字（U+0007"));
        InterchangeFile budget = csv(
                "budget.csv",
                "branch_code,fiscal_year,section,category,item_no,item,budget,executed,source",
                "09,2023,保健事業,健診," + "1," + "項".repeat(501) + ",1000,900,");
        assertThat(BudgetCsv.read(List.of(budget)).problems())
                .extracting(ImportProblem::describeJa)
                .containsExactly("ファイル「budget.csv」 2行目 列「item」: 長すぎます（501文字、500文字まで）");
    }

    @Test
    void the_japanese_header_of_the_excel_template_reads_as_the_machine_header() {
        String japanese = java.util.Arrays.stream(InterchangeColumn.values())
                .map(InterchangeColumn::labelJa)
                .collect(Collectors.joining(","));
        InterchangeReader.Outcome outcome = reader.read(List.of(
                csv("ja.csv", japanese, "09,2023,,LIFESTYLE_CHECKUP_RATE,,71.7%以上,72.2%,163860,226946,57.7%,,◎,,,,")));
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.rows())
                .singleElement()
                .satisfies(r -> assertThat(r.target()).contains("71.7%以上"));
    }

    @Test
    void the_labels_under_the_header_are_a_second_header_not_data() {
        // The labels of HEADER's columns (all but synthetic, which it leaves out).
        String labels = java.util.Arrays.stream(InterchangeColumn.values())
                .filter(c -> c != InterchangeColumn.SYNTHETIC)
                .map(InterchangeColumn::labelJa)
                .collect(Collectors.joining(","));
        InterchangeReader.Outcome outcome = reader.read(List.of(csv(
                "template.csv",
                HEADER,
                labels,
                "09,2023,,LIFESTYLE_CHECKUP_RATE,,71.7%以上,72.2%,163860,226946,57.7%,,◎,,,")));
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.rows())
                .singleElement()
                .satisfies(r -> assertThat(r.line()).isEqualTo(3));
        assertThat(reader.read(List.of(csv("empty.csv", HEADER, labels))).problems())
                .extracting(ImportProblem::describeJa)
                .containsExactly("ファイル「empty.csv」 1行目: 見出し行だけでデータ行がありません");
    }
}
