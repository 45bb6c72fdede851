package jp.kenpokpi.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.report.CouncilReports.Scope;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.organisation.Block;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.report.ComparisonReport;
import jp.kenpokpi.report.InterimReport;
import jp.kenpokpi.report.ReportCell;
import jp.kenpokpi.report.ReportTable;
import jp.kenpokpi.value.Unit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reports R4 (支部間比較, the Akita plan's reference table, shared/seeds/akita-fy2025-business-plan.txt lines
 * 833–975) and R5 (中間の実施状況, the headquarters half-year report, shared/seeds/hq-fy2021-first-half-status.txt
 * lines 1190–1471) from the database loaded with the sample data, as models, pages, workbooks and PDFs.
 */
@SampleDataTest
class CouncilReportsIT {

    private static final Path PNG_DIRECTORY = Path.of("target/report-png");
    private static final String LIFESTYLE = "生活習慣病予防健診実施率";
    private static final Organisation AKITA = Organisations.all().find("05").orElseThrow();
    private static final Organisation ASSOCIATION =
            Organisations.all().find("00").orElseThrow();

    @Autowired
    CouncilReports reports;

    @Autowired
    MockMvc mvc;

    private ReportTable tohoku2023() {
        return reports.comparison(FiscalYear.of(2023), Scope.parse("TOHOKU").orElseThrow());
    }

    private ReportTable interim2021() {
        return reports.interim(ASSOCIATION, AsOf.parse("2021-09").orElseThrow());
    }

    private static List<ReportCell> row(ReportTable table, String kpi) {
        int k = table.columnIndex("kpi");
        return table.rows().stream()
                .filter(r -> r.get(k).text().equals(kpi))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + kpi));
    }

    private static ReportCell cell(ReportTable table, List<ReportCell> row, String column) {
        return row.get(table.columnIndex(column));
    }

    @Test
    void theComparisonHoldsTheAssociationAndTheSixTohokuBranchesWithTargetAndMarkedResultEach() {
        ReportTable table = tohoku2023();
        assertThat(table.title()).isEqualTo("令和5年度 KPI実績の支部間比較（協会全体・東北ブロック）");
        assertThat(table.header().get(0))
                .extracting(ReportTable.HeaderCell::text)
                .containsExactly("具体的施策（KPI）", "協会全体", "青森支部", "岩手支部", "宮城支部", "秋田支部", "山形支部", "福島支部");
        assertThat(table.header().get(0).get(5).colSpan()).isEqualTo(2);
        assertThat(table.header().get(1))
                .hasSize(14)
                .extracting(ReportTable.HeaderCell::text)
                .containsOnly("ＫＰＩ", "結果");
        assertThat(table.columns()).hasSize(15);

        List<ReportCell> lifestyle = row(table, LIFESTYLE);
        assertThat(cell(table, lifestyle, ComparisonReport.targetKey(AKITA)).text())
                .startsWith("55.7%");
        ReportCell akita = cell(table, lifestyle, ComparisonReport.actualKey(AKITA));
        assertThat(akita)
                .isEqualTo(new ReportCell.Number(
                        new BigDecimal("56.8"), Unit.PERCENT, 1, false, Optional.of(Mark.EXCEEDED)));
        assertThat(akita.text()).isEqualTo("56.8% ◎");
        assertThat(cell(table, lifestyle, ComparisonReport.targetKey(ASSOCIATION))
                        .text())
                .startsWith("63.9%");
        ReportCell association = cell(table, lifestyle, ComparisonReport.actualKey(ASSOCIATION));
        assertThat(association.text()).isEqualTo("57.7% △");
        assertThat(association.synthetic()).isFalse();
        assertThat(table.footer()).contains("◎計画を上回る実施状況");
    }

    @Test
    void allFortySevenBranchesCompareAndSyntheticResultsAreMarked() {
        ReportTable table =
                reports.comparison(FiscalYear.of(2023), Scope.parse("all").orElseThrow());
        assertThat(table.columns()).hasSize(1 + 2 * 48);
        assertThat(table.rows().stream().flatMap(List::stream).anyMatch(ReportCell::synthetic))
                .as("branches other than the printed ones are synthetic")
                .isTrue();
        assertThat(Scope.parse("NOWHERE")).isEmpty();
    }

    @Test
    void theInterimReportHoldsTheLatestResultTheSameMonthLastYearAndLastYearsFinal() {
        ReportTable table = interim2021();
        assertThat(table.title()).isEqualTo("令和3年度 協会全体 KPIの実施状況（令和3年9月末時点）");
        assertThat(table.header().get(0))
                .extracting(ReportTable.HeaderCell::text)
                .containsExactly("項番", "具体的施策（KPI）", "令和3年度", "令和2年度", "備考");
        List<ReportCell> lifestyle = row(table, LIFESTYLE);
        assertThat(cell(table, lifestyle, InterimReport.LATEST))
                .isEqualTo(new ReportCell.Number(new BigDecimal("21.5"), Unit.PERCENT, 1, false));
        assertThat(cell(table, lifestyle, InterimReport.LATEST_AS_OF).text()).isEqualTo("9月末");
        assertThat(cell(table, lifestyle, InterimReport.SAME_MONTH).text()).isEqualTo("17.7%");
        assertThat(cell(table, lifestyle, InterimReport.LAST_FINAL).text()).isEqualTo("51.0%");
        assertThat(cell(table, lifestyle, InterimReport.TARGET).text())
                .as("at the one display formatting (issue 8, point 9)")
                .isEqualTo("58.5%以上");
    }

    @Test
    void thePagesShowTheTablesAndLinkToTheDownloads() throws Exception {
        String comparison = DemoUsers.page(mvc, "/reports/comparison?year=2023&block=TOHOKU", "honbu");
        assertThat(comparison)
                .contains(
                        "id=\"report-table\"",
                        "<th scope=\"col\" colspan=\"2\">秋田支部</th>",
                        "data-column=\"actual-05\">56.8% ◎</td>",
                        "href=\"/reports/comparison.xlsx?year=2023&amp;block=TOHOKU\"",
                        "href=\"/reports/comparison.pdf?year=2023&amp;block=TOHOKU\"");
        String interim = DemoUsers.page(mvc, "/reports/interim?branch=00&asOf=2021-09", "etsuran");
        assertThat(interim)
                .contains(
                        "令和3年度 協会全体 KPIの実施状況（令和3年9月末時点）",
                        "data-column=\"latest\">21.5%</td>",
                        "href=\"/reports/interim.pdf?branch=00&amp;asOf=2021-09\"");
        mvc.perform(get("/reports/comparison?year=2023&block=NOWHERE").with(DemoUsers.as("honbu")))
                .andExpect(status().isNotFound());
    }

    @Test
    void everyReportPageLinksToEveryReport() throws Exception {
        for (String page : new String[] {
            "/reports/kpi-summary?branch=09&year=2023",
            "/reports/comparison?year=2023",
            "/reports/interim?branch=00&asOf=2021-09",
            "/reports/budget?branch=09&year=2023"
        }) {
            String html = DemoUsers.page(mvc, page, "etsuran");
            assertThat(html)
                    .as(page)
                    .contains(
                            "href=\"/reports/kpi-summary\"",
                            "href=\"/reports/comparison\"",
                            "href=\"/reports/interim\"",
                            "href=\"/reports/budget\"",
                            "href=\"/reports/plan-result\"",
                            "href=\"/reports/plan-overview\"",
                            "href=\"/reports/kpi-list\"");
        }
    }

    @Test
    void theComparisonWorkbookHoldsNumbersWithTheirMarksAndMergesTheOrganisationHeader() throws Exception {
        byte[] xlsx = DemoUsers.download(
                mvc, "/reports/comparison.xlsx?year=2023&block=TOHOKU", "honbu", "comparison-TOHOKU-2023.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<String> merges = new ArrayList<>();
            for (CellRangeAddress r : sheet.getMergedRegions()) merges.add(r.formatAsString());
            // 具体的施策 over both header rows; 協会全体 B:C, 青森 D:E, 岩手 F:G, 宮城 H:I, 秋田 J:K … 福島 N:O.
            assertThat(merges).contains("A3:A4", "B3:C3", "J3:K3", "N3:O3");
            assertThat(sheet.getRow(2).getCell(9).getStringCellValue()).isEqualTo("秋田支部");
            assertThat(sheet.getRow(3).getCell(10).getStringCellValue()).isEqualTo("結果");
            Row lifestyle = rowOf(sheet, LIFESTYLE);
            Cell akita = lifestyle.getCell(10);
            assertThat(akita.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(akita.getNumericCellValue()).isCloseTo(0.568, Offset.offset(1e-9));
            assertThat(akita.getCellStyle().getDataFormatString()).isEqualTo("0.0%\" ◎\"");
            assertThat(lifestyle.getCell(2).getNumericCellValue()).isCloseTo(0.577, Offset.offset(1e-9));
        }
    }

    @Test
    void theInterimWorkbookHoldsNumbers() throws Exception {
        byte[] xlsx = DemoUsers.download(
                mvc, "/reports/interim.xlsx?branch=00&asOf=2021-09", "honbu", "interim-00-2021-09.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<String> merges = new ArrayList<>();
            for (CellRangeAddress r : sheet.getMergedRegions()) merges.add(r.formatAsString());
            assertThat(merges).contains("C3:E3", "F3:G3", "H3:H4");
            Row lifestyle = rowOf(sheet, LIFESTYLE);
            assertThat(lifestyle.getCell(3).getNumericCellValue()).isCloseTo(0.215, Offset.offset(1e-9));
            assertThat(lifestyle.getCell(5).getNumericCellValue()).isCloseTo(0.177, Offset.offset(1e-9));
            assertThat(lifestyle.getCell(6).getNumericCellValue()).isCloseTo(0.510, Offset.offset(1e-9));
            assertThat(lifestyle.getCell(6).getCellStyle().getDataFormatString())
                    .isEqualTo("0.0%");
        }
    }

    private static Row rowOf(XSSFSheet sheet, String kpi) {
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(kpi)) return row;
            }
        }
        throw new AssertionError("no row for " + kpi);
    }

    @Test
    void theComparisonPdfPrintsTheNamesAndMarks() throws Exception {
        byte[] pdf = DemoUsers.pdf(mvc, "/reports/comparison.pdf?year=2023&block=TOHOKU", "honbu");
        pdfContains(
                pdf,
                "comparison-TOHOKU-2023-page1.png",
                "KPI実績の支部間比較（協会全体・東北ブロック）",
                "秋田支部",
                "福島支部",
                "協会全体",
                LIFESTYLE,
                "56.8% ◎",
                "57.7% △",
                "ＫＰＩ",
                "結果");
    }

    @Test
    void allFortySevenBranchesPrintAsABookOfTheEightBlocksEachBesideTheAssociation() throws Exception {
        byte[] pdf = DemoUsers.download(
                mvc, "/reports/comparison.pdf?year=2023&block=ALL", "honbu", "comparison-ALL-2023.pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String contents = nfkc(pageText(document, 2));
            for (Block block : Block.values()) assertThat(contents).contains(nfkc(block.nameJa()));
            // The first block's page: the association and Hokkaido only, so that every column reads.
            String hokkaido = nfkc(pageText(document, 3));
            assertThat(hokkaido).contains("協会全体", "北海道支部").doesNotContain("青森支部", "沖縄支部");
            int last = document.getNumberOfPages();
            assertThat(nfkc(pageText(document, last))).contains("沖縄支部", "協会全体").doesNotContain("北海道支部");
            Files.createDirectories(PNG_DIRECTORY);
            PDFRenderer renderer = new PDFRenderer(document);
            ImageIO.write(
                    renderer.renderImageWithDPI(last - 1, 90),
                    "png",
                    PNG_DIRECTORY
                            .resolve("comparison-ALL-2023-page" + last + ".png")
                            .toFile());
        }
        // The workbook keeps all 47 on one sheet, where a reader scrolls.
        byte[] xlsx = mvc.perform(
                        get("/reports/comparison.xlsx?year=2023&block=ALL").with(DemoUsers.as("honbu")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
        }
    }

    private static String pageText(PDDocument document, int page) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    @Test
    void theInterimPdfPrintsTheNamesAndValues() throws Exception {
        byte[] pdf = DemoUsers.pdf(mvc, "/reports/interim.pdf?branch=00&asOf=2021-09", "honbu");
        pdfContains(
                pdf,
                "interim-00-2021-09-page1.png",
                "協会全体 KPIの実施状況（令和3年9月末時点）",
                LIFESTYLE,
                "21.5%",
                "17.7%",
                "51.0%",
                "同月の実績",
                "年度末の実績");
    }

    /** The text, NFKC-folded on both sides (full-width forms; radicals are ReportPdfTextIT's), and page 1 as a PNG. */
    private static void pdfContains(byte[] pdf, String png, String... expected) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Files.createDirectories(PNG_DIRECTORY);
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
            ImageIO.write(image, "png", PNG_DIRECTORY.resolve(png).toFile());
            String text = nfkc(new PDFTextStripper().getText(document));
            assertThat(text)
                    .contains(Stream.of(expected).map(CouncilReportsIT::nfkc).toArray(String[]::new));
            assertThat(text)
                    .as("Japanese printed as '#' means no Japanese font")
                    .doesNotContain("#");
        }
    }

    private static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
}
