package jp.kenpokpi.app.interchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
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
 * every cell text (so that 09 stays 09), long texts wrapped, the header frozen; a sheet 説明 says how to fill it in;
 * further sheets list what the cells may hold (the KPI catalogue).
 */
public final class ImportWorkbook {

    private ImportWorkbook() {}

    /**
     * A sheet of the workbook.
     *
     * @param rows       the header rows, then the data rows
     * @param headerRows how many of the rows are headers (coloured and frozen)
     * @param wide       the width in characters of the columns that hold long texts, by the first header row's
     *                   name; others fit their name
     */
    public record Table(String name, List<List<String>> rows, int headerRows, Map<String, Integer> wide) {}

    /**
     * @param rows  the header, then the data rows
     * @param wide  the width in characters of the columns that hold long texts, by header; others fit their name
     * @param help  the lines of the sheet 説明
     */
    public static byte[] write(
            String sheetName, List<List<String>> rows, Map<String, Integer> wide, List<String> help) {
        return write(new Table(sheetName, rows, 1, wide), help, List.of());
    }

    /** The sheet to fill in first, then 説明 with the help lines, then the listings. */
    public static byte[] write(Table input, List<String> help, List<Table> listings) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            draw(workbook, input, styles);
            Sheet notes = workbook.createSheet("説明");
            for (int i = 0; i < help.size(); i++)
                styles.texts.write(notes.createRow(i).createCell(0), help.get(i), styles.plain);
            notes.setColumnWidth(0, 120 * 256);
            for (Table listing : listings) draw(workbook, listing, styles);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Excelファイルを作成できません", e);
        }
    }

    private static void draw(XSSFWorkbook workbook, Table table, Styles styles) {
        Sheet sheet = workbook.createSheet(table.name());
        List<List<String>> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<String> fields = rows.get(r);
            for (int c = 0; c < fields.size(); c++) {
                styles.texts.write(
                        row.createCell(c), fields.get(c), r < table.headerRows() ? styles.header : styles.text);
            }
        }
        List<String> headers = rows.get(0);
        for (int c = 0; c < headers.size(); c++) {
            int chars = table.wide()
                    .getOrDefault(headers.get(c), Math.max(8, headers.get(c).length() + 2));
            sheet.setColumnWidth(c, Math.min(255, chars) * 256);
            // Typed values stay text too: a branch code 09 is not the number 9.
            sheet.setDefaultColumnStyle(c, styles.text);
        }
        sheet.createFreezePane(0, table.headerRows());
    }

    /** The workbook's cell styles: text (format @, wrapped, top), header (text on pale blue), plain. */
    private static final class Styles {

        final ExcelTexts texts;
        final CellStyle text;
        final CellStyle header;
        final CellStyle plain;

        Styles(XSSFWorkbook workbook) {
            texts = new ExcelTexts(workbook);
            DataFormat formats = workbook.createDataFormat();
            text = workbook.createCellStyle();
            text.setDataFormat(formats.getFormat("@"));
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            header = workbook.createCellStyle();
            header.cloneStyleFrom(text);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            plain = workbook.createCellStyle();
        }
    }
}
