package jp.kenpokpi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.report.ReportBook.Cover;
import jp.kenpokpi.report.ReportBook.Section;
import jp.kenpokpi.report.ReportTable.Column;
import jp.kenpokpi.report.ReportTable.HeaderCell;
import org.junit.jupiter.api.Test;

/** A report book's sections keep their order (their Excel sheet names: app's SheetNamesTest). */
class ReportBookTest {

    private static final Cover COVER =
            new Cover("令和5年度 栃木支部 事業計画実施状況報告書", "全国健康保険協会 栃木支部", FiscalYear.of(2023), LocalDate.of(2026, 11, 23));

    private static ReportTable table(String title) {
        return new ReportTable(
                title,
                List.of(new Column("a", 10)),
                List.of(List.of(HeaderCell.of("見出し"))),
                List.of(new ReportTable.Group("１．分野", List.of(List.of(new ReportCell.Text("値", false))))),
                List.of());
    }

    private static ReportBook book(String... shortTitles) {
        return new ReportBook(
                COVER,
                java.util.Arrays.stream(shortTitles)
                        .map(t -> new Section(t, table(t + "の表")))
                        .toList());
    }

    @Test
    void theSectionsKeepTheirOrderAndTheCoverPrintsTheYearAndTheDate() {
        ReportBook book = book("KPI実施状況", "予算執行状況");
        assertThat(book.sections()).extracting(s -> s.table().title()).containsExactly("KPI実施状況の表", "予算執行状況の表");
        assertThat(COVER.yearJa()).isEqualTo("令和5年度（2023年度）");
        assertThat(COVER.printedJa()).isEqualTo("2026年11月23日 作成");
    }

    @Test
    void aBookNeedsASectionAndASectionATitle() {
        assertThatThrownBy(() -> new ReportBook(COVER, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Section(" ", table("x"))).isInstanceOf(IllegalArgumentException.class);
    }
}
