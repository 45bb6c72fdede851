package jp.kenpokpi.app.backup;

import static jp.kenpokpi.app.cli.CommandLineIT.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import jp.kenpokpi.app.TemporaryDatabase;
import jp.kenpokpi.app.cli.CommandLineIT.Run;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Export, backup and restore as a user runs them on the command line, on H2 or, when the suite is given a server
 * (-Dkenpo.test.postgresql), on PostgreSQL: the sample database backed up and restored into an empty database holds
 * the same rows in every table and exports to the same bytes; the export itself imports into an empty database and
 * exports to the same bytes, as CSV and as Excel; a restore is refused, with nothing written, into a database that is
 * not empty, from another schema version, or from a damaged file (named with its line).
 */
class BackupRestoreIT {

    /** The tables a backup must hold at least (the "everything"): a backup missing one fails here. */
    private static final List<String> ESSENTIAL = List.of(
            "kpi_result",
            "kpi_target",
            "plan_measure",
            "plan_action",
            "plan_kpi",
            "budget_category",
            "budget_item",
            "app_user",
            "data_change",
            "import_batch",
            "submission_event",
            "target_setting",
            "target_proposal",
            "notice",
            "sign_in_event",
            "fiscal_year_lock",
            "organisation",
            "kpi_definition",
            "database_info");

    static String sample;
    static Path work;
    static Path backup;
    static byte[] sampleExport;

    @BeforeAll
    static void backUpTheSampleDatabase() throws IOException {
        if (!System.getProperty(TemporaryDatabase.POSTGRESQL, "").isBlank()) {
            // The command line reads its database user as the application does (spring.datasource.username).
            System.setProperty("spring.datasource.username", TemporaryDatabase.user());
        }
        sample = TemporaryDatabase.sampleDataDb("backup-sample");
        work = Files.createTempDirectory("kenpo-backup-it-");
        sampleExport = export(sample, "sample.csv");
        backup = work.resolve("backup");
        Run run = run("backup", "--db", sample, "--out", backup.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("バックアップを " + backup + " に書き出しました");
    }

    @AfterAll
    static void forgetTheUser() {
        System.clearProperty("spring.datasource.username");
    }

    static byte[] export(String db, String name) throws IOException {
        Path file = work.resolve(name);
        Run run = run("export", "--db", db, "--out", file.toString());
        assertThat(run.status()).as(run.err()).isZero();
        return Files.readAllBytes(file);
    }

    /** The row count of every table of the database (Flyway's history aside), by table name. */
    static Map<String, Long> rowCounts(String db) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(TemporaryDatabase.jdbcUrl(db), TemporaryDatabase.user(), "");
                Statement s = c.createStatement()) {
            for (SchemaTables.Table table : SchemaTables.read(c)) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table.quoted())) {
                    rs.next();
                    counts.put(table.name(), rs.getLong(1));
                }
            }
        }
        return counts;
    }

    @Test
    void the_restored_sample_database_has_every_tables_rows_and_exports_to_the_same_bytes() throws Exception {
        String restored = TemporaryDatabase.emptyDb("restored");

        Run run = run("restore", "--db", restored, backup.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("を戻しました");
        Map<String, Long> before = rowCounts(sample);
        assertThat(before.keySet()).containsAll(ESSENTIAL);
        for (String table : List.of(
                "kpi_result",
                "kpi_target",
                "plan_measure",
                "budget_item",
                "app_user",
                "data_change",
                "import_batch",
                "submission_event",
                "target_proposal")) {
            assertThat(before.get(table)).as(table).isPositive();
        }
        assertThat(rowCounts(restored)).isEqualTo(before);
        assertThat(export(restored, "restored.csv")).isEqualTo(sampleExport);
        assertThat(BackupManifest.read(backup).tables())
                .extracting(BackupManifest.TableFile::table)
                .containsExactlyInAnyOrderElementsOf(before.keySet());

        // New rows after the restore get new ids: an import writes a batch, a result and change-log rows.
        Path csv = work.resolve("new-result.csv");
        Files.writeString(
                csv, "branch_code,fiscal_year,kpi_code,actual,note\n" + "09,2026,LIFESTYLE_CHECKUP_RATE,55.5%,=1+1\n");
        Run imported = run("import", "--db", restored, csv.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(rowCounts(restored).get("kpi_result")).isEqualTo(before.get("kpi_result") + 1);
        assertThat(rowCounts(restored).get("data_change")).isGreaterThan(before.get("data_change"));

        // A formula-like text is kept harmless in both exports: an apostrophe in CSV, Excel's quote prefix in .xlsx.
        assertThat(new String(export(restored, "with-formula.csv"), StandardCharsets.UTF_8))
                .contains("\n09,2026,,LIFESTYLE_CHECKUP_RATE,,,55.5%,,,,,,,'=1+1,,\n");
        Path xlsx = work.resolve("with-formula.xlsx");
        assertThat(run("export", "--db", restored, "--out", xlsx.toString()).status())
                .isZero();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            List<Cell> formulaLike = new ArrayList<>();
            workbook.getSheetAt(0)
                    .forEach(row -> row.forEach(cell -> {
                        if (cell.getStringCellValue().equals("=1+1")) formulaLike.add(cell);
                    }));
            assertThat(formulaLike)
                    .singleElement()
                    .satisfies(cell ->
                            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue());
        }
    }

    @Test
    void the_export_imported_into_an_empty_database_exports_to_the_same_bytes_as_csv_and_as_excel() throws Exception {
        String text = new String(sampleExport, StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("\uFEFFbranch_code,fiscal_year,as_of,kpi_code,definition_fy,target,actual,numerator,"
                        + "denominator,national_value,national_rank,mark,self_evaluation,note,source,synthetic\n")
                .contains(",架空\n") // synthetic values say so in their column
                .contains("2021-09") // interim results
                .contains("\"") // a quoted cell: a note of several lines, a number with a comma
                .contains("tochigi-fy2023");
        Path xlsx = work.resolve("sample.xlsx");
        Run excel = run("export", "--db", sample, "--out", xlsx.toString());
        assertThat(excel.status()).as(excel.err()).isZero();

        for (Path file : List.of(work.resolve("sample.csv"), xlsx)) {
            String empty = TemporaryDatabase.emptyDb(
                    "from-" + file.getFileName().toString().replace('.', '-'));
            Run init = run("init", "--db", empty, "--no-sample-data");
            assertThat(init.status()).as(init.err()).isZero();
            Run imported = run("import", "--db", empty, file.toString());
            assertThat(imported.status()).as(imported.err()).isZero();

            assertThat(new String(export(empty, "again-" + file.getFileName() + ".csv"), StandardCharsets.UTF_8))
                    .as(file.getFileName().toString())
                    .isEqualTo(text);
        }
    }

    @Test
    void a_restore_into_a_database_that_is_not_empty_is_refused() throws Exception {
        Map<String, Long> before = rowCounts(sample);

        Run run = run("restore", "--db", sample, backup.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("戻し先のデータベースは空ではありません", "kpi_result");
        assertThat(rowCounts(sample)).isEqualTo(before);
    }

    @Test
    void a_backup_of_another_schema_version_is_refused() throws Exception {
        Path older = copy(backup, "older");
        Path manifest = older.resolve(BackupManifest.FILE);
        String version = BackupManifest.read(backup).schemaVersion();
        Files.writeString(
                manifest,
                Files.readString(manifest)
                        .replace("\"schemaVersion\" : \"" + version + "\"", "\"schemaVersion\" : \"14\""));
        String target = TemporaryDatabase.emptyDb("other-version");

        Run run = run("restore", "--db", target, older.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("このバックアップはスキーマの版 14 で作られています", "このアプリケーションの版は " + version);
    }

    @Test
    void a_damaged_file_is_named_with_its_line_and_nothing_is_restored() throws Exception {
        Path damaged = copy(backup, "damaged");
        Path results = damaged.resolve("kpi_result.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(results));
        lines.set(2, lines.get(2).substring(0, lines.get(2).length() / 2));
        Files.write(results, lines);
        String target = TemporaryDatabase.emptyDb("damaged");

        Run run = run("restore", "--db", target, damaged.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("kpi_result.jsonl", " 3行目: 行を読めません", "何も戻していません");
        assertThat(rowCounts(target))
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());

        // A value changed in a way that still reads: the checksum names the file.
        Path altered = copy(backup, "altered");
        Path users = altered.resolve("app_user.jsonl");
        Files.writeString(users, Files.readString(users).replaceFirst("\"tochigi\"", "\"tochigx\""));
        Run checked = run("restore", "--db", target, altered.toString());
        assertThat(checked.status()).isEqualTo(1);
        assertThat(checked.err()).contains("app_user.jsonl", "チェックサム");
        assertThat(rowCounts(target))
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());

        // The refused restores left the database empty: the good backup restores into it.
        Run good = run("restore", "--db", target, backup.toString());
        assertThat(good.status()).as(good.err()).isZero();
        assertThat(rowCounts(target)).isEqualTo(rowCounts(sample));
    }

    @Test
    void a_backup_goes_to_a_new_or_empty_folder_only() {
        Run run = run("backup", "--db", sample, "--out", backup.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("出力先「" + backup + "」は空ではありません");
    }

    @Test
    void wrong_calls_are_told_in_japanese() {
        Run noFolder = run("restore", "--db", work.resolve("never").toString());
        assertThat(noFolder.status()).isEqualTo(2);
        assertThat(noFolder.err()).contains("restore には戻すバックアップのフォルダを1つ指定してください");

        Run noDatabase = run(
                "backup",
                "--db",
                work.resolve("nothing-here").toString(),
                "--out",
                work.resolve("never-written").toString());
        assertThat(noDatabase.status()).isEqualTo(2);
        assertThat(noDatabase.err()).contains("バックアップするデータベースがありません");
        assertThat(work.resolve("never-written")).doesNotExist();
        assertThat(work.resolve("nothing-here.mv.db")).doesNotExist();

        Run text = run(
                "export", "--db", sample, "--out", work.resolve("export.txt").toString());
        assertThat(text.status()).isEqualTo(2);
        assertThat(text.err()).contains("--out のファイル名は .csv か .xlsx で終えてください");
    }

    private static Path copy(Path from, String name) throws IOException {
        Path to = work.resolve(name);
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) Files.copy(file, to.resolve(file.getFileName()));
        }
        return to;
    }
}
