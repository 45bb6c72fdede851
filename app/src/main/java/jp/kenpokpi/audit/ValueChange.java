package jp.kenpokpi.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A recorded change as a reader wants it: when, who, and each field that changed, old → new. A new row lists the
 * fields it was given.
 */
public record ValueChange(Instant at, String by, String actionJa, List<ValueChange.FieldChange> fields) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Tokyo"));

    /** The names of the recorded fields in Japanese; a field not listed shows its own name. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("target", "目標"), Map.entry("actual", "実績"), Map.entry("numerator", "分子"),
            Map.entry("denominator", "分母"), Map.entry("national_value", "全国平均"),
            Map.entry("national_rank", "全国順位"), Map.entry("mark", "実施状況（報告書の記号）"),
            Map.entry("self_evaluation", "自己評価"), Map.entry("self_evaluation_reason", "自己評価の理由"),
            Map.entry("narrative", "説明"), Map.entry("note", "備考"), Map.entry("source", "出典"),
            Map.entry("synthetic", "架空の値"));

    /** One field: before is empty for a field the change set for the first time. */
    public record FieldChange(String field, String labelJa, String before, String after) {
    }

    public static ValueChange of(ChangeLog.Change change) {
        Map<String, String> after = fields(change.newValues());
        Map<String, String> before = change.oldValues().map(ValueChange::fields).orElse(Map.of());
        Set<String> names = new LinkedHashSet<>(after.keySet());
        names.addAll(before.keySet());
        List<FieldChange> changed = new ArrayList<>();
        for (String name : names) {
            String old = readable(name, before.getOrDefault(name, ""));
            String now = readable(name, after.getOrDefault(name, ""));
            if (!old.equals(now)) changed.add(new FieldChange(name, LABELS.getOrDefault(name, name), old, now));
        }
        String action = change.action().equals("INSERT") ? "登録" : "変更";
        return new ValueChange(change.changedAt(), change.changedBy(), action, changed);
    }

    public boolean isUpdate() {
        return actionJa.equals("変更");
    }

    /** 2024-06-30 15:04:05, Japan time. */
    public String whenJa() {
        return WHEN.format(at);
    }

    /**
     * Reads the "field=value" lines ChangeLog keeps. A line without "=" continues the value before it (a note
     * written over several lines).
     */
    static Map<String, String> fields(String lines) {
        Map<String, String> map = new LinkedHashMap<>();
        String last = null;
        for (String line : lines.split("\n", -1)) {
            int eq = line.indexOf('=');
            if (eq > 0 && line.substring(0, eq).matches("[a-z_]+")) {
                last = line.substring(0, eq);
                map.put(last, line.substring(eq + 1));
            } else if (last != null && !line.isEmpty()) {
                map.put(last, map.get(last) + "\n" + line);
            }
        }
        return map;
    }

    private static String readable(String field, String value) {
        if (field.equals("synthetic")) return value.equals("true") ? "はい" : value.equals("false") ? "" : value;
        return value;
    }
}
