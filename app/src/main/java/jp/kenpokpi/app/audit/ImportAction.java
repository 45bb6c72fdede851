package jp.kenpokpi.app.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.audit.RecordedFields;

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

    /**
     * Each field that changes, 「実施状況: 旧 → 新」, under RecordedFields' labels; the fields of an added row
     * (without its source) or of a removed one, 「施策名: 値」. Long texts are cut at 60 characters.
     *
     * @param stored the row's values as stored; empty when there is no such row yet
     * @param wanted the row's values as the file has them; empty when the file drops the row
     */
    public static List<String> differencesJa(Optional<Map<String, String>> stored, Map<String, String> wanted) {
        List<String> out = new ArrayList<>();
        for (ChangeValues.Difference d : ChangeValues.differences(stored.orElse(Map.of()), wanted)) {
            if (stored.isEmpty() && d.field().equals("source")) continue;
            String label = RecordedFields.labelJa(d.field());
            String oldJa = RecordedFields.shownJa(d.field(), d.old());
            String nowJa = RecordedFields.shownJa(d.field(), d.now());
            out.add(
                    stored.isEmpty() || wanted.isEmpty()
                            ? label + ": " + shorten(stored.isEmpty() ? nowJa : oldJa)
                            : label + ": " + shorten(oldJa) + " → " + shorten(nowJa));
        }
        return out;
    }

    private static String shorten(String text) {
        if (text.isEmpty()) return "（空）";
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
