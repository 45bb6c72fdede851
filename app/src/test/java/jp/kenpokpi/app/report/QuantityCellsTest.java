package jp.kenpokpi.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import jp.kenpokpi.report.ReportCell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A unit-less number cell is a number in Excel that reads there as the page prints it. */
class QuantityCellsTest {

    @ParameterizedTest
    @CsvSource({
        "414487742, 0, false, '414,487,742'",
        "285.61, 2, false, 285.61",
        "4.9, 1, true, +4.9",
        "-25.7, 1, true, -25.7",
        "0.0, 1, true, 0.0"
    })
    void excelShowsTheNumberAsPrinted(String value, int decimals, boolean signed, String printed) throws Exception {
        ReportCell.Quantity q = new ReportCell.Quantity(new BigDecimal(value), decimals, signed, printed, false);
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFCell cell = book.createSheet().createRow(0).createCell(0);
            cell.setCellValue(q.value().doubleValue());
            var style = book.createCellStyle();
            style.setDataFormat(book.createDataFormat().getFormat(ReportExcel.quantityFormat(q)));
            cell.setCellStyle(style);

            assertThat(new DataFormatter().formatCellValue(cell))
                    .isEqualTo(printed)
                    .isEqualTo(q.text());
        }
    }

    @Test
    void aSyntheticQuantityCarriesItsLabelInTheFormat() {
        ReportCell.Quantity q = new ReportCell.Quantity(new BigDecimal("12"), 0, false, "12", true);

        assertThat(ReportExcel.quantityFormat(q)).isEqualTo("#,##0\"（架空）\"");
    }
}
