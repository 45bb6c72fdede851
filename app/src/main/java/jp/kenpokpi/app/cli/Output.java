package jp.kenpokpi.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kenpokpi.csv.CsvWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.MinimalPrettyPrinter;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** Writes rows of named columns as CSV (core's CsvWriter, FastCSV) or JSON (Jackson). */
public final class Output {

    private static final ObjectWriter JSON =
            JsonMapper.builder().build().writer().with(new RowPerLine());

    private Output() {}

    public static String csv(List<Map<String, Object>> rows) {
        CsvWriter w = new CsvWriter();
        if (rows.isEmpty()) return "";
        w.row(new ArrayList<>(rows.get(0).keySet()));
        for (Map<String, Object> row : rows) {
            w.row(row.values().stream().map(SummaryColumns::text).toList());
        }
        return w.toString();
    }

    /**
     * JSON through Jackson, one row an object on a line of its own. Booleans and whole numbers stay JSON literals,
     * everything else is written as the text the table and CSV show.
     */
    public static String json(List<Map<String, Object>> rows) {
        List<Map<String, Object>> values = rows.stream().map(Output::jsonValues).toList();
        return JSON.writeValueAsString(values) + "\n";
    }

    private static Map<String, Object> jsonValues(Map<String, Object> row) {
        Map<String, Object> values = new LinkedHashMap<>();
        row.forEach((name, v) -> values.put(
                name, v instanceof Boolean || v instanceof Integer || v instanceof Long ? v : SummaryColumns.text(v)));
        return values;
    }

    /** The layout the command line has always printed: "[", a row per line indented by two, "name": value. */
    private static final class RowPerLine extends MinimalPrettyPrinter {
        // @formatter:off  a table of what stands between the parts
        @Override
        public void writeStartArray(JsonGenerator g) {
            g.writeRaw("[\n");
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) {
            g.writeRaw("  ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) {
            g.writeRaw(",\n  ");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) {
            g.writeRaw(values == 0 ? "]" : "\n]");
        }

        @Override
        public void writeObjectNameValueSeparator(JsonGenerator g) {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) {
            g.writeRaw(", ");
        }
        // @formatter:on
    }
}
