package jp.kenpokpi.interchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kenpokpi.csv.CsvFormatException;
import jp.kenpokpi.csv.CsvParser;
import jp.kenpokpi.csv.CsvRecord;

/**
 * The sample data transcribed from the seed reports, read in place from the app module (Surefire runs in the core
 * module's directory), so that the tests check the very files the app loads.
 */
public final class SampleData {

    public static final Path DIRECTORY = Path.of("../app/src/main/resources/sample-data");

    public static final List<String> FILES = List.of(
            "akita-fy2023-reference.csv", "akita-fy2025-targets.csv", "hq-fy2021-interim.csv", "tochigi-fy2023.csv");

    private SampleData() {}

    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(DIRECTORY.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "sample data " + DIRECTORY.resolve(name).toAbsolutePath() + " is missing", e);
        }
    }

    public static InterchangeFile file(String name) {
        return new InterchangeFile(name, bytes(name));
    }

    public static List<InterchangeFile> allFiles() {
        return FILES.stream().map(SampleData::file).toList();
    }

    /** One data row of a sample file, by header name, with the line it starts on. */
    public record Row(String file, int line, Map<String, String> fields) {

        public String get(String column) {
            return fields.getOrDefault(column, "").strip();
        }

        public String source() {
            return file + " " + line + "行目";
        }
    }

    /** The data rows of a file as plain text, without the checks of the interchange reader. */
    public static List<Row> rows(String name) {
        String text = new String(bytes(name), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        try {
            List<CsvRecord> records = CsvParser.parse(text);
            List<String> header = records.get(0).fields();
            List<Row> rows = new ArrayList<>();
            for (CsvRecord r : records.subList(1, records.size())) {
                Map<String, String> fields = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < r.fields().size(); i++) {
                    fields.put(header.get(i).strip(), r.fields().get(i));
                }
                rows.add(new Row(name, r.line(), fields));
            }
            return rows;
        } catch (CsvFormatException e) {
            throw new IllegalStateException(name + " line " + e.line() + ": " + e.getMessage(), e);
        }
    }
}
