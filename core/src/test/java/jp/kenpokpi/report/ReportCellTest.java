package jp.kenpokpi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.catalogue.ReferenceCatalogue;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.StoredResult;
import jp.kenpokpi.result.StoredResults;
import jp.kenpokpi.summary.ResultText;
import jp.kenpokpi.value.Figure;
import jp.kenpokpi.value.PrintedValue;
import jp.kenpokpi.value.PrintedValueParser;
import jp.kenpokpi.value.Unit;
import jp.kenpokpi.value.UnreadableValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a result becomes a report cell: a number in its unit with the decimals it was printed with, taken from the
 * value read once where it came in (the import's parser, here), never from the text shown.
 */
class ReportCellTest {

    /** A result as loading gives it: its printed text and the value the import read from it once. */
    private static Figure stored(String printed, boolean synthetic) throws UnreadableValueException {
        return Figure.printed(printed, PrintedValueParser.parse(printed).value(), false, synthetic);
    }

    @ParameterizedTest(name = "{0} → {1} {2}, {3} decimals, printed {4}")
    @CsvSource(delimiter = '|', textBlock = """
            72.2%       | 72.2   | PERCENT | 1 | 72.2%
            0.370％     | 0.370  | PERCENT | 3 | 0.370%
            100%        | 100    | PERCENT | 0 | 100%
            6,535円     | 6535   | YEN     | 0 | 6,535円
            1,529事業所  | 1529   | OFFICES | 0 | 1,529事業所
            """)
    void aPrintedResultWithAUnitIsANumber(String printed, String value, Unit unit, int decimals, String text)
            throws UnreadableValueException {
        ReportCell cell = KpiSummaryReport.value(stored(printed, false), "");
        assertThat(cell).isEqualTo(new ReportCell.Number(new BigDecimal(value), unit, decimals, false));
        assertThat(cell.text()).isEqualTo(text);
    }

    @Test
    void whatIsNotANumberInAUnitStaysText() throws UnreadableValueException {
        assertThat(KpiSummaryReport.value(stored("実施", false), "")).isEqualTo(new ReportCell.Text("実施", false));
        assertThat(KpiSummaryReport.value(Figure.of("－", false), "")).isInstanceOf(ReportCell.Text.class);
        assertThat(KpiSummaryReport.value(Figure.of(Optional.empty(), false, true), ""))
                .as("an empty value carries no label")
                .isEqualTo(new ReportCell.Text("", false));
    }

    @Test
    void theReportTakesTheFiguresNumberAndNeverParsesItsText() {
        // A text no parser reads: only the typed amount can make this a number cell.
        Figure figure = new Figure(
                Optional.of("七十二・二パーセント"),
                Optional.of(new PrintedValue.Amount(new BigDecimal("72.2"), Optional.of(Unit.PERCENT))),
                true,
                false);
        assertThat(KpiSummaryReport.value(figure, ""))
                .isEqualTo(
                        new ReportCell.Number(new BigDecimal("72.2"), Unit.PERCENT, 1, false, Optional.empty(), true));
    }

    @Test
    void aFigureMadeFromAStoredResultKeepsItsNumberUnitAndDecimals() {
        // Loading gives the typed value (0.370, %, three decimals) beside the text the branch printed full-width.
        StoredResult stored = StoredResults.yearEnd(
                        OrgCode.of("09"),
                        FiscalYear.of(2023),
                        "GENERIC_DRUG_SHARE",
                        ReferenceCatalogue.definition("GENERIC_DRUG_SHARE", 2023)
                                .definitionFy())
                .printed("０．３７０％")
                .synthetic(true)
                .build();
        Figure figure = ResultText.figure(stored, ReferenceCatalogue.definition("GENERIC_DRUG_SHARE", 2023));
        assertThat(figure.text()).contains("0.370%");
        assertThat(figure.amount())
                .hasValueSatisfying(a -> assertThat(a.number()).isEqualTo(new BigDecimal("0.370")))
                .hasValueSatisfying(a -> assertThat(a.unit()).contains(Unit.PERCENT));
        assertThat(KpiSummaryReport.value(figure, ""))
                .isEqualTo(new ReportCell.Number(new BigDecimal("0.370"), Unit.PERCENT, 3, true));
    }

    @Test
    void aMarkedResultStaysANumberAndPrintsItsMarkBesideIt() throws UnreadableValueException {
        ReportCell number = ReportCell.marked(KpiSummaryReport.value(stored("56.8%", true), ""), Mark.EXCEEDED);
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
