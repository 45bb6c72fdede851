package jp.kenpokpi.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kenpokpi.csv.CsvWriter;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** Writes rows of named columns as CSV (core's CsvWriter, FastCSV) or JSON (Jackson). */
public final class Output {

    /** The layout the command line has always printed: "[", a row per line indented by two, "name": value. */
    private static final ObjectWriter JSON = JsonMapper.builder()
            .build()
            .writer()
            .with(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                            .withObjectEntrySpacing(Separators.Spacing.AFTER)
                            .withArrayEmptySeparator("\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                    .withObjectIndenter(new DefaultPrettyPrinter.NopIndenter()));

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
}
