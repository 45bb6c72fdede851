package jp.kenpokpi.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.report.ReportCell;
import jp.kenpokpi.report.ReportTable;
import jp.kenpokpi.report.ReportTable.Column;
import jp.kenpokpi.report.ReportTable.HeaderCell;
import jp.kenpokpi.value.Unit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A narrative cell of a few thousand characters over many lines (R2's 実施状況): nothing of it is lost in the PDF, the
 * HTML keeps its line breaks, and Excel holds it whole, wrapped, top-aligned, in a row tall enough to read.
 */
class ReportLongTextTest {

    /** 30 paragraphs of 100 characters, each on its own line: 3,000 characters ending in 「以上。」. */
    static final String NARRATIVE = narrative();

    private static String narrative() {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            String head = "（" + i + "）";
            lines.add(head
                    + "加入者への健診受診勧奨を事業所訪問と文書で実施し、受診率は前年度を上回った。"
                            .repeat(3)
                            .substring(0, 100 - head.length() - (i == 30 ? 3 : 0))
                    + (i == 30 ? "以上。" : ""));
        }
        return String.join("\n", lines);
    }

    private static ReportTable table() {
        List<List<ReportCell>> rows = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            rows.add(List.of(
                    new ReportCell.Text("短い行" + i, false),
                    new ReportCell.Text("実施", false),
                    new ReportCell.Number(new BigDecimal("72.2"), Unit.PERCENT, 1, false),
                    new ReportCell.MarkCell(Mark.AS_PLANNED)));
        }
        rows.add(List.of(
                new ReportCell.Text("健診の受診勧奨", false),
                new ReportCell.Text(NARRATIVE, false),
                new ReportCell.Number(new BigDecimal("72.2"), Unit.PERCENT, 1, false),
                new ReportCell.MarkCell(Mark.EXCEEDED)));
        rows.add(List.of(
                new ReportCell.Text("最後の行", false),
                new ReportCell.Text("末尾", false),
                new ReportCell.Number(new BigDecimal("50.0"), Unit.PERCENT, 1, false),
                new ReportCell.MarkCell(Mark.BELOW_PLAN)));
        return new ReportTable(
                "計画と実績（長い記述）",
                List.of(
                        new Column("measure", 14),
                        new Column("narrative", 50),
                        new Column("actual", 8),
                        new Column("mark", 6)),
                List.of(List.of(HeaderCell.of("取組"), HeaderCell.of("実施状況"), HeaderCell.of("実績"), HeaderCell.of("評価"))),
                List.of(new ReportTable.Group("１．分野", rows)),
                List.of("◎計画を上回る実施状況"));
    }

    @Test
    void theNarrativeIsLongAndHasLineBreaks() {
        assertThat(NARRATIVE).hasSize(3029).endsWith("以上。");
        assertThat(NARRATIVE.lines()).hasSize(30);
    }

    @Test
    void htmlKeepsTheLineBreaksAndLetsOnlyTheTallRowBreakAcrossPages() {
        String html = ReportHtml.document(table());
        assertThat(html).contains("（1）加入者", "<br/>（2）加入者", "以上。</td>");
        assertThat(html.split("class=\"report-row report-row-tall\"", -1).length - 1)
                .as("one tall row")
                .isEqualTo(1);
        assertThat(html)
                .contains("tr { page-break-inside: avoid; }", "tr.report-row-tall { page-break-inside: auto; }");
    }

    @Test
    void markupInATextIsPrintedAsTextAndTheDocumentStaysWellFormed() throws Exception {
        ReportTable hostile = new ReportTable(
                "表題 <b>&</b>",
                List.of(new Column("measure", 10)),
                List.of(List.of(HeaderCell.of("見出し\"'<"))),
                List.of(new ReportTable.Group(
                        "区分 </th>",
                        List.of(List.of(new ReportCell.Text("</td><script>alert(1)</script>\n次の行", false))))),
                List.of("凡例 <li>"));

        String html = ReportHtml.document(hostile);

        assertThat(html)
                .contains(
                        "&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;<br/>次の行",
                        "表題 &lt;b&gt;&amp;&lt;/b&gt;",
                        "区分 &lt;/th&gt;",
                        "凡例 &lt;li&gt;")
                .doesNotContain("<script>");
        // the PDF renderer's parser: the document must be XML
        javax.xml.parsers.DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new java.io.StringReader(html.replace("<!DOCTYPE html>", ""))));
    }

    @Test
    void thePdfPrintsTheWholeNarrativeAcrossPagesWithTheHeaderRepeated() throws Exception {
        try (PDDocument document = Loader.loadPDF(ReportPdf.render(table()))) {
            String text = nfkc(new PDFTextStripper().getText(document)).replaceAll("\\s", "");
            assertThat(text).contains(nfkc("（1）加入者への健診受診勧奨"), nfkc("（30）加入者"), "以上。", "最後の行");
            assertThat(text.indexOf("以上。")).as("the end before the next row").isLessThan(text.indexOf("最後の行"));
            int pages = document.getNumberOfPages();
            assertThat(pages).as("the tall row breaks across pages").isGreaterThanOrEqualTo(2);
            for (int p = 1; p <= pages; p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                assertThat(stripper.getText(document)).as("page %d", p).contains("実施状況", p + " / " + pages);
            }
            Path dir = Path.of("target/report-png");
            Files.createDirectories(dir);
            for (int p = 0; p < pages; p++) {
                BufferedImage image = new PDFRenderer(document).renderImageWithDPI(p, 80);
                ImageIO.write(
                        image,
                        "png",
                        dir.resolve("long-text-page" + (p + 1) + ".png").toFile());
            }
        }
    }

    @Test
    void excelHoldsTheWholeNarrativeWrappedTopAlignedInATallRow() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ReportExcel.render(table())))) {
            XSSFSheet sheet = workbook.getSheet("概要");
            Row tall = null;
            for (Row row : sheet) {
                Cell c = row.getCell(0);
                if (c != null && c.getStringCellValue().equals("健診の受診勧奨")) tall = row;
            }
            assertThat(tall).isNotNull();
            Cell narrative = tall.getCell(1);
            assertThat(narrative.getStringCellValue()).isEqualTo(NARRATIVE);
            assertThat(narrative.getCellStyle().getWrapText()).isTrue();
            assertThat(narrative.getCellStyle().getVerticalAlignment()).isEqualTo(VerticalAlignment.TOP);
            // 30 lines of 100 full-width characters in a column of 50: 60 lines, more than Excel's limit of 409pt.
            assertThat(tall.getHeightInPoints()).isEqualTo(ReportExcel.MAX_ROW_HEIGHT_POINTS);
            Row shortRow = sheet.getRow(tall.getRowNum() - 1);
            assertThat(shortRow.getHeightInPoints())
                    .as("a one-line row keeps the default")
                    .isLessThan(20f);
        }
    }

    @Test
    void aRowIsAsTallAsItsLongestCellsLines() {
        ReportTable t = table();
        List<ReportCell> row = List.of(
                new ReportCell.Text("一\n二\n三", false),
                new ReportCell.Text("あ".repeat(120), false),
                ReportCell.empty(),
                ReportCell.empty());
        assertThat(ReportExcel.rowHeight(t, row))
                .as("3 lines in 14, 3 lines of 50")
                .contains(3 * ReportExcel.LINE_HEIGHT_POINTS + 2);
        assertThat(ReportExcel.rowHeight(t, t.rows().get(0))).isEmpty();
    }

    private static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
}
