package jp.kenpokpi.interchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import jp.kenpokpi.csv.CsvRecord;

/**
 * Reads the first sheet of an .xlsx workbook with Apache POI into text rows numbered as Excel numbers them: each cell
 * as Excel shows it (2023, 9, a formula's value), a line break inside a cell kept. Rows are padded to the header's
 * width, since Excel stores no trailing empty cells; a value right of the header stays, for the import to reject.
 */
public final class XlsxWorkbooks implements WorkbookReader {

    @Override
    public Optional<List<CsvRecord>> records(InterchangeFile file, List<ImportProblem> problems) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            if (workbook.getNumberOfSheets() == 0) {
                problems.add(ImportProblem.inFile(file.name(), 1, "シートがありません"));
                return Optional.empty();
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            FormulaEvaluator formulas = workbook.getCreationHelper().createFormulaEvaluator();
            List<CsvRecord> records = new ArrayList<>();
            int width = 0;
            for (int r = Math.max(0, sheet.getFirstRowNum()); r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> fields = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        fields.add(cell == null ? "" : formatter.formatCellValue(cell, formulas));
                    }
                }
                if (records.isEmpty()) {
                    if (fields.stream().allMatch(String::isBlank)) continue;  // rows above the header
                    width = fields.size();
                }
                while (fields.size() < width) fields.add("");
                // A formatted but empty cell right of the table is nothing; a value there is the import's to reject.
                while (fields.size() > width && fields.get(fields.size() - 1).isBlank()) fields.remove(fields.size() - 1);
                records.add(new CsvRecord(r + 1, fields));
            }
            return Optional.of(records);
        } catch (IOException | RuntimeException e) {
            // POI reports a file that is not a workbook (a renamed CSV, a damaged file) with runtime exceptions.
            problems.add(ImportProblem.inFile(file.name(), 1, "Excelファイル（.xlsx）として読めません: " + e.getMessage()));
            return Optional.empty();
        }
    }
}
