package jp.kenpokpi.records.engine;

/** A computation that could not run: a record file missing or unreadable, or a definition that failed. */
public class RecordsException extends RuntimeException {

    public RecordsException(String messageJa, Throwable cause) {
        super(messageJa, cause);
    }

    public RecordsException(String messageJa) {
        super(messageJa);
    }
}
