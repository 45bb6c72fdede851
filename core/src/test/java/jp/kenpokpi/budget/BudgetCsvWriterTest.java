package jp.kenpokpi.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.kenpokpi.csv.CsvWriter;
import jp.kenpokpi.interchange.InterchangeFile;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import org.junit.jupiter.api.Test;

/** What the template writes reads back as the same budget, its Japanese label row skipped. */
class BudgetCsvWriterTest {

    @Test
    void a_written_budget_reads_back_the_same_and_names_where_each_branch_year_starts() {
        BudgetCsv.Outcome original = BudgetCsv.read(List.of(BudgetCsvTest.csv(
                "b.csv",
                BudgetCsvTest.HEADER,
                "05,2025,保健事業予算,健診経費,(2),集団健診,\"15,251,000\",13264576円,",
                "05,2025,保健事業予算,健診経費,1,事業者健診,8888000,4102863,架空",
                "05,2025,医療費適正化等予算,医療費適正化対策,1,情報提供,1910000,0,")));
        assertThat(original.problems()).isEmpty();

        List<List<String>> rows = BudgetCsvWriter.rows(original.budgets());
        assertThat(rows.get(1)).startsWith("支部コード", "年度", "予算", "分野", "番号", "主な取組", "予算額（円）", "執行額（円）");
        CsvWriter csv = new CsvWriter();
        rows.forEach(csv::row);
        BudgetCsv.Outcome again = BudgetCsv.read(List.of(
                new InterchangeFile("again.csv", csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))));

        assertThat(again.problems()).isEmpty();
        assertThat(again.budgets()).isEqualTo(original.budgets());
        assertThat(again.places())
                .containsExactly(new BudgetCsv.Place("again.csv", 3, OrgCode.of("05"), FiscalYear.of(2025)));
    }

    @Test
    void a_header_of_japanese_labels_alone_is_read_too() {
        BudgetCsv.Outcome outcome = BudgetCsv.read(List.of(BudgetCsvTest.csv(
                "ja.csv", "支部コード,年度,予算,分野,番号,主な取組,予算額（円）,執行額（円）", "05,2025,保健事業予算,健診経費,1,事業者健診,8888000,4102863")));

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.budgets().get(0).items())
                .extracting(BudgetItem::nameJa)
                .containsExactly("事業者健診");
    }
}
