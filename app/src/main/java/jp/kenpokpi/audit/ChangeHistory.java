package jp.kenpokpi.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The change log of one row as people read it: when, who, how (entered, imported, removed), and each field that
 * changed, old → new, under its Japanese name.
 */
public final class ChangeHistory {

    /** Users are in Japan; the log is kept in UTC. */
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The fields that hold a value of the row; only these carry the 架空 label of a synthetic row. */
    private static final Set<String> VALUES = Set.of("actual", "numerator", "denominator", "national_value",
            "national_rank", "target");

    private ChangeHistory() {
    }

    /**
     * @param beforeSynthetic the old value belonged to a synthetic (架空) row, and is labelled so
     */
    public record FieldChange(String field, String labelJa, String before, String after, boolean beforeSynthetic,
                              boolean afterSynthetic) {
    }

    public record Line(Instant at, String whenJa, String who, String actionJa, List<FieldChange> changes) {
    }

    public static List<Line> of(List<ChangeLog.Change> changes) {
        return changes.stream().map(ChangeHistory::line).toList();
    }

    private static Line line(ChangeLog.Change change) {
        Map<String, String> before = change.before();
        Map<String, String> after = change.after();
        boolean beforeSynthetic = "true".equals(before.get("synthetic"));
        boolean afterSynthetic = "true".equals(after.get("synthetic"));
        Set<String> fields = new LinkedHashSet<>(after.keySet());
        fields.addAll(before.keySet());
        List<FieldChange> changed = new ArrayList<>();
        for (String field : fields) {
            String old = before.getOrDefault(field, "");
            String now = after.getOrDefault(field, "");
            // An import's first record lists every column; only those that say something are worth a line.
            if (old.equals(now) || field.equals("synthetic") && old.isEmpty() && now.equals("false")) continue;
            changed.add(new FieldChange(field, labelJa(field), shown(field, old), shown(field, now),
                    beforeSynthetic && VALUES.contains(field) && !old.isEmpty(),
                    afterSynthetic && VALUES.contains(field) && !now.isEmpty()));
        }
        return new Line(change.changedAt(), WHEN.format(change.changedAt().atZone(JAPAN)), change.changedBy(),
                action(change.action(), change.batchId()), changed);
    }

    /** A recorded field's Japanese name (RecordedFields). */
    public static String labelJa(String field) {
        return RecordedFields.labelJa(field);
    }

    private static String shown(String field, String value) {
        return RecordedFields.shownJa(field, value);
    }

    private static String action(String action, Optional<Long> batchId) {
        String how = switch (action) {
            case "INSERT" -> "登録";
            case "UPDATE" -> "変更";
            case "DELETE" -> "削除";
            default -> action;
        };
        return batchId.map(b -> how + "（取込 #" + b + "）").orElse(how);
    }
}
