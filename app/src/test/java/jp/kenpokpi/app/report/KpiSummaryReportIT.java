package jp.kenpokpi.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.report.KpiSummaryReport;
import jp.kenpokpi.report.ReportCell;
import jp.kenpokpi.report.ReportTable;
import jp.kenpokpi.value.Unit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Report R1, the Tochigi FY2023 事業計画実施状況（概要）, from the database loaded with the sample data: the model holds
 * the report's rows and values (typed from shared/seeds/tochigi-fy2023-implementation-status.txt lines 1–330), and
 * the page, the Excel workbook and the PDF draw it.
 */
@SampleDataTest
class KpiSummaryReportIT {

    private static final Path PNG_DIRECTORY = Path.of("target/report-png");

    @Autowired
    KpiSummaryReports reports;

    @Autowired
    MockMvc mvc;

    private static final Organisation TOCHIGI = Organisations.all().find("09").orElseThrow();
    private static final FiscalYear FY2023 = FiscalYear.of(2023);

    private ReportTable table() {
        return reports.table(TOCHIGI, FY2023);
    }

    /** The rows by KPI name. */
    private Map<String, List<ReportCell>> rowsByKpi(ReportTable table) {
        int kpi = table.columnIndex(KpiSummaryReport.KPI);
        return table.rows().stream().collect(Collectors.toMap(r -> r.get(kpi).text(), Function.identity()));
    }

    private static String cell(ReportTable table, List<ReportCell> row, String column) {
        return row.get(table.columnIndex(column)).text();
    }

    @Test
    void theModelHoldsTheNineteenRowsOfTheTochigiTableGroupedByAreaWithTheMarksOfTheReport() {
        ReportTable table = table();
        assertThat(table.title()).isEqualTo("令和5年度 栃木支部事業計画実施状況（概要）");
        assertThat(table.groups())
                .extracting(ReportTable.Group::heading)
                .containsExactly("１．基盤的保険者機能関係", "２．戦略的保険者機能関係", "３．組織・運営体制関係");
        assertThat(table.rows()).hasSize(19);
        Map<Mark, Long> marks = table.rows().stream()
                .map(r -> ((ReportCell.MarkCell) r.get(table.columnIndex(KpiSummaryReport.MARK))).mark())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(marks)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(Mark.EXCEEDED, 5L, Mark.AS_PLANNED, 8L, Mark.BELOW_PLAN, 6L));
        assertThat(table.footer()).containsExactly("◎計画を上回る実施状況", "○計画どおりの実施状況", "△計画を下回る実施状況");
        assertThat(table.header().get(0))
                .extracting(ReportTable.HeaderCell::text)
                .containsExactly("項番", "担当グループ", "令和5年度 栃木支部KPI", "令和3年度", "令和4年度", "令和5年度", "令和6年度", "備考");
    }

    @Test
    void theRowsFollowTochigisOwn項番FromItsBusinessPlanNotTheCatalogueOrder() {
        ReportTable table = table();
        int item = table.columnIndex(KpiSummaryReport.ITEM), kpi = table.columnIndex(KpiSummaryReport.KPI);
        assertThat(table.rows())
                .extracting(r -> r.get(item).text())
                .containsExactly(
                        "（1）", "（2）", "（3）", "（4）", "（5）", "（6）", "（7）", "（8）", "（9）", "（10）", "（11）", "（12）", "（13）",
                        "（14）", "（15）", "（16）", "（17）", "（18）", "（19）");
        // The report's (8) is the catalogue's fourth KPI of the year: the plan, not the catalogue, sets the order.
        assertThat(table.rows().get(7).get(kpi).text()).isEqualTo("被扶養者資格の確認対象事業所からの確認書の提出率");
        assertThat(table.rows().get(3).get(kpi).text()).isEqualTo("社会保険診療報酬支払基金と合算したレセプト点検の査定率");
        assertThat(table.rows().get(18).get(kpi).text()).isEqualTo("一般競争入札に占める一者応札案件の割合");
    }

    @Test
    void aRowHoldsTheReportsValuesAndItsResultsAreNumbersInTheirUnit() {
        ReportTable table = table();
        List<ReportCell> lifestyle = rowsByKpi(table).get("生活習慣病予防健診実施率");
        assertThat(cell(table, lifestyle, KpiSummaryReport.PRIOR2)).isEqualTo("68.1%");
        assertThat(cell(table, lifestyle, KpiSummaryReport.PRIOR1)).isEqualTo("71.9%");
        assertThat(cell(table, lifestyle, KpiSummaryReport.TARGET)).isEqualTo("71.7%以上");
        assertThat(cell(table, lifestyle, KpiSummaryReport.ACTUAL)).isEqualTo("72.2%");
        assertThat(cell(table, lifestyle, KpiSummaryReport.MARK)).isEqualTo("◎");
        assertThat(cell(table, lifestyle, KpiSummaryReport.NATIONAL)).isEqualTo("57.7%");
        assertThat(cell(table, lifestyle, KpiSummaryReport.NEXT_TARGET)).isEqualTo("※算出方法変更 65.9%以上");
        assertThat(lifestyle.get(table.columnIndex(KpiSummaryReport.ACTUAL)))
                .isEqualTo(new ReportCell.Number(new BigDecimal("72.2"), Unit.PERCENT, 1, false));

        List<ReportCell> review = rowsByKpi(table).get("社会保険診療報酬支払基金と合算したレセプト点検の査定率");
        assertThat(cell(table, review, KpiSummaryReport.PRIOR2))
                .as("three decimals, as printed")
                .isEqualTo("0.370%");
        List<ReportCell> rereview = rowsByKpi(table).get("協会けんぽの再審査レセプト1件当たりの査定額");
        assertThat(rereview.get(table.columnIndex(KpiSummaryReport.ACTUAL)))
                .isEqualTo(new ReportCell.Number(new BigDecimal("6535"), Unit.YEN, 0, false));
        assertThat(cell(table, rereview, KpiSummaryReport.ACTUAL)).isEqualTo("6,535円");
        List<ReportCell> declaration = rowsByKpi(table).get("健康宣言事業所数");
        assertThat(cell(table, declaration, KpiSummaryReport.NATIONAL)).isEqualTo("－");
        assertThat(cell(table, declaration, KpiSummaryReport.ACTUAL)).isEqualTo("1,529事業所");

        // Tochigi printed no 全国平均 for (19): the association's published result (real, from the Akita report) is shown.
        List<ReportCell> singleBid = rowsByKpi(table).get("一般競争入札に占める一者応札案件の割合");
        assertThat(cell(table, singleBid, KpiSummaryReport.NATIONAL)).isEqualTo("9.9%");
        assertThat(singleBid.get(table.columnIndex(KpiSummaryReport.NATIONAL)).synthetic())
                .isFalse();
        assertThat(lifestyle.get(table.columnIndex(KpiSummaryReport.NATIONAL)).synthetic())
                .as("printed by Tochigi")
                .isFalse();
    }

    @Test
    void aNationalAverageTochigiPrintedKeepsItsNumberAndDecimalsFromTheImportToTheCell() {
        // 82.10%: stored as a number (DECIMAL, which keeps no printed scale) with its two decimals beside it (V9).
        ReportTable table = table();
        List<ReportCell> cards = rowsByKpi(table).get("日本年金機構回収分も含めた資格喪失後1か月以内の保険証回収率");
        assertThat(cards.get(table.columnIndex(KpiSummaryReport.NATIONAL)))
                .isEqualTo(new ReportCell.Number(new BigDecimal("82.10"), Unit.PERCENT, 2, false));
        assertThat(cell(table, cards, KpiSummaryReport.NATIONAL)).isEqualTo("82.10%");
    }

    @Test
    void aNationalAverageComputedFromSyntheticBranchesIsLabelledSyntheticOnThePageAndInExcel() throws Exception {
        // FY2024: no report printed the 全国平均; it is computed from all 47 branches, 46 of them synthetic.
        ReportTable table = reports.table(TOCHIGI, FiscalYear.of(2024));
        ReportCell national = rowsByKpi(table).get("事業者健診データ取得率").get(table.columnIndex(KpiSummaryReport.NATIONAL));
        assertThat(national).isInstanceOf(ReportCell.Number.class);
        assertThat(national.synthetic()).isTrue();

        String html = DemoUsers.page(mvc, "/reports/kpi-summary?branch=09&year=2024", "tochigi");
        // Computed, so labelled 算 before 架空 (issue 8, point 7: one rule for a value's labels).
        assertThat(national.computed()).isTrue();
        assertThat(html)
                .containsPattern(
                        "data-column=\"national\">[0-9.]+%<span class=\"computed-label\">算</span><span class=\"synthetic-label\">架空</span>");
        byte[] xlsx = mvc.perform(
                        get("/reports/kpi-summary.xlsx?branch=09&year=2024").with(DemoUsers.as("tochigi")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Cell cell = rowOf(workbook.getSheet("概要"), "事業者健診データ取得率").getCell(8);
            assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("0.0%\"（算）（架空）\"");
        }
    }

    @Test
    void thePageShowsTheTableWithMergedHeaderCellsAndLinksToTheDownloads() throws Exception {
        String html = DemoUsers.page(mvc, "/reports/kpi-summary?branch=09&year=2023", "tochigi");
        assertThat(html)
                .contains(
                        "令和5年度 栃木支部事業計画実施状況（概要）",
                        "id=\"report-table\"",
                        "<th scope=\"col\" colspan=\"4\">令和5年度</th>",
                        "<th scope=\"col\" rowspan=\"2\">項番</th>",
                        "１．基盤的保険者機能関係",
                        "生活習慣病予防健診実施率",
                        "71.7%以上",
                        "72.2%",
                        "57.7%",
                        "◎計画を上回る実施状況",
                        "href=\"/reports/kpi-summary.xlsx?branch=09&amp;year=2023\"",
                        "href=\"/reports/kpi-summary.pdf?branch=09&amp;year=2023\"");
        assertThat(html.split("class=\"report-row\"", -1).length - 1).isEqualTo(19);
        assertThat(html).as("every value of the FY2023 table is real").doesNotContain("synthetic-label\">架空");
    }

    @Test
    void theExcelDownloadHoldsRealNumbersWithFormatsMergedHeadersFrozenRowsAndA4Landscape() throws Exception {
        byte[] xlsx = DemoUsers.download(
                mvc, "/reports/kpi-summary.xlsx?branch=09&year=2023", "etsuran", "kpi-summary-09-2023.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheet("概要");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("令和5年度 栃木支部事業計画実施状況（概要）");

            Row lifestyle = rowOf(sheet, "生活習慣病予防健診実施率");
            Cell actual = lifestyle.getCell(6);
            assertThat(actual.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(actual.getNumericCellValue()).isCloseTo(0.722, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(actual.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(lifestyle.getCell(7).getStringCellValue()).isEqualTo("◎");
            assertThat(lifestyle.getCell(5).getStringCellValue()).isEqualTo("71.7%以上");

            Cell review = rowOf(sheet, "社会保険診療報酬支払基金と合算したレセプト点検の査定率").getCell(3);
            assertThat(review.getNumericCellValue()).isCloseTo(0.0037, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(review.getCellStyle().getDataFormatString()).isEqualTo("0.000%");
            Cell yen = rowOf(sheet, "協会けんぽの再審査レセプト1件当たりの査定額").getCell(6);
            assertThat(yen.getNumericCellValue()).isEqualTo(6535.0);
            assertThat(yen.getCellStyle().getDataFormatString()).isEqualTo("#,##0\"円\"");
            Cell offices = rowOf(sheet, "健康宣言事業所数").getCell(6);
            assertThat(offices.getNumericCellValue()).isEqualTo(1529.0);
            assertThat(offices.getCellStyle().getDataFormatString()).isEqualTo("#,##0\"事業所\"");

            List<String> merges = new ArrayList<>();
            for (CellRangeAddress r : sheet.getMergedRegions()) merges.add(r.formatAsString());
            assertThat(merges).contains("A3:A4", "B3:B4", "C3:C4", "F3:I3", "K3:K4", "A5:K5");
            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("令和5年度");
            assertThat(sheet.getRow(3).getCell(7).getStringCellValue()).isEqualTo("実施状況");

            assertThat(sheet.getPaneInformation()).isNotNull();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("3:4");
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getLandscape()).isTrue();
            assertThat(sheet.getColumnWidth(2))
                    .as("KPI column wider than 項番")
                    .isGreaterThan(sheet.getColumnWidth(0) * 4);
        }
    }

    private static Row rowOf(XSSFSheet sheet, String kpi) {
        for (Row row : sheet) {
            Cell c = row.getCell(2);
            if (c != null
                    && c.getCellType() == CellType.STRING
                    && c.getStringCellValue().equals(kpi)) return row;
        }
        throw new AssertionError("no row for " + kpi);
    }

    @Test
    void thePdfDownloadPrintsJapaneseAndTheMarksWithAnEmbeddedFontOnA4LandscapePages() throws Exception {
        byte[] pdf = DemoUsers.pdf(mvc, "/reports/kpi-summary.pdf?branch=09&year=2023", "honbu");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // NFKC folds full-width brackets and digits to ASCII, on both sides. (The PDF's kanji read back as
            // written, not as the Kangxi radicals of the same glyphs: ReportPdfTextIT checks every report for that.)
            String text = nfkc(new PDFTextStripper().getText(document));
            assertThat(text)
                    .contains(Stream.of(
                                    "令和5年度 栃木支部事業計画実施状況（概要）",
                                    "生活習慣病予防健診実施率",
                                    "被扶養者の特定保健指導の実施率",
                                    "71.7%以上",
                                    "72.2%",
                                    "57.7%",
                                    "◎",
                                    "○",
                                    "△",
                                    "△計画を下回る実施状況",
                                    "１．基盤的保険者機能関係",
                                    "1 / " + document.getNumberOfPages())
                            .map(KpiSummaryReportIT::nfkc)
                            .toArray(String[]::new));
            assertThat(text)
                    .as("Japanese printed as '#' means no Japanese font")
                    .doesNotContain("#");
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth())
                        .as("landscape")
                        .isGreaterThan(page.getMediaBox().getHeight());
                assertThat(Math.round(page.getMediaBox().getWidth() / 72 * 25.4))
                        .as("A4 width in mm")
                        .isEqualTo(297);
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("IPAexGothic");
                }
            }
            if (document.getNumberOfPages() > 1) {
                String second = pageText(document, 2);
                assertThat(second).as("header repeated").contains("担当グループ", "実施状況", "全国平均");
            }
            Files.createDirectories(PNG_DIRECTORY);
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
            ImageIO.write(
                    image,
                    "png",
                    PNG_DIRECTORY.resolve("kpi-summary-09-2023-page1.png").toFile());
        }
    }

    private static String nfkc(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
    }

    private static String pageText(PDDocument document, int page) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }
}
