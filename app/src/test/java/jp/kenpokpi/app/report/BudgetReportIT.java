package jp.kenpokpi.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.SampleDataTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Report R7, Tochigi's FY2023 budget execution from the sample data, as page, Excel and PDF. */
@SampleDataTest
class BudgetReportIT {

    private static final Path PNG_DIRECTORY = Path.of("target/report-png");

    @Autowired
    MockMvc mvc;

    @Test
    void thePageShowsTheBlocksSubtotalsTotalsAndTheOverExecutedItemWithDownloadLinks() throws Exception {
        String html = DemoUsers.page(mvc, "/reports/budget?branch=09&year=2023", "tochigi");
        assertThat(html)
                .contains(
                        "令和5年度 栃木支部 保険者機能強化予算の執行状況",
                        "id=\"report-budget\"",
                        "１．医療費適正化等予算の執行実績",
                        "３．その他の保健事業（特別枠）予算の執行実績",
                        "data-column=\"budget\">12,586,000円</td>",
                        "data-column=\"rate\">110.2%</td><td class=\"text col-note\" data-column=\"note\">予算超過</td>",
                        "href=\"/reports/budget.xlsx?branch=09&amp;year=2023\"",
                        "href=\"/reports/budget.pdf?branch=09&amp;year=2023\"");
        assertThat(html.split("class=\"report-row", -1).length - 1).isEqualTo(27);
        // 7 小計 and 3 総計 rows, printed in bold
        assertThat(html.split("report-row-total\"", -1).length - 1).isEqualTo(10);
    }

    @Test
    void aBranchWithoutABudgetIsNotFound() throws Exception {
        mvc.perform(get("/reports/budget.pdf?branch=13&year=2023").with(DemoUsers.as("honbu")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theExcelDownloadHoldsYenAndRatesAsNumbersWithSubtotalAndTotalRows() throws Exception {
        byte[] xlsx =
                DemoUsers.download(mvc, "/reports/budget.xlsx?branch=09&year=2023", "etsuran", "budget-09-2023.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("令和5年度 栃木支部 保険者機能強化予算の執行状況");

            Row over = rowWith(sheet, 1, "(4) 各種メディアを活用したインセンティブ広報").get(0);
            assertThat(over.getCell(2).getNumericCellValue()).isEqualTo(5_000_000.0);
            assertThat(over.getCell(3).getNumericCellValue()).isEqualTo(5_511_000.0);
            assertThat(over.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0\"円\"");
            assertThat(over.getCell(4).getNumericCellValue())
                    .isCloseTo(1.102, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(over.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(over.getCell(5).getStringCellValue()).isEqualTo("予算超過");

            List<Row> subtotals = rowWith(sheet, 1, "小計");
            assertThat(subtotals).hasSize(7);
            assertThat(subtotals.get(0).getCell(0).getStringCellValue()).isEqualTo("医療費適正化対策");
            assertThat(subtotals.get(0).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(subtotals.get(0).getCell(2).getNumericCellValue()).isEqualTo(2_045_000.0);
            List<Row> totals = rowWith(sheet, 0, "総計");
            assertThat(totals)
                    .extracting(r -> r.getCell(2).getNumericCellValue())
                    .containsExactly(12_586_000.0, 52_644_000.0, 1_623_600.0);
            assertThat(totals.get(0).getCell(3).getNumericCellValue()).isEqualTo(11_591_614.0);
            assertThat(totals.get(0).getCell(2).getCellStyle().getDataFormatString())
                    .isEqualTo("#,##0\"円\"");
            // 小計 and 総計 in bold, keeping their number formats; an item's row is not bold
            assertThat(workbook.getFontAt(
                                    totals.get(0).getCell(2).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(workbook.getFontAt(
                                    subtotals.get(0).getCell(1).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(workbook.getFontAt(over.getCell(3).getCellStyle().getFontIndex())
                            .getBold())
                    .isFalse();
        }
    }

    private static List<Row> rowWith(XSSFSheet sheet, int column, String text) {
        List<Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            Cell c = row.getCell(column);
            if (c != null
                    && c.getCellType() == CellType.STRING
                    && c.getStringCellValue().equals(text)) rows.add(row);
        }
        assertThat(rows).as("rows with " + text).isNotEmpty();
        return rows;
    }

    @Test
    void thePdfPrintsTheJapaneseNamesAndAmountsAndPageOneIsRenderedToPng() throws Exception {
        byte[] pdf = DemoUsers.pdf(mvc, "/reports/budget.pdf?branch=09&year=2023", "honbu");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // NFKC folds full-width forms (see KpiSummaryReportIT); ReportPdfTextIT checks the kanji read back whole.
            String text = nfkc(new PDFTextStripper().getText(document));
            assertThat(text)
                    .contains(Stream.of(
                                    "令和5年度 栃木支部 保険者機能強化予算の執行状況",
                                    "１．医療費適正化等予算の執行実績",
                                    "医療費適正化対策",
                                    "各種メディアを活用したインセンティブ広報",
                                    "メタボリスク保有者への行動変容通知発送および効果検証事業",
                                    "小計",
                                    "総計",
                                    "12,586,000円",
                                    "11,591,614円",
                                    "92.1%",
                                    "5,511,000円",
                                    "110.2%",
                                    "予算超過")
                            .map(BudgetReportIT::nfkc)
                            .toArray(String[]::new));
            assertThat(text)
                    .as("Japanese printed as '#' means no Japanese font")
                    .doesNotContain("#");
            Files.createDirectories(PNG_DIRECTORY);
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
            ImageIO.write(
                    image,
                    "png",
                    PNG_DIRECTORY.resolve("budget-09-2023-page1.png").toFile());
        }
    }

    private static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
}
