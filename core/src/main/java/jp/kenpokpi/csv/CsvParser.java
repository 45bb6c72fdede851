package jp.kenpokpi.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 reader: comma-separated, double quotes around fields that hold commas, quotes or line breaks, a
 * doubled quote for a quote. Accepts CRLF and LF. Keeps the line each record starts on, for error messages.
 */
public final class CsvParser {

    private CsvParser() {
    }

    public static List<CsvRecord> parse(String text) throws CsvFormatException {
        List<CsvRecord> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean fieldStarted = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    i++;
                    if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                        throw new CsvFormatException(line, "引用符で囲まれた値の閉じ引用符の後に区切り文字がありません");
                    }
                    continue;
                }
                if (c == '\n') line++;
                field.append(c);
                i++;
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (field.length() > 0) {
                        throw new CsvFormatException(line, "値の途中に引用符があります（値全体を\"で囲み、\"は\"\"と書いてください）");
                    }
                    quoted = true;
                    fieldStarted = true;
                    i++;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStarted = true;
                    i++;
                }
                case '\r', '\n' -> {
                    if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
                    i++;
                    if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
                        fields.add(field.toString());
                        records.add(new CsvRecord(recordLine, List.copyOf(fields)));
                    }
                    fields.clear();
                    field.setLength(0);
                    fieldStarted = false;
                    line++;
                    recordLine = line;
                }
                default -> {
                    field.append(c);
                    fieldStarted = true;
                    i++;
                }
            }
        }
        if (quoted) throw new CsvFormatException(recordLine, "閉じられていない引用符があります");
        if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(new CsvRecord(recordLine, List.copyOf(fields)));
        }
        return records;
    }
}
