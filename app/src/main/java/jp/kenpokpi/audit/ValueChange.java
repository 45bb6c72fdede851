package jp.kenpokpi.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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

    /** One field: before is empty for a field the change set for the first time. */
    public record FieldChange(String field, String labelJa, String before, String after) {
    }

    public static ValueChange of(ChangeLog.Change change) {
        Map<String, String> after = change.after();
        Map<String, String> before = change.before();
        Set<String> names = new LinkedHashSet<>(after.keySet());
        names.addAll(before.keySet());
        List<FieldChange> changed = new ArrayList<>();
        for (String name : names) {
            String old = readable(name, before.getOrDefault(name, ""));
            String now = readable(name, after.getOrDefault(name, ""));
            if (!old.equals(now)) changed.add(new FieldChange(name, RecordedFields.labelJa(name), old, now));
        }
        String action = change.action().equals("INSERT") ? "登録" : "変更";
        return new ValueChange(change.changedAt(), change.changedBy(), action, changed);
    }

    /** The same change with who made it as a reader knows them (ReadableNames.person). */
    public ValueChange namedBy(java.util.function.UnaryOperator<String> names) {
        return new ValueChange(at, names.apply(by), actionJa, fields);
    }

    public boolean isUpdate() {
        return actionJa.equals("変更");
    }

    /** 2024-06-30 15:04:05, Japan time. */
    public String whenJa() {
        return WHEN.format(at);
    }

    /** 架空 reads はい or nothing: a value that was never synthetic is not worth a word in the history. */
    private static String readable(String field, String value) {
        if (field.equals("synthetic") && value.equals("false")) return "";
        return RecordedFields.shownJa(field, value);
    }
}
