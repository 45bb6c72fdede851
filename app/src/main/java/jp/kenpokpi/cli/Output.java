package jp.kenpokpi.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.kenpokpi.csv.CsvWriter;

/** Writes rows of named columns as CSV or JSON. */
public final class Output {

    private Output() {
    }

    public static String csv(List<Map<String, Object>> rows) {
        CsvWriter w = new CsvWriter();
        if (rows.isEmpty()) return "";
        w.row(new ArrayList<>(rows.get(0).keySet()));
        for (Map<String, Object> row : rows) {
            w.row(row.values().stream().map(SummaryColumns::text).toList());
        }
        return w.toString();
    }

    /** JSON without a library: the values here are strings, numbers and booleans only. */
    public static String json(List<Map<String, Object>> rows) {
        StringBuilder sb = new StringBuilder("[\n");
        for (int r = 0; r < rows.size(); r++) {
            sb.append("  {");
            int i = 0;
            for (Map.Entry<String, Object> e : rows.get(r).entrySet()) {
                if (i++ > 0) sb.append(", ");
                sb.append(quote(e.getKey())).append(": ");
                Object v = e.getValue();
                if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
                    sb.append(v);
                } else {
                    sb.append(quote(SummaryColumns.text(v)));
                }
            }
            sb.append(r + 1 < rows.size() ? "},\n" : "}\n");
        }
        return sb.append("]\n").toString();
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
