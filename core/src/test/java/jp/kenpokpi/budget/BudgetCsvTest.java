package jp.kenpokpi.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.kenpokpi.interchange.ImportProblem;
import jp.kenpokpi.interchange.InterchangeFile;
import jp.kenpokpi.interchange.OnlyProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The budget CSV (docs/BUDGET.md): rows become sections, categories and items in the order they first appear, and
 * bad input is refused as a whole with a Japanese message naming the file, the line and the column.
 */
class BudgetCsvTest {

    static final String HEADER = "branch_code,fiscal_year,section,category,item_no,item,budget,executed,source";
    static final String GOOD = "09,2023,医療費適正化等予算,医療費適正化対策,1,情報提供,1910000,1644044,l.3539";

    static InterchangeFile csv(String name, String... lines) {
        return new InterchangeFile(name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void sections_and_categories_keep_the_order_of_the_file_and_items_their_printed_numbers() {
        BudgetCsv.Outcome outcome = BudgetCsv.read(List.of(csv(
                "b.csv",
                HEADER,
                "09,令和5年度,保健事業予算,健診経費,(2),集団健診,\"15,251,000\",13264576円,",
                "9,2023,保健事業予算,健診経費,（１）,事業者健診,8888000,4102863,",
                "09,2023,保健事業予算,コラボヘルス事業経費,7,健康経営,6526000,5689681,",
                "09,2023,医療費適正化等予算,医療費適正化対策,1,情報提供,1910000,1644044,",
                "09,2022,保健事業予算,健診経費,1,事業者健診,1,1,架空 (sample)")));

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.rowCount()).isEqualTo(5);
        assertThat(outcome.budgets()).hasSize(2);
        BudgetExecution fy2023 = outcome.budgets().get(0);
        assertThat(fy2023.sections()).extracting(BudgetSection::nameJa).containsExactly("保健事業予算", "医療費適正化等予算");
        BudgetSection health = fy2023.sections().get(0);
        assertThat(health.categories()).extracting(BudgetCategory::nameJa).containsExactly("健診経費", "コラボヘルス事業経費");
        assertThat(health.categories().get(0).items())
                .extracting(BudgetItem::label)
                .containsExactly("(1)", "(2)");
        assertThat(health.categories().get(0).items().get(1).amounts())
                .isEqualTo(new BudgetAmounts(15_251_000, 13_264_576));
        assertThat(health.total())
                .isEqualTo(new BudgetAmounts(8_888_000 + 15_251_000 + 6_526_000, 4_102_863 + 13_264_576 + 5_689_681));
        assertThat(fy2023.synthetic()).isFalse();
        assertThat(outcome.budgets().get(1).synthetic()).as("架空 in the source").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a decimal amount            | 09,2023,予算,分野,1,取組,1910000.5,0,     | budget      | 円単位の整数
            a negative amount           | 09,2023,予算,分野,1,取組,1000,-5,         | executed    | 執行額として読めません
            a word for an amount        | 09,2023,予算,分野,1,取組,百万円,0,        | budget      | 予算額として読めません
            an empty executed amount    | 09,2023,予算,分野,1,取組,1000,,           | executed    | 執行額が空です
            an empty category           | 09,2023,予算,,1,取組,1000,0,              | category    | 分野が空です
            an empty section            | 09,2023,,分野,1,取組,1000,0,              | section     | 予算の名前が空です
            an empty item               | 09,2023,予算,分野,1,,1000,0,              | item        | 取組の名前が空です
            item number 0               | 09,2023,予算,分野,0,取組,1000,0,          | item_no     | 取組の番号として読めません
            an item number in words     | 09,2023,予算,分野,一,取組,1000,0,         | item_no     | 取組の番号として読めません
            an unknown branch           | 48,2023,予算,分野,1,取組,1000,0,          | branch_code | 支部コードではありません
            an unreadable year          | 09,23年,予算,分野,1,取組,1000,0,          | fiscal_year | 年度として読めません
            """)
    void a_bad_cell_is_named_by_file_line_and_column(String what, String row, String column, String message) {
        BudgetCsv.Outcome outcome = BudgetCsv.read(List.of(csv("bad.csv", HEADER, GOOD.replace(",1,", ",2,"), row)));

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.budgets()).as("nothing of a bad file").isEmpty();
        OnlyProblem.of(outcome.problems())
                .inFile("bad.csv")
                .onLine(3)
                .inColumn(column)
                .says(message)
                .describedAs("ファイル「bad.csv」 3行目 列「" + column + "」: ");
    }

    @Test
    void every_bad_cell_of_a_row_is_reported_not_only_the_first() {
        BudgetCsv.Outcome outcome = BudgetCsv.read(List.of(csv("bad.csv", HEADER, "09,2023,予算,,x,取組,1.5,0,")));

        assertThat(outcome.problems())
                .extracting(p -> p.line() + ":" + p.column().orElse(""))
                .containsExactly("2:category", "2:item_no", "2:budget");
    }

    @Test
    void an_item_number_twice_in_one_budget_is_a_duplicate_naming_the_first_line_even_across_files() {
        BudgetCsv.Outcome outcome =
                BudgetCsv.read(List.of(csv("a.csv", HEADER, GOOD), csv("b.csv", HEADER, GOOD.replace("情報提供", "別の取組"))));

        OnlyProblem.of(outcome.problems())
                .inFile("b.csv")
                .onLine(2)
                .inColumn("item_no")
                .says("重複", "「a.csv」 2行目", "(1)");
    }

    @Test
    void the_same_number_in_another_budget_of_the_branch_is_no_duplicate() {
        BudgetCsv.Outcome outcome =
                BudgetCsv.read(List.of(csv("a.csv", HEADER, GOOD, GOOD.replace("医療費適正化等予算", "保健事業予算"))));

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.budgets().get(0).sections()).hasSize(2);
    }

    @Test
    void an_unknown_or_missing_column_is_named_in_the_header_line() {
        BudgetCsv.Outcome outcome = BudgetCsv.read(
                List.of(csv("h.csv", "branch_code,fiscal_year,section,category,item_no,item,budget,remarks", GOOD)));

        assertThat(outcome.problems())
                .extracting(ImportProblem::describeJa)
                .containsExactlyInAnyOrder(
                        "ファイル「h.csv」 1行目 列「remarks」: 知らない列です（8列目）。使える列: branch_code, fiscal_year, section, "
                                + "category, item_no, item, budget, executed, source",
                        "ファイル「h.csv」 1行目 列「executed」: 必須の列がありません");
    }

    @Test
    void a_file_in_shift_jis_is_refused_naming_the_line_and_column_of_the_first_bad_byte() {
        byte[] sjis = (HEADER + "\n" + GOOD + "\n").getBytes(Charset.forName("Shift_JIS"));
        BudgetCsv.Outcome outcome = BudgetCsv.read(List.of(new InterchangeFile("sjis.csv", sjis)));

        OnlyProblem.of(outcome.problems()).onLine(2).inColumn("section").says("UTF-8");
    }

    @Test
    void an_empty_file_asks_for_the_header_of_the_budget_columns() {
        BudgetCsv.Outcome outcome = BudgetCsv.read(List.of(csv("empty.csv", "")));

        assertThat(outcome.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.messageJa())
                        .contains("空です", "branch_code,fiscal_year,section,category,item_no,item,budget,executed,…"));
    }
}
