package jp.kenpokpi.value;

/** A printed value or target that cannot be read. The message is Japanese and says what was expected. */
public class UnreadableValueException extends Exception {

    public UnreadableValueException(String message) {
        super(message);
    }
}
