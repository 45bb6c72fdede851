package jp.kenpokpi.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.catalogue.ReferenceCatalogue;
import jp.kenpokpi.csv.CsvRecord;
import org.junit.jupiter.api.Test;

/** A workbook's rows go through the same checks as a CSV file's, and the messages name the rows Excel shows. */
class WorkbookRecordsTest {

    private enum Col implements ImportCsv.Column {
        CODE,
        NAME;

        @Override
        public boolean required() {
            return this == CODE;
        }
    }

    /** A sheet with a title above the header (row 2) and a blank row between the data rows 3 and 5. */
    private static final WorkbookReader SHEET = (file, problems) -> Optional.of(List.of(
            new CsvRecord(2, List.of("code", "name")),
            new CsvRecord(3, List.of("A", "一")),
            new CsvRecord(4, List.of("", "")),
            new CsvRecord(5, List.of("B", "二", "余分"))));

    @Test
    void rowsKeepTheirExcelRowNumbersAndAWrongRowIsNamedByIt() {
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportCsv.Row<Col>> rows =
                ImportCsv.read(new InterchangeFile("plan.xlsx", new byte[0]), List.of(Col.values()), problems, SHEET);
        assertThat(rows).extracting(ImportCsv.Row::line).containsExactly(3);
        assertThat(rows.get(0).text(Col.NAME)).contains("一");
        assertThat(problems)
                .extracting(ImportProblem::describeJa)
                .containsExactly("ファイル「plan.xlsx」 5行目: 列の数が見出し行と違います（見出し2列、この行3列）");
    }

    @Test
    void aCsvNamedFileIsNeverHandedToTheWorkbookReader() {
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportCsv.Row<Col>> rows = ImportCsv.read(
                new InterchangeFile("plan.csv", "code,name\nC,三\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                List.of(Col.values()),
                problems,
                SHEET);
        assertThat(rows).extracting(r -> r.text(Col.CODE).orElseThrow()).containsExactly("C");
    }

    @Test
    void anImportWithoutAWorkbookReaderRefusesAnExcelFileInJapanese() {
        InterchangeReader.Outcome outcome = new InterchangeReader(ReferenceCatalogue.get())
                .read(List.of(new InterchangeFile("results.xlsx", new byte[] {0x50, 0x4b})));
        assertThat(outcome.problems())
                .extracting(ImportProblem::describeJa)
                .containsExactly("ファイル「results.xlsx」 1行目: Excelファイル（.xlsx）はこの取込では読めません。CSV（UTF-8）で保存してください");
    }
}
