package jp.kenpokpi.interchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An import file as an Excel template: the columns and rows on the first sheet (read back by {@link XlsxWorkbooks}),
 * every cell text (so that 09 stays 09), long texts wrapped, the header frozen; a sheet 説明 says how to fill it in.
 */
public final class ImportWorkbook {

    private ImportWorkbook() {
    }

    /**
     * @param rows  the header, then the data rows
     * @param wide  the width in characters of the columns that hold long texts, by header; others fit their name
     * @param help  the lines of the sheet 説明
     */
    public static byte[] write(String sheetName, List<List<String>> rows, Map<String, Integer> wide, List<String> help) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DataFormat formats = workbook.createDataFormat();
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(formats.getFormat("@"));
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle header = workbook.createCellStyle();
            header.cloneStyleFrom(text);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            Sheet sheet = workbook.createSheet(sheetName);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> fields = rows.get(r);
                for (int c = 0; c < fields.size(); c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellStyle(r == 0 ? header : text);
                    cell.setCellValue(fields.get(c));
                }
            }
            List<String> headers = rows.get(0);
            for (int c = 0; c < headers.size(); c++) {
                int chars = wide.getOrDefault(headers.get(c), Math.max(8, headers.get(c).length() + 2));
                sheet.setColumnWidth(c, Math.min(255, chars) * 256);
                // Typed values stay text too: a branch code 09 is not the number 9.
                sheet.setDefaultColumnStyle(c, text);
            }
            sheet.createFreezePane(0, 1);

            Sheet notes = workbook.createSheet("説明");
            for (int i = 0; i < help.size(); i++) notes.createRow(i).createCell(0).setCellValue(help.get(i));
            notes.setColumnWidth(0, 120 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Excelファイルを作成できません", e);
        }
    }
}
