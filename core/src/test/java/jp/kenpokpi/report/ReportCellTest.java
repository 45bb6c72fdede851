package jp.kenpokpi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.value.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a printed result becomes a report cell: a number in its unit with the decimals it was printed with. */
class ReportCellTest {

    @ParameterizedTest(name = "{0} → {1} {2}, {3} decimals, printed {4}")
    @CsvSource(delimiter = '|', textBlock = """
            72.2%       | 72.2   | PERCENT | 1 | 72.2%
            0.370％     | 0.370  | PERCENT | 3 | 0.370%
            100%        | 100    | PERCENT | 0 | 100%
            6,535円     | 6535   | YEN     | 0 | 6,535円
            1,529事業所  | 1529   | OFFICES | 0 | 1,529事業所
            """)
    void aPrintedResultWithAUnitIsANumber(String printed, String value, Unit unit, int decimals, String text) {
        ReportCell cell = KpiSummaryReport.value(Optional.of(printed), false);
        assertThat(cell).isEqualTo(new ReportCell.Number(new BigDecimal(value), unit, decimals, false));
        assertThat(cell.text()).isEqualTo(text);
    }

    @Test
    void whatIsNotANumberInAUnitStaysText() {
        assertThat(KpiSummaryReport.value(Optional.of("実施"), false)).isEqualTo(new ReportCell.Text("実施", false));
        assertThat(KpiSummaryReport.value(Optional.of("－"), false)).isInstanceOf(ReportCell.Text.class);
        assertThat(KpiSummaryReport.value(Optional.empty(), true)).isEqualTo(new ReportCell.Text("", true));
    }

    @Test
    void aMarkedResultStaysANumberAndPrintsItsMarkBesideIt() {
        ReportCell number = ReportCell.marked(KpiSummaryReport.value(Optional.of("56.8%"), true), Mark.EXCEEDED);
        assertThat(number)
                .isEqualTo(new ReportCell.Number(
                        new BigDecimal("56.8"), Unit.PERCENT, 1, true, Optional.of(Mark.EXCEEDED)));
        assertThat(number.text()).isEqualTo("56.8% ◎");
        assertThat(ReportCell.marked(new ReportCell.Text("実施", false), Mark.AS_PLANNED))
                .isEqualTo(new ReportCell.Text("実施 ○", false));
        assertThat(ReportCell.marked(ReportCell.empty(), Mark.NONE).text()).isEqualTo("—");
    }

    @Test
    void aTableRefusesARowWithTheWrongNumberOfCells() {
        assertThatThrownBy(() -> new ReportTable(
                        "t",
                        List.of(new ReportTable.Column("a", 1), new ReportTable.Column("b", 1)),
                        List.of(),
                        List.of(new ReportTable.Group("g", List.of(List.of(ReportCell.empty())))),
                        List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 cells for 2 columns");
    }
}
