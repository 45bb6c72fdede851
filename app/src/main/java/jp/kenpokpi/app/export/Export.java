package jp.kenpokpi.app.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jp.kenpokpi.app.catalogue.CatalogueRepository;
import jp.kenpokpi.app.interchange.ImportWorkbook;
import jp.kenpokpi.app.interchange.KpiTemplate;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.csv.CsvWriter;
import jp.kenpokpi.interchange.InterchangeExport;
import jp.kenpokpi.period.FiscalYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every stored target and result as one interchange file (docs/INTERCHANGE.md, 「Export」): CSV, or the same rows as
 * the KPI Excel template, either importing into an empty database to the same records, whose export is the same
 * bytes. The rows and their order are core's {@link InterchangeExport}; the file is written one fiscal year at a
 * time (a year's records in memory, never the whole database). {@code ./kenpo-kpi export} and the API call here.
 */
@Service
public class Export {

    /** Excel opens a UTF-8 CSV with its Japanese only after a byte order mark; every import accepts one. */
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final CatalogueRepository catalogue;
    private final KpiRecordRepository records;
    private final TransactionTemplate snapshot;

    public Export(CatalogueRepository catalogue, KpiRecordRepository records, PlatformTransactionManager transactions) {
        this.catalogue = catalogue;
        this.records = records;
        // The years are read one after another: in one repeatable-read transaction they are one moment's data, also
        // while someone imports (PostgreSQL and H2 both give the transaction a snapshot).
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** The file's format, by its name's extension. */
    public enum Format {
        CSV("text/csv; charset=UTF-8"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return name().toLowerCase();
        }
    }

    public void write(Format format, OutputStream out) {
        if (format == Format.XLSX) writeXlsx(out);
        else writeCsv(out);
    }

    /** UTF-8 CSV with a byte order mark, LF line ends, the header row as the format names the columns. */
    public void writeCsv(OutputStream out) {
        try {
            Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            text.write(BYTE_ORDER_MARK);
            CsvWriter csv = new CsvWriter(text).row(InterchangeExport.header());
            eachRow(csv::row);
            text.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("書き出しに失敗しました: " + e.getMessage(), e);
        }
    }

    /**
     * The rows on the first sheet of the KPI Excel template (sheet KPI結果, column names, then their Japanese labels),
     * every cell text, a formula-like text quote-prefixed (ExcelTexts): imports as the CSV does. A workbook is built
     * whole before it is written (Apache POI's XSSF); the sample database's some 14,000 rows make a workbook of about
     * a megabyte.
     */
    public void writeXlsx(OutputStream out) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(InterchangeExport.header());
        rows.add(InterchangeExport.labels());
        eachRow(rows::add);
        byte[] workbook = ImportWorkbook.write(
                new ImportWorkbook.Table(
                        KpiTemplate.SHEET, rows, 2, Map.of("target", 16, "actual", 12, "note", 30, "source", 30)),
                List.of(
                        "kenpo-kpi のKPI目標・実績の書き出し（全件）",
                        "「" + KpiTemplate.SHEET + "」シートは取込の交換形式です（1行目は列名、2行目はその日本語名）。",
                        "このファイルのまま取込ページまたは ./kenpo-kpi import で取り込めます。",
                        "並び順: 年度、支部コード、時点（年度末が先）、KPIコード、定義の版。架空の値は「架空」列に「架空」とあります。"),
                List.of());
        try {
            out.write(workbook);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("書き出しに失敗しました: " + e.getMessage(), e);
        }
    }

    /** Every row, oldest year first: core orders a year's rows; the years are read one at a time. */
    private void eachRow(Consumer<List<String>> row) {
        snapshot.executeWithoutResult(status -> {
            InterchangeExport export = new InterchangeExport(catalogue.load());
            List<FiscalYear> years = new ArrayList<>(records.fiscalYears());
            years.sort(null);
            for (FiscalYear year : years) {
                KpiRecordRepository.YearRecords stored = records.year(year);
                export.rows(year, stored.targets(), stored.results()).forEach(row);
            }
        });
    }
}
