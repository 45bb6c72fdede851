package jp.kenpokpi.app.report;

import java.util.List;
import jp.kenpokpi.report.ReportBook;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Draws a {@link ReportBook} as one workbook: the sheet 表紙 with the cover and the contents (each entry links to its
 * sheet), then one sheet per report named by its short title, each drawn by {@link ReportExcel}.
 */
public final class ReportBookExcel {

    /** The contents' heading row on the cover sheet; its entries follow. */
    static final int CONTENTS_HEADER_ROW = 6;

    private ReportBookExcel() {}

    public static byte[] render(ReportBook book) {
        return ReportExcel.write(workbook -> {
            ReportExcel.Sheets sheets = new ReportExcel.Sheets(workbook);
            List<String> names = SheetNames.of(book);
            cover(workbook, book, names);
            for (int i = 0; i < names.size(); i++)
                sheets.draw(names.get(i), book.sections().get(i).table());
        });
    }

    private static void cover(XSSFWorkbook workbook, ReportBook book, List<String> names) {
        Sheet sheet = workbook.createSheet(ReportBook.COVER_SHEET);
        ReportBook.Cover cover = book.cover();
        CellStyle title = workbook.createCellStyle();
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        title.setFont(big);
        Cell t = sheet.createRow(0).createCell(0);
        t.setCellValue(cover.title());
        t.setCellStyle(title);
        sheet.getRow(0).setHeightInPoints(24);
        sheet.createRow(1).createCell(0).setCellValue(cover.organisation());
        sheet.createRow(2).createCell(0).setCellValue(cover.yearJa());
        sheet.createRow(3).createCell(0).setCellValue(cover.printedJa());
        Cell heading = sheet.createRow(5).createCell(0);
        heading.setCellValue("目次");
        CellStyle bold = workbook.createCellStyle();
        bold.setFont(ReportExcel.bold(workbook));
        heading.setCellStyle(bold);
        Row header = sheet.createRow(CONTENTS_HEADER_ROW);
        String[] labels = {"番号", "報告", "表題", "シート"};
        for (int c = 0; c < labels.length; c++) {
            header.createCell(c).setCellValue(labels[c]);
            header.getCell(c).setCellStyle(bold);
        }
        for (int i = 0; i < names.size(); i++) {
            Row row = sheet.createRow(CONTENTS_HEADER_ROW + 1 + i);
            row.createCell(0).setCellValue(i + 1);
            row.createCell(1).setCellValue(book.sections().get(i).shortTitle());
            row.createCell(2).setCellValue(book.sections().get(i).table().title());
            Cell link = row.createCell(3);
            link.setCellValue(names.get(i));
            Hyperlink h = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            h.setAddress("'" + names.get(i).replace("'", "''") + "'!A1");
            link.setHyperlink(h);
        }
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, 20 * 256);
        sheet.setColumnWidth(2, 60 * 256);
        sheet.setColumnWidth(3, 20 * 256);
        ReportExcel.printOnA4Landscape(sheet);
    }
}
