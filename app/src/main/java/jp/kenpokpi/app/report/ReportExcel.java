package jp.kenpokpi.app.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jp.kenpokpi.app.interchange.ExcelTexts;
import jp.kenpokpi.report.ReportCell;
import jp.kenpokpi.report.ReportTable;
import jp.kenpokpi.report.ReportTable.HeaderCell;
import jp.kenpokpi.report.TextLines;
import jp.kenpokpi.value.Unit;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.RegionUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Draws a {@link ReportTable} as an .xlsx workbook: numbers are real numbers with a number format (a percent as the
 * fraction with 0.0%, yen as #,##0"円"), so that the council's staff can compute with them; header cells merged as
 * in the report, header rows frozen and repeated on each printed page, A4 landscape.
 */
public final class ReportExcel {

    static final String SHEET_NAME = "概要";
    /** Title on the first row, a blank row, then the header. */
    static final int FIRST_HEADER_ROW = 2;

    private ReportExcel() {}

    public static byte[] render(ReportTable table) {
        return render(SHEET_NAME, table);
    }

    /** The table on one sheet of this name (a page's export names the sheet after the page). */
    public static byte[] render(String sheetName, ReportTable table) {
        return write(workbook -> new Sheets(workbook).draw(sheetName, table));
    }

    /** A new workbook, drawn by {@code drawing}, as the bytes of an .xlsx file. */
    static byte[] write(Consumer<XSSFWorkbook> drawing) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            drawing.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Excelファイルを作成できません", e);
        }
    }

    /** The height Excel gives a line of text in its default font (11pt), with the gap between lines. */
    static final float LINE_HEIGHT_POINTS = 14.5f;
    /** Excel's limit on a row's height: a longer text is held whole but read by widening the row in Excel. */
    static final float MAX_ROW_HEIGHT_POINTS = 409f;

    /**
     * The height of a row of wrapped text, from the lines its tallest cell takes at its column's width, since Excel
     * does not grow a row when it opens a file; empty when one line is enough and the default height serves.
     */
    static java.util.Optional<Float> rowHeight(ReportTable table, List<ReportCell> cells) {
        int lines = 1;
        for (int c = 0; c < cells.size(); c++) {
            lines = Math.max(
                    lines,
                    TextLines.estimate(
                            cells.get(c).text(), table.columns().get(c).width()));
        }
        return lines == 1
                ? java.util.Optional.empty()
                : java.util.Optional.of(Math.min(MAX_ROW_HEIGHT_POINTS, lines * LINE_HEIGHT_POINTS + 2));
    }

    /** The number format of a number cell: its decimals and unit, its mark if any, and its labels (算, 架空). */
    static String numberFormat(ReportCell.Number n) {
        String digits = n.decimals() == 0 ? "0" : "0." + "0".repeat(n.decimals());
        String suffix = n.mark().map(m -> "\" " + m.symbol() + "\"").orElse("")
                + (n.labels().isEmpty() ? "" : "\"" + n.labelsJa() + "\"");
        if (n.unit() == Unit.PERCENT) return digits + "%" + suffix;
        if (n.unit() == Unit.TIMES_PER_MONTH) return "\"毎月\"#,##" + digits + "\"回\"" + suffix;
        return "#,##" + digits + "\"" + n.unit().symbol() + "\"" + suffix;
    }

    /** The number format of a unit-less number: grouped, its decimals, + above zero if signed, its labels. */
    static String quantityFormat(ReportCell.Quantity q) {
        String digits = "#,##0" + (q.decimals() == 0 ? "" : "." + "0".repeat(q.decimals()));
        String labels = q.labels().isEmpty() ? "" : "\"" + q.labelsJa() + "\"";
        return q.signed() ? "+" + digits + labels + ";-" + digits + labels + ";" + digits + labels : digits + labels;
    }

    /** The value Excel holds: a percent as its fraction, so that 0.0% shows it as printed. */
    static double excelValue(ReportCell.Number n) {
        BigDecimal v = n.unit() == Unit.PERCENT ? n.value().movePointLeft(2) : n.value();
        return v.doubleValue();
    }

    /**
     * Draws report tables into sheets of one workbook. The cell styles are made once per workbook and shared by its
     * sheets: a workbook holds at most 64,000 styles, and a book of 47 tables would otherwise repeat them.
     */
    static final class Sheets {
        private final XSSFWorkbook workbook;
        private final CellStyle header;
        private final CellStyle group;
        private final CellStyle text;
        private final CellStyle centred;
        private final Map<String, CellStyle> numberStyles = new HashMap<>();
        private final Map<CellStyle, CellStyle> boldStyles = new HashMap<>();
        private final Font boldFont;
        private final ExcelTexts texts;

        Sheets(XSSFWorkbook workbook) {
            this.texts = new ExcelTexts(workbook);
            this.workbook = workbook;
            this.boldFont = bold(workbook);
            this.header = bordered();
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            this.group = bordered();
            group.setFont(boldFont);
            group.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            group.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            this.text = bordered();
            text.setWrapText(true);
            this.centred = bordered();
            centred.setAlignment(HorizontalAlignment.CENTER);
        }

        XSSFWorkbook workbook() {
            return workbook;
        }

        /** A new sheet named {@code name} holding the table: title, merged header, groups, legend; set up for print. */
        Sheet draw(String name, ReportTable table) {
            Sheet sheet = workbook.createSheet(name);
            Cell title = sheet.createRow(0).createCell(0);
            title.setCellValue(table.title());
            int r = FIRST_HEADER_ROW;
            boolean[][] taken =
                    new boolean[table.header().size()][table.columns().size()];
            for (int h = 0; h < table.header().size(); h++, r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < table.columns().size(); c++)
                    row.createCell(c).setCellStyle(header);
                int c = 0;
                for (HeaderCell cell : table.header().get(h)) {
                    while (taken[h][c]) c++;
                    row.getCell(c).setCellValue(cell.text());
                    for (int i = h; i < h + cell.rowSpan(); i++) {
                        for (int j = c; j < c + cell.colSpan(); j++) taken[i][j] = true;
                    }
                    if (cell.merged()) {
                        merge(sheet, new CellRangeAddress(r, r + cell.rowSpan() - 1, c, c + cell.colSpan() - 1));
                    }
                    c += cell.colSpan();
                }
            }
            int lastHeaderRow = r - 1;
            for (ReportTable.Group g : table.groups()) {
                // A page's table without groups (the dashboard's, a ranking) has one unnamed group: no heading row.
                if (!g.heading().isEmpty()) {
                    Row heading = sheet.createRow(r);
                    for (int c = 0; c < table.columns().size(); c++)
                        heading.createCell(c).setCellStyle(group);
                    heading.getCell(0).setCellValue(g.heading());
                    merge(sheet, new CellRangeAddress(r, r, 0, table.columns().size() - 1));
                    r++;
                }
                for (int i = 0; i < g.rows().size(); i++) {
                    List<ReportCell> cells = g.rows().get(i);
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < cells.size(); c++) write(row.createCell(c), cells.get(c), g.isTotal(i));
                    rowHeight(table, cells).ifPresent(row::setHeightInPoints);
                }
            }
            r++;
            for (String line : table.footer())
                sheet.createRow(r++).createCell(0).setCellValue(line);

            for (int c = 0; c < table.columns().size(); c++) {
                // A full-width character is about two of Excel's character units; a unit is 1/256 of the width.
                sheet.setColumnWidth(c, Math.min(255, table.columns().get(c).width() * 2 + 1) * 256);
            }
            sheet.createFreezePane(0, lastHeaderRow + 1);
            sheet.setRepeatingRows(new CellRangeAddress(FIRST_HEADER_ROW, lastHeaderRow, -1, -1));
            printOnA4Landscape(sheet);
            return sheet;
        }

        /** @param total a 小計 or 総計 row: its cells in bold */
        private void write(Cell cell, ReportCell value, boolean total) {
            CellStyle style;
            if (value instanceof ReportCell.Number n) {
                cell.setCellValue(excelValue(n));
                style = numberStyles.computeIfAbsent(numberFormat(n), this::numberStyle);
            } else if (value instanceof ReportCell.Quantity q) {
                cell.setCellValue(q.value().doubleValue());
                style = numberStyles.computeIfAbsent(quantityFormat(q), this::numberStyle);
            } else if (value instanceof ReportCell.MarkCell m) {
                cell.setCellValue(m.text());
                style = centred;
            } else {
                texts.write(
                        cell,
                        value.textWithLabelsJa(),
                        total ? boldStyles.computeIfAbsent(text, this::boldCopy) : text);
                return;
            }
            cell.setCellStyle(total ? boldStyles.computeIfAbsent(style, this::boldCopy) : style);
        }

        private CellStyle boldCopy(CellStyle style) {
            CellStyle bold = workbook.createCellStyle();
            bold.cloneStyleFrom(style);
            bold.setFont(boldFont);
            return bold;
        }

        private CellStyle numberStyle(String format) {
            CellStyle style = bordered();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            style.setAlignment(HorizontalAlignment.RIGHT);
            return style;
        }

        /** A body cell: top-aligned, so that the cells of a row with a long text start on the same line. */
        private CellStyle bordered() {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }

        private static void merge(Sheet sheet, CellRangeAddress range) {
            sheet.addMergedRegion(range);
            RegionUtil.setBorderBottom(BorderStyle.THIN, range, sheet);
            RegionUtil.setBorderRight(BorderStyle.THIN, range, sheet);
        }
    }

    static Font bold(XSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        return bold;
    }

    /** A4 landscape, as wide as the page and as many pages long as needed. */
    static void printOnA4Landscape(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setAutobreaks(true);
        sheet.setFitToPage(true);
    }
}
