package jp.kenpokpi.interchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.kenpokpi.csv.CsvFormatException;
import jp.kenpokpi.csv.CsvParser;
import jp.kenpokpi.csv.CsvRecord;
import jp.kenpokpi.csv.FormulaGuard;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.value.Digits;
import jp.kenpokpi.value.FieldLimits;
import jp.kenpokpi.value.UnreadableValueException;

/**
 * What every CSV file this system imports is checked for before its rows mean anything: strict UTF-8 (a BOM is
 * accepted), RFC 4180, a header row of known columns each named once, every required column present, rows as wide
 * as the header. Shared by the KPI interchange file and the budget file so that both speak to the user alike.
 */
public final class ImportCsv {

    private ImportCsv() {}

    /** A column of an imported file, as an enum constant: whether a file must have it, and its header name. */
    public interface Column {

        /** The constant's name, which every enum has: BRANCH_CODE. */
        String name();

        boolean required();

        /** The name in the header row: branch_code. */
        default String header() {
            return name().toLowerCase();
        }

        /** The Japanese name a header row may give instead (the Excel template's): 支部コード. */
        default String labelJa() {
            return header();
        }

        /** What the column's cells may hold: their longest length and whether several lines (the schema's). */
        default FieldLimits.Text limit() {
            return FieldLimits.Text.CODE;
        }
    }

    /** Reads a field's text (empty when the cell is blank) into a value, or throws the Japanese reason. */
    @FunctionalInterface
    public interface FieldReader<T> {

        T read(Optional<String> text) throws UnreadableValueException;
    }

    /**
     * The data rows of a file, skipping rows Excel leaves blank; none when the file as a whole cannot be read (the
     * problems then say why). A row whose shape is wrong (width, a value under no header) is reported, not returned.
     */
    public static <C extends Column> List<Row<C>> read(
            InterchangeFile file, List<C> columns, List<ImportProblem> problems) {
        return read(file, columns, problems, WorkbookReader.NONE);
    }

    /** As {@link #read(InterchangeFile, List, List)}, reading a workbook (.xlsx) with {@code workbooks}. */
    public static <C extends Column> List<Row<C>> read(
            InterchangeFile file, List<C> columns, List<ImportProblem> problems, WorkbookReader workbooks) {
        if (WorkbookReader.isWorkbook(file)) {
            return workbooks
                    .records(file, problems)
                    .map(records -> rows(file.name(), records, columns, problems))
                    .orElse(List.of());
        }
        String name = file.name();
        byte[] bytes = file.content();
        // A workbook saved under a .csv name: its first bytes say so, and decoding it would only report mojibake.
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            problems.add(ImportProblem.inFile(
                    name, 1, "CSVファイルではありません（中身はExcelブックなどのZIP形式です）。" + "Excelブックなら拡張子を .xlsx にしてください"));
            return List.of();
        }
        Optional<String> text = decode(file, problems);
        if (text.isEmpty()) return List.of();
        String body = text.get().startsWith("\uFEFF") ? text.get().substring(1) : text.get();
        if (body.isBlank()) return rows(name, List.of(), columns, problems);
        List<CsvRecord> records;
        try {
            records = CsvParser.parse(body);
        } catch (CsvFormatException e) {
            problems.add(ImportProblem.inFile(name, e.line(), "CSVとして読めません: " + e.getMessage()));
            return List.of();
        }
        return rows(name, records, columns, problems);
    }

    /** The checks on the records of a file, however they were read: header, widths, values under no header. */
    private static <C extends Column> List<Row<C>> rows(
            String name, List<CsvRecord> records, List<C> columns, List<ImportProblem> problems) {
        if (records.isEmpty()) {
            String required = columns.stream()
                    .filter(Column::required)
                    .map(Column::header)
                    .collect(Collectors.joining(","));
            problems.add(ImportProblem.inFile(name, 1, "ファイルが空です。1行目に見出し行（" + required + ",…）が必要です"));
            return List.of();
        }
        Optional<Map<C, Integer>> header = header(name, records.get(0), columns, problems);
        if (header.isEmpty()) return List.of();
        // The Excel template puts the columns' Japanese labels under their names: a second header, not data.
        int first = records.size() > 1 && isLabelRow(records.get(1), header.get()) ? 2 : 1;
        if (records.size() == first) {
            problems.add(ImportProblem.inFile(name, 1, "見出し行だけでデータ行がありません"));
            return List.of();
        }
        int width = records.get(0).fields().size();
        List<Integer> unnamed = unnamedColumns(records.get(0));
        List<Row<C>> rows = new ArrayList<>();
        for (CsvRecord record : records.subList(first, records.size())) {
            // Excel leaves rows of bare commas below the data: nothing to read, nothing to reject.
            if (record.fields().stream().allMatch(String::isBlank)) continue;
            if (record.fields().size() != width) {
                problems.add(ImportProblem.inFile(
                        name,
                        record.line(),
                        "列の数が見出し行と違います（見出し" + width + "列、この行" + record.fields().size() + "列）"));
                continue;
            }
            Optional<Integer> filledUnnamed = unnamed.stream()
                    .filter(i -> !record.fields().get(i).isBlank())
                    .findFirst();
            if (filledUnnamed.isPresent()) {
                problems.add(ImportProblem.at(
                        name,
                        record.line(),
                        "（" + (filledUnnamed.get() + 1) + "列目）",
                        "見出しのない列に値「" + record.fields().get(filledUnnamed.get()).strip() + "」があります"));
                continue;
            }
            rows.add(new Row<>(name, record, header.get(), problems));
        }
        return rows;
    }

    /**
     * One data row. Problems found in it are added to the file's list, each naming file, line and column; the row
     * remembers that it had one, so that the reader can drop it.
     */
    public static final class Row<C extends Column> {

        private final String file;
        private final CsvRecord record;
        private final Map<C, Integer> columns;
        private final List<ImportProblem> problems;
        private boolean failed;
        /** Cells that cannot be stored as they are: reported once, by the cell check, not again by their reader. */
        private final java.util.Set<C> refused = new java.util.HashSet<>();

        Row(String file, CsvRecord record, Map<C, Integer> columns, List<ImportProblem> problems) {
            this.file = file;
            this.record = record;
            this.columns = columns;
            this.problems = problems;
            columns.keySet().stream()
                    .sorted()
                    .forEach(column -> text(column)
                            .flatMap(text -> column.limit().problem(text))
                            .ifPresent(message -> {
                                problem(column, message);
                                refused.add(column);
                            }));
        }

        public String file() {
            return file;
        }

        public int line() {
            return record.line();
        }

        /** Whether the file has the column at all (a blank cell in it still says something). */
        public boolean has(C column) {
            return columns.containsKey(column);
        }

        /**
         * The cell's text, stripped; empty for a blank cell or a column the file does not have. The apostrophe a
         * written CSV puts before a formula-like text ('=…) is taken off: the file imports to the value written.
         */
        public Optional<String> text(C column) {
            Integer index = columns.get(column);
            if (index == null) return Optional.empty();
            String value = FormulaGuard.restore(record.fields().get(index).strip());
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }

        /**
         * The cell read by the reader, or empty with the reader's reason recorded against this column. A reader of
         * an optional cell returns null for a blank one: empty, with no problem.
         */
        public <T> Optional<T> read(C column, FieldReader<T> reader) {
            if (refused.contains(column)) return Optional.empty();
            try {
                return Optional.ofNullable(reader.read(text(column)));
            } catch (UnreadableValueException e) {
                problem(column, e.getMessage());
                return Optional.empty();
            }
        }

        public void problem(C column, String messageJa) {
            failed = true;
            if (refused.contains(column)) return;
            problems.add(ImportProblem.at(file, record.line(), column.header(), messageJa));
        }

        public boolean failed() {
            return failed;
        }
    }

    /** A branch code: 00 for the association, 01–47; Excel's 9 for 09 is accepted. */
    public static OrgCode orgCode(Optional<String> text) throws UnreadableValueException {
        if (text.isEmpty()) throw new UnreadableValueException("支部コードが空です（00＝協会全体、01〜47）");
        // Excel drops the leading zero of 09: OrgCode.read takes 9 for it.
        return OrgCode.read(Digits.toHalfWidth(text.get()))
                .orElseThrow(() -> new UnreadableValueException("「" + text.get() + "」は支部コードではありません（00＝協会全体、01〜47の2桁）"));
    }

    /** A fiscal year as its western starting year (2023), or as printed (令和5年度). */
    public static FiscalYear fiscalYear(Optional<String> text) throws UnreadableValueException {
        if (text.isEmpty()) throw new UnreadableValueException("年度が空です（例: 2023）");
        return FiscalYear.parse(text.get())
                .orElseThrow(
                        () -> new UnreadableValueException("「" + text.get() + "」を年度として読めません（西暦の開始年、例: 令和5年度は2023）"));
    }

    /** A cell that must not be blank, as its text. */
    public static FieldReader<String> required(String messageJa) {
        return text -> text.orElseThrow(() -> new UnreadableValueException(messageJa));
    }

    /** A row holding, under each named column, that column's Japanese label or nothing: the template's second header. */
    private static <C extends Column> boolean isLabelRow(CsvRecord record, Map<C, Integer> header) {
        boolean labelled = false;
        for (Map.Entry<C, Integer> e : header.entrySet()) {
            if (e.getValue() >= record.fields().size()) continue;
            String cell = record.fields().get(e.getValue()).strip();
            if (cell.isEmpty()) continue;
            if (!cell.equals(e.getKey().labelJa())
                    || e.getKey().labelJa().equals(e.getKey().header())) return false;
            labelled = true;
        }
        return labelled;
    }

    /** Columns with an empty header, as Excel leaves after a trailing comma: allowed while they stay empty. */
    private static List<Integer> unnamedColumns(CsvRecord header) {
        List<Integer> unnamed = new ArrayList<>();
        for (int i = 0; i < header.fields().size(); i++) {
            if (header.fields().get(i).isBlank()) unnamed.add(i);
        }
        return unnamed;
    }

    private static <C extends Column> Optional<Map<C, Integer>> header(
            String name, CsvRecord record, List<C> known, List<ImportProblem> problems) {
        Map<C, Integer> columns = new HashMap<>();
        int before = problems.size();
        List<String> fields = record.fields();
        for (int i = 0; i < fields.size(); i++) {
            String h = fields.get(i).strip();
            if (h.isEmpty()) continue;
            // A header names a column by its name (branch_code) or, as the Excel template does, its label (支部コード).
            Optional<C> column = known.stream()
                    .filter(c -> c.header().equals(h) || c.labelJa().equals(h))
                    .findFirst();
            if (column.isEmpty()) {
                problems.add(ImportProblem.at(
                        name,
                        1,
                        h,
                        "知らない列です（" + (i + 1) + "列目）。使える列: "
                                + known.stream().map(Column::header).collect(Collectors.joining(", "))));
            } else if (columns.putIfAbsent(column.get(), i) != null) {
                problems.add(ImportProblem.at(name, 1, h, "同じ列が2回あります（" + (i + 1) + "列目）"));
            }
        }
        for (C c : known) {
            if (c.required() && !columns.containsKey(c)) {
                problems.add(ImportProblem.at(name, 1, c.header(), "必須の列がありません"));
            }
        }
        return problems.size() == before ? Optional.of(columns) : Optional.empty();
    }

    private static Optional<String> decode(InterchangeFile file, List<ImportProblem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(file.content());
        try {
            return Optional.of(decoder.decode(buffer).toString());
        } catch (CharacterCodingException e) {
            byte[] bytes = file.content();
            int offset = Math.min(buffer.position(), bytes.length);
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            String message = "UTF-8の文字として読めないバイトがあります。" + "ファイルをUTF-8で保存してください（Excelでは「CSV UTF-8（コンマ区切り）」）";
            Optional<String> column = columnAt(bytes, lineStart, offset);
            final int badLine = line;
            problems.add(column.map(c -> ImportProblem.at(file.name(), badLine, c, message))
                    .orElseGet(() -> ImportProblem.inFile(file.name(), badLine, message)));
            return Optional.empty();
        }
    }

    /**
     * The header name of the column a byte falls in, so that an encoding error names its column too: the fields
     * before it on its line are counted (quotes respected), and the header line is read leniently.
     */
    private static Optional<String> columnAt(byte[] bytes, int lineStart, int offset) {
        int headerEnd = 0;
        while (headerEnd < bytes.length && bytes[headerEnd] != '\n') headerEnd++;
        if (lineStart == 0) return Optional.empty();
        String header = new String(bytes, 0, headerEnd, StandardCharsets.UTF_8)
                .replace("\uFEFF", "")
                .strip();
        String[] names = header.split(",", -1);
        int index = 0;
        boolean quoted = false;
        for (int i = lineStart; i < offset; i++) {
            if (bytes[i] == '"') quoted = !quoted;
            else if (bytes[i] == ',' && !quoted) index++;
        }
        return index < names.length ? Optional.of(names[index].strip()) : Optional.empty();
    }
}
