package jp.kenpokpi.app.backup;

/** A backup or restore refused or failed, with the Japanese message that says why (a file and line where one is). */
public class BackupException extends RuntimeException {

    public BackupException(String messageJa) {
        super(messageJa);
    }

    public BackupException(String messageJa, Throwable cause) {
        super(messageJa, cause);
    }
}
