package jp.kenpokpi.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.report.ReportBook;
import jp.kenpokpi.report.ReportBook.Cover;
import jp.kenpokpi.report.ReportBook.Section;
import jp.kenpokpi.report.ReportCell;
import jp.kenpokpi.report.ReportTable;
import jp.kenpokpi.report.ReportTable.Column;
import jp.kenpokpi.report.ReportTable.HeaderCell;
import org.junit.jupiter.api.Test;

/** Each section of a book gets a sheet name Excel accepts and no other section has (moved from core's ReportBookTest). */
class SheetNamesTest {

    private static List<String> sheetNames(String... shortTitles) {
        ReportTable table = new ReportTable(
                "表",
                List.of(new Column("a", 10)),
                List.of(List.of(HeaderCell.of("見出し"))),
                List.of(new ReportTable.Group("１．分野", List.of(List.of(new ReportCell.Text("値", false))))),
                List.of());
        return SheetNames.of(new ReportBook(
                new Cover("報告書", "栃木支部", FiscalYear.of(2023), LocalDate.of(2026, 11, 23)),
                Arrays.stream(shortTitles).map(t -> new Section(t, table)).toList()));
    }

    @Test
    void theSectionsShortTitlesNameTheirSheetsInOrder() {
        assertThat(sheetNames("KPI実施状況", "予算執行状況")).containsExactly("KPI実施状況", "予算執行状況");
    }

    @Test
    void sheetNamesLoseTheCharactersExcelRefusesAndAreCutTo31Characters() {
        List<String> names = sheetNames("計画[R2]: 実績/目標*?\\", "あ".repeat(40), "'引用'");
        assertThat(names.get(0)).isEqualTo("計画_R2__ 実績_目標___");
        assertThat(names.get(1)).isEqualTo("あ".repeat(31));
        assertThat(names.get(2)).isEqualTo("引用");
        for (String n : names)
            assertThat(n).hasSizeLessThanOrEqualTo(31).isNotBlank().doesNotContain("[", "]", ":", "*", "?", "/", "\\");
    }

    @Test
    void sameTitlesAreNumberedIgnoringCaseAndNoneTakesTheCoverSheetsName() {
        assertThat(sheetNames("KPI", "kpi", "KPI", "表紙", "い".repeat(35), "い".repeat(35)))
                .containsExactly("KPI", "kpi(2)", "KPI(3)", "表紙(2)", "い".repeat(31), "い".repeat(28) + "(2)");
    }
}
