package jp.kenpokpi.app.undo;

import java.util.List;

/** An undo that cannot be made, with every reason in Japanese; nothing was changed. */
public class UndoRefusedException extends RuntimeException {

    private final List<String> reasonsJa;

    public UndoRefusedException(String reasonJa) {
        this(List.of(reasonJa));
    }

    public UndoRefusedException(List<String> reasonsJa) {
        super(String.join("\n", reasonsJa));
        this.reasonsJa = List.copyOf(reasonsJa);
    }

    public List<String> reasonsJa() {
        return reasonsJa;
    }
}
