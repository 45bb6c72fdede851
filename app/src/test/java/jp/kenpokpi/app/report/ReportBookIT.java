package jp.kenpokpi.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.report.ReportBook;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
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
 * The report books from the sample data: Tochigi's FY2023 book (cover, contents, R1, R7) and headquarters' book of
 * R1 for all 47 branches, read back from the Excel and PDF downloads. Every page of the Tochigi PDF, and the first
 * and a middle page of the 47-branch PDF, are written to target/report-png for a person to look at.
 */
@SampleDataTest
class ReportBookIT {

    private static final Path PNG_DIRECTORY = Path.of("target/report-png");
    private static final String TOCHIGI_TITLE = "令和5年度 栃木支部 事業計画実施状況報告書";
    private static final String R1_TITLE = "令和5年度 栃木支部事業計画実施状況（概要）";
    private static final String R2_TITLE = "令和5年度 栃木支部事業計画の実施状況と自己評価";
    private static final String R3_TITLE = "令和5年度 栃木支部事業計画の実施状況（一覧）";
    private static final String R7_TITLE = "令和5年度 栃木支部 保険者機能強化予算の執行状況";
    /** A contents line of the PDF: number, short title, the report's title, the page it starts on. */
    private static final Pattern CONTENTS_LINE = Pattern.compile("^(\\d+) (\\S+) (.+?) (\\d+)$");

    @Autowired
    MockMvc mvc;

    @Autowired
    CouncilBooks books;

    private static byte[] associationPdf;

    private byte[] download(String path, String user, String fileName) throws Exception {
        return mvc.perform(get(path).with(DemoUsers.as(user)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"" + fileName + "\""))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private synchronized byte[] associationPdf() throws Exception {
        if (associationPdf == null) {
            associationPdf = download("/reports/association-book.pdf?year=2023", "etsuran", "report-book-all-2023.pdf");
        }
        return associationPdf;
    }

    @Test
    void theReportPagesOfferTheBranchBookAndEveryoneTheAssociationBook() throws Exception {
        String html = DemoUsers.page(mvc, "/reports/kpi-summary?branch=09&year=2023", "tochigi");
        assertThat(html)
                .contains(
                        "id=\"report-book\"",
                        "報告書一式",
                        "栃木支部 令和5年度",
                        "id=\"download-book-pdf\"",
                        "href=\"/reports/book.pdf?branch=09&amp;year=2023\"",
                        "href=\"/reports/book.xlsx?branch=09&amp;year=2023\"",
                        "href=\"/reports/book.html?branch=09&amp;year=2023\"",
                        "id=\"download-association-book-pdf\"",
                        "href=\"/reports/association-book.pdf?year=2023\"",
                        "href=\"/reports/association-book.xlsx?year=2023\"");
        String comparison = DemoUsers.page(mvc, "/reports/comparison?year=2023", "etsuran");
        assertThat(comparison)
                .contains("href=\"/reports/association-book.pdf?year=2023\"")
                .doesNotContain("id=\"report-book-branch\"");
        for (String page : List.of("/reports/budget?branch=09&year=2023", "/reports/interim?branch=00")) {
            assertThat(mvc.perform(get(page).with(DemoUsers.as("honbu")))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .as(page)
                    .contains("id=\"download-book-xlsx\"");
        }
    }

    @Test
    void theBranchBookHoldsR1R2R3AndR7AfterTheCoverAndABranchWithoutAPlanOrBudgetOnlyR1() {
        ReportBook tochigi = books.branchBook(Organisations.all().find("09").orElseThrow(), FiscalYear.of(2023));
        assertThat(tochigi.cover().title()).isEqualTo(TOCHIGI_TITLE);
        assertThat(tochigi.cover().organisation()).isEqualTo("全国健康保険協会 栃木支部");
        assertThat(tochigi.sections())
                .extracting(s -> s.table().title())
                .containsExactly(R1_TITLE, R2_TITLE, R3_TITLE, R7_TITLE);
        ReportBook tokyo = books.branchBook(Organisations.all().find("13").orElseThrow(), FiscalYear.of(2023));
        assertThat(tokyo.sections()).extracting(ReportBook.Section::shortTitle).containsExactly("KPI実施状況");
    }

    @Test
    void theExcelBookHasTheCoverSheetThenOneSheetPerReportWithR1DrawnAsAlone() throws Exception {
        byte[] xlsx = download("/reports/book.xlsx?branch=09&year=2023", "tochigi", "report-book-09-2023.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) names.add(workbook.getSheetName(i));
            assertThat(names).containsExactly("表紙", "KPI実施状況", "実施状況と自己評価", "実施状況一覧", "予算執行状況");

            XSSFSheet cover = workbook.getSheet("表紙");
            assertThat(text(cover))
                    .contains(
                            TOCHIGI_TITLE,
                            "全国健康保険協会 栃木支部",
                            "令和5年度（2023年度）",
                            "目次",
                            "KPI実施状況",
                            R1_TITLE,
                            "予算執行状況",
                            R7_TITLE);
            Row first = cover.getRow(ReportBookExcel.CONTENTS_HEADER_ROW + 1);
            assertThat(first.getCell(3).getHyperlink().getAddress()).isEqualTo("'KPI実施状況'!A1");

            XSSFSheet r1 = workbook.getSheet("KPI実施状況");
            assertThat(r1.getRow(0).getCell(0).getStringCellValue()).isEqualTo(R1_TITLE);
            Row lifestyle = rowOf(r1, 2, "生活習慣病予防健診実施率");
            assertThat(lifestyle.getCell(6).getNumericCellValue())
                    .isCloseTo(0.722, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(lifestyle.getCell(6).getCellStyle().getDataFormatString())
                    .isEqualTo("0.0%");
            assertThat(lifestyle.getCell(7).getStringCellValue()).isEqualTo("◎");
            List<String> merges = new ArrayList<>();
            for (CellRangeAddress r : r1.getMergedRegions()) merges.add(r.formatAsString());
            assertThat(merges).contains("A3:A4", "F3:I3", "A5:K5");
            assertThat(r1.getPaneInformation().isFreezePane()).isTrue();
            assertThat(r1.getRepeatingRows().formatAsString()).isEqualTo("3:4");
            for (String name : List.of("KPI実施状況", "予算執行状況")) {
                PrintSetup print = workbook.getSheet(name).getPrintSetup();
                assertThat(print.getPaperSize()).as(name).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(print.getLandscape()).as(name).isTrue();
            }
            assertThat(workbook.getSheet("予算執行状況").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo(R7_TITLE);
        }
    }

    @Test
    void theAssociationExcelBookHasOneSheetPerBranchInCodeOrder() throws Exception {
        byte[] xlsx = download("/reports/association-book.xlsx?year=2023", "etsuran", "report-book-all-2023.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(48);
            assertThat(workbook.getSheetName(0)).isEqualTo("表紙");
            assertThat(workbook.getSheetName(1)).isEqualTo("北海道");
            assertThat(workbook.getSheetName(9)).isEqualTo("栃木");
            assertThat(workbook.getSheetName(47)).isEqualTo("沖縄");
            assertThat(workbook.getSheet("栃木").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo(R1_TITLE);
        }
    }

    @Test
    void theBranchPdfBookHasTheCoverTheContentsWithTheRightPagesAndNumberedPagesInAnEmbeddedJapaneseFont()
            throws Exception {
        byte[] pdf = download("/reports/book.pdf?branch=09&year=2023", "tochigi", "report-book-09-2023.pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(nfkc(pageText(document, 1)))
                    .contains(nfkc(TOCHIGI_TITLE), "全国健康保険協会 栃木支部", nfkc("令和5年度（2023年度）"), "作成")
                    .doesNotContain("1 / " + pages);
            Map<String, Integer> contents = contents(document);
            assertThat(contents.keySet())
                    .containsExactly(nfkc(R1_TITLE), nfkc(R2_TITLE), nfkc(R3_TITLE), nfkc(R7_TITLE));
            assertPagesStartWithTheirSections(document, contents);
            // R1 (19 KPIs) and the overview R3 take one page each, as in the branch's own report.
            assertThat(contents.get(nfkc(R2_TITLE)) - contents.get(nfkc(R1_TITLE)))
                    .isEqualTo(1);
            assertThat(contents.get(nfkc(R7_TITLE)) - contents.get(nfkc(R3_TITLE)))
                    .isEqualTo(1);

            String raw = new PDFTextStripper().getText(document);
            // A glyph missing from the font comes out as '#'; the report's own ＃8000 (full width) is not one.
            assertThat(raw).doesNotContain("#").contains("＃8000");
            String all = nfkc(raw);
            assertThat(all)
                    .contains("生活習慣病予防健診実施率", "72.2%", "◎", "○", "△", "１．医療費適正化等予算の執行実績".transform(ReportBookIT::nfkc));
            for (int p = 2; p <= pages; p++)
                assertThat(pageText(document, p)).as("page %d", p).contains(p + " / " + pages);
            assertEmbeddedJapaneseFontsOnA4Landscape(document);
            Files.createDirectories(PNG_DIRECTORY);
            PDFRenderer renderer = new PDFRenderer(document);
            for (int p = 0; p < pages; p++) {
                ImageIO.write(
                        renderer.renderImageWithDPI(p, 90),
                        "png",
                        PNG_DIRECTORY
                                .resolve("report-book-09-2023-page" + (p + 1) + ".png")
                                .toFile());
            }
        }
    }

    @Test
    void theAssociationPdfBookListsThe47BranchesWithThePagesTheyStartOn() throws Exception {
        try (PDDocument document = Loader.loadPDF(associationPdf())) {
            Map<String, Integer> contents = contents(document);
            assertThat(contents).hasSize(47);
            assertThat(contents.keySet()).first().isEqualTo(nfkc("令和5年度 北海道支部事業計画実施状況（概要）"));
            assertThat(contents.keySet()).last().isEqualTo(nfkc("令和5年度 沖縄支部事業計画実施状況（概要）"));
            assertPagesStartWithTheirSections(document, contents);
            int pages = document.getNumberOfPages();
            assertThat(pageText(document, pages)).contains(pages + " / " + pages);
            assertEmbeddedJapaneseFontsOnA4Landscape(document);
            Files.createDirectories(PNG_DIRECTORY);
            PDFRenderer renderer = new PDFRenderer(document);
            // The cover, the contents, Hokkaido (synthetic values, labelled 架空 in each cell) and Tochigi in the middle.
            int hokkaido = contents.get(nfkc("令和5年度 北海道支部事業計画実施状況（概要）")) - 1;
            int middle = contents.get(nfkc("令和5年度 栃木支部事業計画実施状況（概要）")) - 1;
            for (int p : new int[] {0, 1, hokkaido, middle}) {
                ImageIO.write(
                        renderer.renderImageWithDPI(p, 90),
                        "png",
                        PNG_DIRECTORY
                                .resolve("report-book-all-2023-page" + (p + 1) + ".png")
                                .toFile());
            }
        }
    }

    @Test
    void theHtmlBookLinksTheContentsToEachSection() throws Exception {
        // The HTML book opens as a page (inline), its file name kept for saving it; PDF and Excel download.
        String html = mvc.perform(get("/reports/book.html?branch=09&year=2023").with(DemoUsers.as("honbu")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "inline; filename=\"report-book-09-2023.html\""))
                .andExpect(header().string("Content-Type", "text/html;charset=UTF-8"))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html)
                .contains(
                        "id=\"book-cover\"",
                        TOCHIGI_TITLE,
                        "id=\"book-contents\"",
                        "<a href=\"#section-1\">" + R1_TITLE + "</a>",
                        "<a href=\"#section-2\">" + R2_TITLE + "</a>",
                        "<a href=\"#section-4\">" + R7_TITLE + "</a>",
                        "<div class=\"book-section\" id=\"section-1\" data-section=\"1\">",
                        "id=\"report-table-2\"");
    }

    /** The contents' entries, report title → page: page 2 up to the page before the first report. */
    private static Map<String, Integer> contents(PDDocument document) throws IOException {
        Map<String, Integer> entries = new LinkedHashMap<>();
        assertThat(nfkc(pageText(document, 2))).contains("目次");
        int p = 2;
        do {
            for (String line :
                    nfkc(pageText(document, p)).lines().map(String::strip).toList()) {
                Matcher m = CONTENTS_LINE.matcher(line);
                if (m.matches()) entries.put(m.group(3), Integer.parseInt(m.group(4)));
            }
            p++;
        } while (!entries.isEmpty() && p < entries.values().iterator().next());
        return entries;
    }

    /** The page a contents entry names starts with that report's title, and the page before it does not hold it. */
    private static void assertPagesStartWithTheirSections(PDDocument document, Map<String, Integer> contents)
            throws IOException {
        int previous = 0;
        for (Map.Entry<String, Integer> e : contents.entrySet()) {
            assertThat(e.getValue())
                    .as(e.getKey())
                    .isGreaterThan(previous)
                    .isLessThanOrEqualTo(document.getNumberOfPages());
            String first = nfkc(pageText(document, e.getValue()))
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty())
                    .findFirst()
                    .orElse("");
            assertThat(first).as("first line of page %d", e.getValue()).isEqualTo(e.getKey());
            previous = e.getValue();
        }
    }

    /**
     * Every page is A4 landscape, its fonts are the embedded IPAex Gothic, and no character is printed beyond the right
     * margin (10 mm, ReportHtml's @page): a column pushed off the page would print there or not at all.
     */
    private static void assertEmbeddedJapaneseFontsOnA4Landscape(PDDocument document) throws IOException {
        float[] rightmost = {0};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                for (TextPosition t : positions)
                    rightmost[0] = Math.max(rightmost[0], t.getXDirAdj() + t.getWidthDirAdj());
                super.writeString(text, positions);
            }
        };
        stripper.getText(document);
        float marginMm = 10;
        float pageWidth = document.getPage(0).getMediaBox().getWidth();
        assertThat(rightmost[0])
                .as("rightmost character (pt)")
                .isGreaterThan(pageWidth / 2)
                .isLessThanOrEqualTo(pageWidth - marginMm / 25.4f * 72 + 0.5f);
        for (PDPage page : document.getPages()) {
            assertThat(page.getMediaBox().getWidth())
                    .as("landscape")
                    .isGreaterThan(page.getMediaBox().getHeight());
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("IPAexGothic");
            }
        }
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private static String text(XSSFSheet sheet) {
        StringBuilder b = new StringBuilder();
        for (Row row : sheet)
            for (Cell c : row)
                if (c.getCellType() == CellType.STRING)
                    b.append(c.getStringCellValue()).append('\n');
        return b.toString();
    }

    private static Row rowOf(XSSFSheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell c = row.getCell(column);
            if (c != null
                    && c.getCellType() == CellType.STRING
                    && c.getStringCellValue().equals(text)) return row;
        }
        throw new AssertionError("no row for " + text);
    }

    private static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
}
