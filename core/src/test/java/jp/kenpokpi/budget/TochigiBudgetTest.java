package jp.kenpokpi.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.kenpokpi.interchange.SampleData;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tochigi's FY2023 budget execution (tochigi-fy2023-implementation-status.txt, 令和５年度 保険者機能強化予算の執行状況,
 * l.3483–3616), as the app loads it from tochigi-fy2023-budget.csv: only the items are data; every subtotal, total and
 * rate computed from them must be the one the report prints on the line named.
 */
class TochigiBudgetTest {

    static final String FILE = "tochigi-fy2023-budget.csv";
    static final String MEDICAL = "医療費適正化等予算";
    static final String HEALTH = "保健事業予算";
    static final String SPECIAL = "その他の保健事業（特別枠）予算";

    static BudgetExecution budget;

    @BeforeAll
    static void read() {
        BudgetCsv.Outcome outcome = BudgetCsv.read(List.of(SampleData.file(FILE)));
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.budgets()).hasSize(1);
        budget = outcome.budgets().get(0);
    }

    static BudgetSection section(String name) {
        return budget.section(name).orElseThrow(() -> new AssertionError("no section " + name));
    }

    static BudgetCategory category(String section, String name) {
        return section(section).categories().stream()
                .filter(c -> c.nameJa().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no category " + name + " in " + section));
    }

    @Test
    void the_file_holds_tochigis_fy2023_budget_in_three_tables_of_seventeen_items() {
        assertThat(budget.org()).isEqualTo(OrgCode.of("09"));
        assertThat(budget.year()).isEqualTo(FiscalYear.of(2023));
        assertThat(budget.sections()).extracting(BudgetSection::nameJa).containsExactly(MEDICAL, HEALTH, SPECIAL);
        assertThat(budget.items()).hasSize(17);
        assertThat(budget.synthetic()).isFalse();
        assertThat(budget.items())
                .allSatisfy(i -> assertThat(i.source())
                        .hasValueSatisfying(
                                s -> assertThat(s).startsWith("tochigi-fy2023-implementation-status.txt 予算執行 l.")));
    }

    @ParameterizedTest(name = "l.{0} {1} {2}: {3}円 {4}円 {5}")
    @CsvSource(delimiter = '|', textBlock = """
            3537 | 医療費適正化等予算 | 医療費適正化対策                                    |  2,045,000 |  1,644,044 | 80.4%
            3543 | 医療費適正化等予算 | 広報・意見発信                                      | 10,541,000 |  9,947,570 | 94.4%
            3565 | 保健事業予算       | 健診経費                                            | 30,769,000 | 22,590,877 | 73.4%
            3575 | 保健事業予算       | 保健指導経費・重症化予防事業経費（その他の経費含む） | 14,404,000 |  9,459,495 | 65.7%
            3581 | 保健事業予算       | コラボヘルス事業経費                                |  7,460,000 |  6,296,569 | 84.4%
            3587 | 保健事業予算       | その他の経費                                        |     11,000 |          0 |  0.0%
            3608 | その他の保健事業（特別枠）予算 | 特別枠                                  |  1,623,600 |  1,551,027 | 95.5%
            """)
    void each_computed_category_subtotal_is_the_one_printed(
            int line, String section, String category, String budgetYen, String executedYen, String rate) {
        BudgetAmounts subtotal = category(section, category).subtotal();

        assertThat(subtotal.budgetText()).as("予算額 l.%d", line).isEqualTo(budgetYen + "円");
        assertThat(subtotal.executedText()).as("執行額 l.%d", line).isEqualTo(executedYen + "円");
        assertThat(subtotal.rateText()).as("執行率 l.%d", line).isEqualTo(rate);
    }

    @ParameterizedTest(name = "l.{0} {1} 総計: {2}円 {3}円 {4}")
    @CsvSource(delimiter = '|', textBlock = """
            3591 | 保健事業予算                   | 52,644,000 | 38,346,941 | 72.8%
            3612 | その他の保健事業（特別枠）予算 |  1,623,600 |  1,551,027 | 95.5%
            """)
    void each_computed_total_is_the_one_printed(
            int line, String section, String budgetYen, String executedYen, String rate) {
        BudgetAmounts total = section(section).total();

        assertThat(total.budgetText()).as("予算額 l.%d", line).isEqualTo(budgetYen + "円");
        assertThat(total.executedText()).as("執行額 l.%d", line).isEqualTo(executedYen + "円");
        assertThat(total.rateText()).as("執行率 l.%d", line).isEqualTo(rate);
    }

    /**
     * The report's own slip: l.3555 prints the 総計 of 医療費適正化等予算 as 12,585,000円, but its two subtotals
     * (2,045,000 + 10,541,000, each equal to the sum of its items) make 12,586,000円. The executed total and the
     * rate (92.1% either way) agree. The system computes totals, so it shows 12,586,000円.
     */
    @Test
    void the_printed_budget_total_of_医療費適正化等予算_is_1000_yen_below_the_sum_of_its_subtotals() {
        BudgetAmounts total = section(MEDICAL).total();

        assertThat(total.budget()).isEqualTo(12_586_000L).isEqualTo(12_585_000L + 1_000L);
        assertThat(total.executedText()).isEqualTo("11,591,614円");
        assertThat(total.rateText()).isEqualTo("92.1%");
        assertThat(ExecutionRate.of(11_591_614L, 12_585_000L).orElseThrow().text())
                .as("the printed pair")
                .isEqualTo("92.1%");
    }

    @ParameterizedTest(name = "l.{0} {1} ({2}) {3}: {4}円 {5}円 {6}")
    @CsvSource(delimiter = '|', textBlock = """
            3539 | 医療費適正化等予算 | 1 | ０歳児加入者を主とした医療費適正化のための情報提供                 |  1,910,000 |  1,644,044 |  86.1%
            3541 | 医療費適正化等予算 | 2 | 医療機関等を通じた患者へのジェネリック医薬品情報提供               |    135,000 |          0 |   0.0%
            3545 | 医療費適正化等予算 | 3 | 紙媒体による広報                                                   |  1,888,000 |  1,749,638 |  92.7%
            3547 | 医療費適正化等予算 | 4 | 各種メディアを活用したインセンティブ広報                           |  5,000,000 |  5,511,000 | 110.2%
            3549 | 医療費適正化等予算 | 5 | YouTube広告を活用した「上手な医療のかかり方」の広報                |    555,000 |    273,900 |  49.4%
            3551 | 医療費適正化等予算 | 6 | 小学生を対象とした医療費適正化等の情報提供（動画・冊子等の制作）   |  2,017,000 |  1,513,600 |  75.0%
            3553 | 医療費適正化等予算 | 7 | 新規適用、新規加入者に対する協会けんぽ事業内容等の情報提供         |  1,081,000 |    899,432 |  83.2%
            3567 | 保健事業予算       | 1 | 事業者健診結果データ取得事業                                       |  8,888,000 |  4,102,863 |  46.2%
            3569 | 保健事業予算       | 2 | 被扶養者を対象とした集団健診の実施                                 | 15,251,000 | 13,264,576 |  87.0%
            3571 | 保健事業予算       | 3 | 生活習慣病予防健診                                                 |  1,922,000 |  1,486,512 |  77.3%
            3573 | 保健事業予算       | 4 | 被保険者および被扶養者への受診勧奨等                               |  4,708,000 |  3,736,926 |  79.4%
            3577 | 保健事業予算       | 5 | 特定保健指導                                                       |  3,534,000 |  1,884,310 |  53.3%
            3579 | 保健事業予算       | 6 | 未治療者受診勧奨・重症化予防対策                                   | 10,870,000 |  7,575,185 |  69.7%
            3583 | 保健事業予算       | 7 | 健康経営の推進                                                     |  6,526,000 |  5,689,681 |  87.2%
            3585 | 保健事業予算       | 8 | 事業所の健康度見える化ツールの提供                                 |    934,000 |    606,888 |  65.0%
            3589 | 保健事業予算       | 9 | 保健指導対象者に対する健診前の文書支援事業                         |     11,000 |          0 |   0.0%
            3610 | その他の保健事業（特別枠）予算 | 1 | メタボリスク保有者への行動変容通知発送および効果検証事業 |  1,623,600 |  1,551,027 |  95.5%
            """)
    void each_item_holds_the_printed_amounts_and_its_computed_rate_is_the_printed_rate(
            int line, String section, int number, String name, String budgetYen, String executedYen, String rate) {
        BudgetItem item = section(section).items().stream()
                .filter(i -> i.number() == number)
                .findFirst()
                .orElseThrow();

        assertThat(item.nameJa()).isEqualTo(name);
        assertThat(item.amounts().budgetText()).isEqualTo(budgetYen + "円");
        assertThat(item.amounts().executedText()).isEqualTo(executedYen + "円");
        assertThat(item.amounts().rateText()).as("執行率 l.%d", line).isEqualTo(rate);
        assertThat(item.source()).hasValueSatisfying(s -> assertThat(s).contains("l." + line));
    }

    @Test
    void only_各種メディアを活用したインセンティブ広報_was_executed_over_its_budget() {
        assertThat(budget.items())
                .filteredOn(i -> i.amounts().overExecuted())
                .extracting(BudgetItem::nameJa)
                .containsExactly("各種メディアを活用したインセンティブ広報");
        assertThat(budget.sections()).allSatisfy(s -> {
            assertThat(s.total().overExecuted()).as(s.nameJa()).isFalse();
            assertThat(s.categories())
                    .allSatisfy(c -> assertThat(c.subtotal().overExecuted())
                            .as(c.nameJa())
                            .isFalse());
        });
    }
}
