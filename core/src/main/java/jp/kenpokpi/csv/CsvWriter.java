package jp.kenpokpi.csv;

import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV with FastCSV, the way {@link CsvParser} reads it: comma-separated, a field in double quotes
 * when it holds a comma, a quote or a line break, a doubled quote for a quote. Lines end in LF, the last one too. A
 * text beginning like a formula gets a leading apostrophe ({@link FormulaGuard}), which the imports take off again:
 * every CSV this system writes passes here.
 */
public final class CsvWriter {

    private final Writer text;
    private final de.siegmar.fastcsv.writer.CsvWriter csv;

    /** Collects the text, which {@link #toString()} returns. */
    public CsvWriter() {
        this(new StringWriter());
    }

    /** Writes each row to {@code out} as it comes (a file of any length); the caller flushes and closes it. */
    public CsvWriter(Writer out) {
        text = out;
        // FastCSV quotes a first field beginning with its comment character (#); we write no comments, and a leading
        // # stays as our files always wrote it. NUL never stands in a cell (FieldLimits refuses control characters).
        csv = de.siegmar.fastcsv.writer.CsvWriter.builder()
                .commentCharacter('\0')
                .lineDelimiter(LineDelimiter.LF)
                .bufferSize(0)
                .build(text);
    }

    public CsvWriter row(List<String> fields) {
        csv.writeRecord(fields.stream().map(CsvWriter::harmless).toList());
        return this;
    }

    /** One field as {@link #row} writes it: quoted only where RFC 4180 needs it, never a live formula. */
    public static String field(String raw) {
        String line = new CsvWriter().row(List.of(raw == null ? "" : raw)).toString();
        return line.substring(0, line.length() - 1);
    }

    private static String harmless(String raw) {
        return raw == null ? "" : FormulaGuard.neutralise(raw);
    }

    /** The text written, where the writer collects it ({@link #CsvWriter()}). */
    @Override
    public String toString() {
        return text.toString();
    }
}
