package jp.kenpokpi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import jp.kenpokpi.budget.BudgetCsv;
import jp.kenpokpi.interchange.SampleData;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.value.Unit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Report R7 from Tochigi's FY2023 budget (tochigi-fy2023-budget.csv, typed from the report's 予算 tables l.3483–3616):
 * blocks, 小計 and 総計 rows and the over-executed item, as the report prints them.
 */
class BudgetExecutionReportTest {

    static ReportTable table;

    @BeforeAll
    static void build() {
        BudgetCsv.Outcome outcome = BudgetCsv.read(List.of(SampleData.file("tochigi-fy2023-budget.csv")));
        assertThat(outcome.problems()).isEmpty();
        table = BudgetExecutionReport.of(
                outcome.budgets().get(0), Organisations.all().find("09").orElseThrow());
    }

    private static String text(List<ReportCell> row, String column) {
        return row.get(table.columnIndex(column)).text();
    }

    private static List<String> texts(List<ReportCell> row) {
        return row.stream().map(ReportCell::text).toList();
    }

    @Test
    void oneBlockPerBudgetHeadedAsTheReportHeadsIt() {
        assertThat(table.title()).isEqualTo("令和5年度 栃木支部 保険者機能強化予算の執行状況");
        assertThat(table.groups())
                .extracting(ReportTable.Group::heading)
                .containsExactly("１．医療費適正化等予算の執行実績", "２．保健事業予算の執行実績", "３．その他の保健事業（特別枠）予算の執行実績");
        assertThat(table.header().get(0))
                .extracting(ReportTable.HeaderCell::text)
                .containsExactly("分野", "主な取組", "予算額（円）", "執行額（円）", "執行率", "備考");
        // 17 items, 7 category subtotals, 3 totals.
        assertThat(table.rows()).hasSize(17 + 7 + 3);
    }

    @Test
    void theFirstBlockIsEachCategorysSubtotalThenItsItemsThenTheTotal() {
        List<List<String>> rows = table.groups().get(0).rows().stream()
                .map(BudgetExecutionReportTest::texts)
                .toList();
        assertThat(rows)
                .containsExactly(
                        List.of("医療費適正化対策", "小計", "2,045,000円", "1,644,044円", "80.4%", ""),
                        List.of("", "(1) ０歳児加入者を主とした医療費適正化のための情報提供", "1,910,000円", "1,644,044円", "86.1%", ""),
                        List.of("", "(2) 医療機関等を通じた患者へのジェネリック医薬品情報提供", "135,000円", "0円", "0.0%", ""),
                        List.of("広報・意見発信", "小計", "10,541,000円", "9,947,570円", "94.4%", ""),
                        List.of("", "(3) 紙媒体による広報", "1,888,000円", "1,749,638円", "92.7%", ""),
                        List.of("", "(4) 各種メディアを活用したインセンティブ広報", "5,000,000円", "5,511,000円", "110.2%", "予算超過"),
                        List.of("", "(5) YouTube広告を活用した「上手な医療のかかり方」の広報", "555,000円", "273,900円", "49.4%", ""),
                        List.of("", "(6) 小学生を対象とした医療費適正化等の情報提供（動画・冊子等の制作）", "2,017,000円", "1,513,600円", "75.0%", ""),
                        List.of("", "(7) 新規適用、新規加入者に対する協会けんぽ事業内容等の情報提供", "1,081,000円", "899,432円", "83.2%", ""),
                        // The report prints 12,585,000円, 1,000 yen below its own subtotals (docs/BUDGET.md): totals are
                        // computed.
                        List.of("総計", "", "12,586,000円", "11,591,614円", "92.1%", ""));
    }

    @Test
    void subtotalAndTotalRowsAreMarkedAsTotalsSoThatTheyPrintInBold() {
        ReportTable.Group first = table.groups().get(0);
        // 小計 医療費適正化対策, its 2 items, 小計 広報・意見発信, its 5 items, 総計
        assertThat(first.totals()).containsExactlyInAnyOrder(0, 3, 9);
        assertThat(first.isTotal(1)).isFalse();
        assertThat(table.groups())
                .allSatisfy(g -> assertThat(g.isTotal(g.rows().size() - 1)).isTrue());
    }

    @Test
    void aTotalMustNameOneOfItsGroupsRows() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new ReportTable.Group("g", List.of(), java.util.Set.of(0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theOtherTotalsAreTheOnesPrinted() {
        List<ReportCell> health =
                table.groups().get(1).rows().get(table.groups().get(1).rows().size() - 1);
        assertThat(texts(health)).containsExactly("総計", "", "52,644,000円", "38,346,941円", "72.8%", "");
        List<ReportCell> special = table.groups().get(2).rows().get(2);
        assertThat(texts(special)).containsExactly("総計", "", "1,623,600円", "1,551,027円", "95.5%", "");
    }

    @Test
    void amountsAreYenNumbersAndRatesPercentNumbersWithOneDecimal() {
        List<ReportCell> over = table.groups().get(0).rows().get(5);
        assertThat(over.get(table.columnIndex(BudgetExecutionReport.BUDGET)))
                .isEqualTo(new ReportCell.Number(new BigDecimal("5000000"), Unit.YEN, 0, false));
        assertThat(over.get(table.columnIndex(BudgetExecutionReport.EXECUTED)))
                .isEqualTo(new ReportCell.Number(new BigDecimal("5511000"), Unit.YEN, 0, false));
        assertThat(over.get(table.columnIndex(BudgetExecutionReport.RATE)))
                .isEqualTo(new ReportCell.Number(new BigDecimal("110.2"), Unit.PERCENT, 1, false));
    }

    @Test
    void onlyTheOverExecutedItemIsMarkedInTheNoteColumn() {
        assertThat(table.rows().stream()
                        .filter(r -> text(r, BudgetExecutionReport.NOTE).equals("予算超過"))
                        .map(r -> text(r, BudgetExecutionReport.ITEM))
                        .toList())
                .containsExactly("(4) 各種メディアを活用したインセンティブ広報");
        assertThat(table.footer()).anySatisfy(l -> assertThat(l).contains("予算超過：執行額が予算額を上回っています"));
    }
}
