package jp.kenpokpi.csv;

/** The text is not well-formed RFC 4180 CSV. */
public class CsvFormatException extends Exception {

    private final int line;

    public CsvFormatException(int line, String message) {
        super(message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
