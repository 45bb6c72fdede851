package jp.kenpokpi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
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
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.kenpokpi.app.TemporaryDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of hostile files, each a class of input, fed through the command-line import: each is refused as a whole
 * with a Japanese message naming the file (and row and column where there is one), no library's English and no
 * stack trace, and the database is exactly as it was. Small files are test resources (hostile/); large ones and those
 * holding control characters are generated here.
 */
class HostileImportIT {

    private static final String HEADER = "branch_code,fiscal_year,as_of,kpi_code,definition_fy,target,actual,"
            + "numerator,denominator,national_value,national_rank,mark,self_evaluation,note,source";
    private static final String PLAN_HEADER = "branch_code,fiscal_year,record,area,measure_no,group,title,plan_text";

    /** What no message may show: a library's or the database's English, a stack trace. */
    private static final List<String> FOREIGN = List.of(
            "Exception",
            "Value too long",
            "ZIP entry",
            "No valid entries",
            "Zip bomb",
            "\tat ",
            "org.",
            "java.",
            "CHARACTER VARYING");

    static Path db;
    static Path dir;

    @BeforeAll
    static void createDatabaseWithALockedYear() throws Exception {
        db = TemporaryDatabase.withSampleData("hostile");
        dir = Files.createDirectories(db.resolveSibling("corpus"));
        // Headquarters locked Tokyo's FY2023 (the web's lock, written as the lock page writes it).
        sql("INSERT INTO fiscal_year_lock (org_code, fiscal_year, locked_by, locked_at) "
                + "VALUES ('13', 2023, 'honbu', CURRENT_TIMESTAMP)");
        // Tokyo submitted its FY2025 上期実施状況 (the step as the submissions page writes it, in place of any the
        // sample data took).
        sql("DELETE FROM submission_event WHERE org_code = '13' AND fiscal_year = 2025 AND kind = 'FIRST_HALF'");
        sql("INSERT INTO submission_event (org_code, fiscal_year, kind, position, action, from_state, to_state, "
                + "actor_name, actor_kind, actor_branch, taken_at) VALUES ('13', 2025, 'FIRST_HALF', 0, 'SUBMIT', "
                + "'IN_PROGRESS', 'SUBMITTED', 'tokyo', 'BRANCH_EDITOR', '13', CURRENT_TIMESTAMP)");
    }

    static Stream<Arguments> corpus() {
        String zeros29 = "0".repeat(29);
        return Stream.of(
                // Values that do not fit a database column.
                kpi(
                        "note-2001.csv",
                        row("LIFESTYLE_CHECKUP_RATE", "72.2%", "", "", "あ".repeat(2001), ""),
                        "2行目 列「note」: 長すぎます（2001文字、2000文字まで）"),
                kpi(
                        "note-1mb.csv",
                        row("LIFESTYLE_CHECKUP_RATE", "72.2%", "", "", "x".repeat(1 << 20), ""),
                        "2行目 列「note」: 長すぎます（1048576文字、2000文字まで）"),
                kpi(
                        "count-400-digits.csv",
                        row("HEALTH_DECLARATION_OFFICES", "9".repeat(400) + "事業所", "", "", "", ""),
                        "2行目 列「actual」: 長すぎます（403文字、200文字まで）"),
                kpi(
                        "count-120-digits.csv",
                        row("HEALTH_DECLARATION_OFFICES", "9".repeat(120) + "事業所", "", "", "", ""),
                        "2行目 列「actual」: 「" + "9".repeat(120) + "事業所」: 桁が多すぎます（整数部120桁。16桁まで）"),
                kpi(
                        "numerator-400-digits.csv",
                        row("LIFESTYLE_CHECKUP_RATE", "", "1" + "0".repeat(399), "2" + "0".repeat(399), "", ""),
                        "2行目 列「numerator」: 長すぎます（400文字、40文字まで）"),
                resource("numerator-30-digits.csv", "2行目 列「numerator」: 桁が多すぎます（整数部30桁。20桁まで）"),
                kpi(
                        "remark-250.csv",
                        row("LIFESTYLE_CHECKUP_RATE", "72.2% (" + "注".repeat(250) + ")", "", "", "", ""),
                        "2行目 列「actual」: 長すぎます（258文字、200文字まで）"),
                kpi(
                        "source-1200.csv",
                        row("LIFESTYLE_CHECKUP_RATE", "72.2%", "", "", "", "s".repeat(1200)),
                        "2行目 列「source」: 長すぎます（1200文字、1000文字まで）"),
                // Rates outside 0–100%.
                resource("rate-triangle-minus.csv", "2行目 列「actual」: 「▲0.68%」: 率はマイナスになりません"),
                resource("rate-minus.csv", "2行目 列「actual」: 「-5.0%」: 率はマイナスになりません"),
                resource("rate-over-100.csv", "2行目 列「actual」: 「150.0%」: 率は100%を超えません"),
                // Control characters.
                kpi(
                        "nul.csv",
                        row("LIFESTYLE_CHECKUP_RATE", "72.2%", "", "", "注\u0000記", ""),
                        "2行目 列「note」: NUL文字（U+0000"),
                kpi(
                        "ansi.csv",
                        row("LIFESTYLE_CHECKUP_RATE", "72.2%", "", "", "\u001B[2J\u001B[31m消える", ""),
                        "2行目 列「note」: エスケープ文字（U+001B"),
                kpi(
                        "bel.csv",
                        row("LIFESTYLE_CHECKUP_RATE", "72.2%", "", "", "鳴る\u0007", ""),
                        "2行目 列「note」: 制御文字（U+0007"),
                kpi("bs.csv", row("LIFESTYLE_CHECKUP_RATE", "72.2%", "", "", "消す\b\b", ""), "2行目 列「note」: 制御文字（U+0008"),
                plan(
                        "plan-escape.csv",
                        "09,2023,measure,基盤的保険者機能,1,業務,\"題\u001B[31m名\",計画",
                        "2行目 列「title」: エスケープ文字（U+001B"),
                // Files that are not what they claim.
                Arguments.of("zip-bomb.xlsx", (Generator) HostileImportIT::zipBomb, false, new String[] {
                    "」 1行目: Excelファイル（.xlsx）として読めません。展開すると大きすぎる内容を含んでいます（圧縮された部品が100倍を超えて膨らむファイルは"
                }),
                resource("renamed-text.xlsx", "1行目: Excelファイル（.xlsx）として読めません（中身がExcelブックの形式ではありません）"),
                Arguments.of("workbook.csv", (Generator) HostileImportIT::workbookBytes, false, new String[] {
                    "」 1行目: CSVファイルではありません"
                }),
                // Headquarters' lock holds on the command line too.
                resource("locked-year.csv", "2行目 列「fiscal_year」: 令和5年度は本部が確定（ロック）したため取り込めません（支部「13」）"),
                // So does a submitted report: a month end of 上期 while 上期実施状況 is with headquarters.
                kpi(
                        "submitted-first-half.csv",
                        "13,2025,2025-06,LIFESTYLE_CHECKUP_RATE,,,50.0%,,,,,,,,",
                        "2行目 列「as_of」: 東京支部の令和7年度 上期実施状況は提出済のため変更できません。この行は取り込めません"),
                Arguments.of(
                        "plan-locked-year.csv",
                        (Generator) () -> resourceBytes("plan-locked-year.csv"),
                        true,
                        new String[] {"」 2行目 列「fiscal_year」: 令和5年度は本部が確定（ロック）したため取り込めません"}),
                // Every problem of a file at once.
                kpi(
                        "three-problems.csv",
                        row("LIFESTYLE_CHECKUP_RATE", "150.0%", "", "", "", "") + "\n"
                                + row("DEPENDENT_CHECKUP_RATE", "30.0%", "", "", "", "s".repeat(1001)) + "\n"
                                + row("INSURED_GUIDANCE_RATE", "20.0%", "", "", "\u0000", ""),
                        "（3件の誤り",
                        "2行目 列「actual」",
                        "3行目 列「source」",
                        "4行目 列「note」"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachHostileFileIsRefusedInJapaneseAndChangesNothing(
            String name, Generator content, boolean plan, String... expected) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content.bytes());
        String before = snapshot();

        List<String> args = new ArrayList<>(List.of("import", "--db", db.toString()));
        if (plan) args.add("--plan");
        args.add(file.toString());
        CommandLineIT.Run run = CommandLineIT.run(args.toArray(String[]::new));

        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.err())
                .startsWith("取り込みを中止しました（")
                .contains("データベースは変更していません")
                .contains("ファイル「" + file + "」")
                .contains(expected);
        for (String foreign : FOREIGN)
            assertThat(run.err()).as("no foreign text").doesNotContain(foreign);
        assertThat(snapshot()).as("the database is unchanged").isEqualTo(before);
    }

    @org.junit.jupiter.api.Test
    void aFormulaLikeNoteComesOutOfEvaluateAsCsvHarmlessAndReadsBackTheSame() throws Exception {
        String note = "=HYPERLINK(\"http://evil.invalid\",\"詳細\")";
        Path file = dir.resolve("formula-note.csv");
        Files.writeString(
                file,
                HEADER + "\n09,2023,,LIFESTYLE_CHECKUP_RATE,,,72.2%,163860,226946,,,,,\"" + note.replace("\"", "\"\"")
                        + "\",\n");
        CommandLineIT.Run imported = CommandLineIT.run("import", "--db", db.toString(), file.toString());
        assertThat(imported.status()).as(imported.err()).isZero();

        CommandLineIT.Run csv = CommandLineIT.run(
                "evaluate", "--db", db.toString(), "--branch", "09", "--year", "2023", "--format", "csv");
        assertThat(csv.status()).as(csv.err()).isZero();
        String cell = csv.csv().stream()
                .filter(r -> r.get("kpi_code").equals("LIFESTYLE_CHECKUP_RATE"))
                .findFirst()
                .orElseThrow()
                .get("note");
        assertThat(cell).as("no live formula in the CSV").startsWith("'=HYPERLINK");
        assertThat(jp.kenpokpi.csv.FormulaGuard.restore(cell)).isEqualTo(note);
    }

    @FunctionalInterface
    interface Generator {
        byte[] bytes() throws IOException;
    }

    private static Arguments kpi(String name, String rows, String... expected) {
        return Arguments.of(
                name,
                (Generator) () -> (HEADER + "\n" + rows + "\n").getBytes(StandardCharsets.UTF_8),
                false,
                expected);
    }

    private static Arguments plan(String name, String rows, String expected) {
        return Arguments.of(
                name,
                (Generator) () -> (PLAN_HEADER + "\n" + rows + "\n").getBytes(StandardCharsets.UTF_8),
                true,
                new String[] {expected});
    }

    private static Arguments resource(String name, String expected) {
        return Arguments.of(name, (Generator) () -> resourceBytes(name), false, new String[] {expected});
    }

    private static String row(
            String kpi, String actual, String numerator, String denominator, String note, String source) {
        return String.join(
                ",",
                "09",
                "2023",
                "",
                kpi,
                "",
                "",
                actual,
                numerator,
                denominator,
                "",
                "",
                "",
                "",
                note.contains("\n") || note.contains(",") ? "\"" + note + "\"" : note,
                source);
    }

    private static byte[] resourceBytes(String name) {
        try {
            return Files.readAllBytes(Path.of(
                    HostileImportIT.class.getResource("/hostile/" + name).toURI()));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A small archive that inflates to 64 MB of one byte: what POI refuses as a zip bomb. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            byte[] block = new byte[1 << 20];
            for (int i = 0; i < 64; i++) zip.write(block);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** A real workbook (an .xlsx is a ZIP archive), to be saved under a .csv name. */
    private static byte[] workbookBytes() throws IOException {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            workbook.createSheet("KPI結果").createRow(0).createCell(0).setCellValue("branch_code");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Counts and versions of every table an import writes: any write changes one of them. */
    private static String snapshot() {
        StringBuilder s = new StringBuilder();
        for (String query : List.of(
                "SELECT COUNT(*), COALESCE(SUM(version), 0) FROM kpi_result",
                "SELECT COUNT(*), COALESCE(SUM(version), 0) FROM kpi_target",
                "SELECT COUNT(*), COALESCE(MAX(id), 0) FROM data_change",
                "SELECT COUNT(*), COALESCE(MAX(id), 0) FROM import_batch",
                "SELECT COUNT(*), COALESCE(SUM(version), 0) FROM plan_measure")) {
            try (Connection c = connect();
                    Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery(query)) {
                rs.next();
                s.append(rs.getLong(1)).append('/').append(rs.getLong(2)).append(' ');
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return s.toString();
    }

    private static void sql(String statement) {
        try (Connection c = connect();
                Statement st = c.createStatement()) {
            st.executeUpdate(statement);
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + db + ";AUTO_SERVER=TRUE", "sa", "");
    }
}
