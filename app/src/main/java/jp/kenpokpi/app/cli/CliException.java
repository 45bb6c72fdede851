package jp.kenpokpi.app.cli;

/** A mistake in how the command was called, or input it cannot use. The message is shown to the user as is. */
public class CliException extends RuntimeException {

    public CliException(String messageJa) {
        super(messageJa);
    }
}
