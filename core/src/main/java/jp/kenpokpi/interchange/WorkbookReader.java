package jp.kenpokpi.interchange;

import java.util.List;
import java.util.Optional;
import jp.kenpokpi.csv.CsvRecord;

/**
 * Reads a workbook (.xlsx) into the rows of its first sheet, each numbered by the row number the spreadsheet shows,
 * so that an import checks a filled-in Excel template as it checks a CSV file and names the same row in its messages.
 * The application supplies one (Apache POI); the domain only knows this shape.
 */
@FunctionalInterface
public interface WorkbookReader {

    /** The sheet's rows as text cells, header first; empty with the reason added to the problems when unreadable. */
    Optional<List<CsvRecord>> records(InterchangeFile file, List<ImportProblem> problems);

    /** For imports that take CSV only. */
    WorkbookReader NONE = (file, problems) -> {
        problems.add(ImportProblem.inFile(file.name(), 1, "Excelファイル（.xlsx）はこの取込では読めません。CSV（UTF-8）で保存してください"));
        return Optional.empty();
    };

    static boolean isWorkbook(InterchangeFile file) {
        return file.name().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
    }
}
