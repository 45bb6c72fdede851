package jp.kenpokpi.app.interchange;

import java.util.HashMap;
import java.util.Map;
import jp.kenpokpi.csv.FormulaGuard;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes texts into the cells of a workbook so that they stay text: a text beginning like a formula (=HYPERLINK(…),
 * +cmd|…) gets Excel's quote prefix, so that editing the cell in Excel does not turn it into a live formula, while the
 * cell's value stays the text itself (read back unchanged by the imports). Every workbook the application writes
 * (reports, books, the import templates) sets its texts through here; a style's prefixed copy is made once.
 */
public final class ExcelTexts {

    private final Workbook workbook;
    private final Map<CellStyle, CellStyle> prefixed = new HashMap<>();

    public ExcelTexts(Workbook workbook) {
        this.workbook = workbook;
    }

    /** Sets the text and the style, the style's quote-prefixed copy when the text starts like a formula. */
    public void write(Cell cell, String text, CellStyle style) {
        cell.setCellValue(text);
        cell.setCellStyle(
                FormulaGuard.startsLikeFormula(text) ? prefixed.computeIfAbsent(style, this::prefixedCopy) : style);
    }

    private CellStyle prefixedCopy(CellStyle style) {
        CellStyle copy = workbook.createCellStyle();
        copy.cloneStyleFrom(style);
        copy.setQuotePrefixed(true);
        return copy;
    }
}
