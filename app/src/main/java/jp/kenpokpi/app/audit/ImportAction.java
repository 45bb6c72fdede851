package jp.kenpokpi.app.audit;

import java.util.Map;
import java.util.Optional;

/**
 * What an import does to one stored row (a KPI's target or result, a plan's measure), as its preview names it: the
 * row's recorded values as stored against those the file wants.
 */
public enum ImportAction {
    ADD("追加"),
    CHANGE("変更"),
    REMOVE("削除"),
    KEEP("変更なし");

    private final String nameJa;

    ImportAction(String nameJa) {
        this.nameJa = nameJa;
    }

    public String nameJa() {
        return nameJa;
    }

    /**
     * @param stored the row's values as stored; empty when there is no such row yet
     * @param wanted the row's values as the file has them; empty when the file drops the row
     */
    public static ImportAction of(Optional<Map<String, String>> stored, Optional<Map<String, String>> wanted) {
        if (stored.isEmpty()) return ADD;
        if (wanted.isEmpty()) return REMOVE;
        return stored.equals(wanted) ? KEEP : CHANGE;
    }

    public boolean changes() {
        return this != KEEP;
    }
}
