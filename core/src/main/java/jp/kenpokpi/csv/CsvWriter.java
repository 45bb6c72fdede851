package jp.kenpokpi.csv;

import java.util.List;

/**
 * Writes RFC 4180 CSV the way {@link CsvParser} reads it: comma-separated, a field in double quotes when it holds a
 * comma, a quote or a line break, a doubled quote for a quote. Lines end in LF, the last one too. A text beginning
 * like a formula gets a leading apostrophe, which the imports take off again.
 */
public final class CsvWriter {

    private final StringBuilder text = new StringBuilder();

    public CsvWriter row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) text.append(',');
            text.append(field(fields.get(i)));
        }
        text.append('\n');
        return this;
    }

    /**
     * One field, quoted only where RFC 4180 needs it; a text a spreadsheet would take for a formula is written
     * harmless ({@link FormulaGuard}): every CSV this system writes passes here.
     */
    public static String field(String raw) {
        if (raw == null || raw.isEmpty()) return "";
        String value = FormulaGuard.neutralise(raw);
        boolean needsQuotes = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
