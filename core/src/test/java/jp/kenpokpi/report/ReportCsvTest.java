package jp.kenpokpi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.csv.CsvParser;
import jp.kenpokpi.csv.CsvRecord;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.report.ReportTable.Column;
import jp.kenpokpi.report.ReportTable.Group;
import jp.kenpokpi.report.ReportTable.HeaderCell;
import jp.kenpokpi.value.Unit;
import org.junit.jupiter.api.Test;

/** A page's table as CSV: BOM, one header line under merged headings, values as shown with their labels, no formula. */
class ReportCsvTest {

    /** R4's shape: a KPI column, then 秋田支部 spanning ＫＰＩ and 結果; a group heading; a hostile note. */
    private static ReportTable table() {
        return new ReportTable(
                "比較",
                List.of(new Column("kpi", 10), new Column("target-05", 6), new Column("actual-05", 6)),
                List.of(
                        List.of(new HeaderCell("具体的施策（KPI）", 1, 2), new HeaderCell("秋田支部", 2, 1)),
                        List.of(HeaderCell.of("ＫＰＩ"), HeaderCell.of("結果"))),
                List.of(new Group(
                        "１．基盤的保険者機能関係",
                        List.of(
                                List.of(
                                        new ReportCell.Text("健診実施率", false),
                                        new ReportCell.Text("58.5%以上", true),
                                        new ReportCell.Number(
                                                new BigDecimal("56.8"),
                                                Unit.PERCENT,
                                                1,
                                                true,
                                                Optional.of(Mark.EXCEEDED))),
                                List.of(
                                        new ReportCell.Text("=HYPERLINK(\"http://x\",\"押す\")", false),
                                        new ReportCell.Text("-5", false),
                                        new ReportCell.Text("@SUM(A1)", false))))),
                List.of("凡例"));
    }

    private static List<CsvRecord> parsed(byte[] bytes) throws Exception {
        return CsvParser.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void begins_with_the_utf8_byte_order_mark_so_that_excel_reads_japanese() {
        byte[] bytes = ReportCsv.render(table());
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    }

    @Test
    void names_each_column_by_the_header_cells_above_it() throws Exception {
        assertThat(parsed(ReportCsv.render(table())).get(0).fields())
                .containsExactly("具体的施策（KPI）", "秋田支部 ＫＰＩ", "秋田支部 結果");
    }

    @Test
    void writes_the_group_heading_on_its_own_line_then_the_rows_as_shown_with_labels() throws Exception {
        List<CsvRecord> records = parsed(ReportCsv.render(table()));
        assertThat(records.get(1).fields()).containsExactly("１．基盤的保険者機能関係", "", "");
        assertThat(records.get(2).fields()).containsExactly("健診実施率", "58.5%以上（架空）", "56.8% ◎（架空）");
        assertThat(records).hasSize(4);
    }

    @Test
    void a_text_beginning_like_a_formula_cannot_run_while_a_plain_number_stays() throws Exception {
        List<String> hostile = parsed(ReportCsv.render(table())).get(3).fields();
        assertThat(hostile.get(0)).isEqualTo("'=HYPERLINK(\"http://x\",\"押す\")");
        assertThat(hostile.get(1)).isEqualTo("-5");
        assertThat(hostile.get(2)).isEqualTo("'@SUM(A1)");
    }
}
