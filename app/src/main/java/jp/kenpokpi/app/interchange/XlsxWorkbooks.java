package jp.kenpokpi.app.interchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.csv.CsvRecord;
import jp.kenpokpi.interchange.ImportProblem;
import jp.kenpokpi.interchange.InterchangeFile;
import jp.kenpokpi.interchange.WorkbookReader;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an .xlsx workbook with Apache POI into text rows numbered as Excel numbers them: each cell
 * as Excel shows it (2023, 9, a formula's value), a line break inside a cell kept. Rows are padded to the header's
 * width, since Excel stores no trailing empty cells; a value right of the header stays, for the import to reject.
 */
public final class XlsxWorkbooks implements WorkbookReader {

    /** An .xlsx is a ZIP archive, which begins "PK" 03 04. */
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    /** An .xls of Excel 97–2003 is an OLE2 compound file. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) return false;
        }
        return true;
    }

    /** How many times its compressed size a part of a workbook may inflate to (POI's ZipSecureFile rule). */
    static long inflationLimit() {
        return Math.round(1 / ZipSecureFile.getMinInflateRatio());
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("ZIP entry size is too large")) return true;
        }
        return false;
    }

    @Override
    public Optional<List<CsvRecord>> records(InterchangeFile file, List<ImportProblem> problems) {
        // A file that is not what its name claims is refused by its first bytes, before POI parses any of it.
        if (!startsWith(file.content(), ZIP)) {
            problems.add(ImportProblem.inFile(
                    file.name(),
                    1,
                    startsWith(file.content(), OLE2)
                            ? "Excelファイル（.xlsx）として読めません（古い形式の .xls です）。Excelで「Excelブック（.xlsx）」として保存してください"
                            : "Excelファイル（.xlsx）として読めません（中身がExcelブックの形式ではありません）。" + "CSVなら拡張子を .csv にしてください"));
            return Optional.empty();
        }
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
                    if (fields.stream().allMatch(String::isBlank)) continue; // rows above the header
                    width = fields.size();
                }
                while (fields.size() < width) fields.add("");
                // A formatted but empty cell right of the table is nothing; a value there is the import's to reject.
                while (fields.size() > width && fields.get(fields.size() - 1).isBlank())
                    fields.remove(fields.size() - 1);
                records.add(new CsvRecord(r + 1, fields));
            }
            return Optional.of(records);
        } catch (IOException | RuntimeException e) {
            // POI reports a file that is not a workbook (a renamed CSV, a damaged file) with runtime exceptions, and
            // a part that inflates beyond its limit ("Zip bomb detected!") with an IOException. Its messages are
            // English: the user gets what they mean, in Japanese, with the limit that refused the file.
            problems.add(ImportProblem.inFile(
                    file.name(),
                    1,
                    isZipBomb(e)
                            ? "Excelファイル（.xlsx）として読めません。展開すると大きすぎる内容を含んでいます（圧縮された部品が"
                                    + inflationLimit() + "倍を超えて膨らむファイルは、展開でサーバーを止めないよう読みません）。"
                                    + "Excelで開いて保存し直してください"
                            : "Excelファイル（.xlsx）として読めません。ファイルが壊れているようです。Excelで開いて保存し直してください"));
            return Optional.empty();
        }
    }
}
