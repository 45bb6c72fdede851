package jp.kenpokpi.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.report.ReportCell;
import jp.kenpokpi.report.ReportTable;
import jp.kenpokpi.report.ReportTable.Column;
import jp.kenpokpi.report.ReportTable.HeaderCell;
import jp.kenpokpi.value.Unit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A table longer than a page: the header rows are repeated on every page, and every page is numbered "n / N". */
class ReportPdfTest {

    @Test
    void aLongTableRepeatsItsHeaderOnEveryPageAndNumbersThePages() throws Exception {
        List<List<ReportCell>> rows = new ArrayList<>();
        for (int i = 1; i <= 90; i++) {
            rows.add(List.of(
                    new ReportCell.Text("健診実施率" + i, false),
                    new ReportCell.Number(new BigDecimal("72.2"), Unit.PERCENT, 1, false),
                    new ReportCell.MarkCell(Mark.EXCEEDED)));
        }
        ReportTable table = new ReportTable(
                "長い表",
                List.of(new Column("kpi", 20), new Column("actual", 8), new Column("mark", 4)),
                List.of(
                        List.of(new HeaderCell("見出し項目", 1, 2), new HeaderCell("令和5年度", 2, 1)),
                        List.of(HeaderCell.of("実績値"), HeaderCell.of("実施状況"))),
                List.of(new ReportTable.Group("１．分野", rows)),
                List.of("◎計画を上回る実施状況"));

        try (PDDocument document = Loader.loadPDF(ReportPdf.render(table))) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            for (int p = 1; p <= pages; p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFKC);
                assertThat(text).as("page %d", p).contains(p + " / " + pages);
                if (text.contains("健診実施率")) assertThat(text).as("page %d", p).contains("見出し項目", "実績値", "令和5年度");
            }
        }
    }

    /**
     * IPAex Gothic draws 木 and the Kangxi radical ⽊ (U+2F4A) with one glyph, 　 (U+3000) and an em space with
     * another, — (U+2014) and a combining stroke with a third; PDFBox alone maps each glyph back to the lowest code
     * point, so the PDF's text read 栃⽊. The text read back is the text written, code point for code point.
     */
    @Test
    void theTextReadBackIsTheTextWrittenNotARadicalOfTheSameGlyph() throws Exception {
        String written = "栃木支部　執行率と自己評価（青森・日本・方針）—";
        ReportTable table = new ReportTable(
                "栃木支部の報告",
                List.of(new Column("kpi", 20)),
                List.of(List.of(HeaderCell.of("見出し"))),
                List.of(new ReportTable.Group("１．分野", List.of(List.of(new ReportCell.Text(written, false))))),
                List.of());

        try (PDDocument document = Loader.loadPDF(ReportPdf.render(table))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(written, "栃木支部の報告");
            assertThat(text.codePoints()
                            .filter(PdfTextAssertions::isRadical)
                            .mapToObj(Character::toString)
                            .toList())
                    .isEmpty();
        }
    }
}
