package jp.kenpokpi.csv;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordType;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 text with FastCSV: comma-separated, double quotes around fields that hold commas, quotes or line
 * breaks, a doubled quote for a quote; CRLF, LF and CR line ends; empty lines skipped. Keeps the line each record
 * starts on (FastCSV counts it) for the import messages, and says in Japanese what is wrong with malformed text. It is
 * stricter than FastCSV alone, as our imports always were: a quote inside an unquoted value and an unclosed quote are
 * errors, not guessed at.
 */
public final class CsvParser {

    private CsvParser() {}

    public static List<CsvRecord> parse(String text) throws CsvFormatException {
        RecordsWithLines handler = new RecordsWithLines();
        List<CsvRecord> records = new ArrayList<>();
        // Rows of another width than the header are reported by the import, naming the line, so FastCSV keeps them.
        CsvReader<CsvRecord> reader = CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowUnclosedQuote(false)
                .build(handler, text);
        try {
            reader.forEach(records::add);
        } catch (CsvParseException e) {
            throw new CsvFormatException(handler.line(), messageJa(e));
        }
        return records;
    }

    /** FastCSV's reason in Japanese: it gives no type per reason, only its (tested) English text. */
    private static String messageJa(CsvParseException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof QuoteInsideValue) {
            return "値の途中に引用符があります（値全体を\"で囲み、\"は\"\"と書いてください）";
        }
        String reason = String.valueOf(cause.getMessage());
        if (reason.startsWith("Unclosed quoted field")) return "閉じられていない引用符があります";
        if (reason.startsWith("Unexpected character after closing quote")) {
            return "引用符で囲まれた値の閉じ引用符の後に区切り文字がありません";
        }
        return "CSVの形式が正しくありません（" + reason + "）";
    }

    /** A quote in a value that does not begin with one, which RFC 4180 does not allow and FastCSV would keep. */
    private static final class QuoteInsideValue extends RuntimeException {

        QuoteInsideValue() {
            super(null, null, false, false);
        }
    }

    /** Builds our records from FastCSV's callbacks, remembering the line the current record starts on. */
    private static final class RecordsWithLines extends CsvCallbackHandler<CsvRecord> {

        private final List<String> fields = new ArrayList<>();
        private RecordType type = RecordType.DATA;
        private int line = 1;

        @Override
        protected void beginRecord(long startingLineNumber) {
            line = Math.toIntExact(startingLineNumber);
            fields.clear();
            type = RecordType.DATA;
        }

        int line() {
            return line;
        }

        @Override
        protected void addField(char[] buf, int offset, int len, boolean quoted) {
            String value = new String(buf, offset, len);
            if (!quoted && value.indexOf('"') >= 0) throw new QuoteInsideValue();
            fields.add(value);
        }

        @Override
        protected int getFieldCount() {
            return fields.size();
        }

        @Override
        protected void setComment(char[] buf, int offset, int len) {
            type = RecordType.COMMENT;
        }

        @Override
        protected void setEmpty() {
            type = RecordType.EMPTY;
        }

        @Override
        protected RecordType getRecordType() {
            return type;
        }

        @Override
        protected CsvRecord buildRecord() {
            return new CsvRecord(line, List.copyOf(fields));
        }
    }
}
