package jp.kenpokpi.app.audit;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import jp.kenpokpi.audit.RecordedFields;
import jp.kenpokpi.period.JapanTime;

/**
 * The change log as people read it, the one reader of it (the entry page, a plan measure, the KPI page, the audit
 * log to come): when, who, how (entered, imported, removed) and from where, and each field that changed, old → new,
 * under its Japanese name (RecordedFields, the one set of labels).
 */
public final class ChangeHistory {

    private static final DateTimeFormatter WHEN_TO_THE_SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** The fields that hold a value of the row; only these carry the 架空 label of a synthetic row. */
    private static final Set<String> VALUES =
            Set.of("actual", "numerator", "denominator", "national_value", "national_rank", "target");

    private ChangeHistory() {}

    /**
     * @param beforeSynthetic the old value belonged to a synthetic (架空) row, and is labelled so
     */
    public record FieldChange(
            String field,
            String labelJa,
            String before,
            String after,
            boolean beforeSynthetic,
            boolean afterSynthetic) {}

    /**
     * @param kindJa   登録, 変更 or 削除
     * @param actionJa the kind with the import batch that made it: 登録（取込 #3）
     * @param sourceJa where the change came from: 取込 tochigi.csv 12行目, 画面, サンプルデータ
     */
    public record Line(
            Instant at,
            String whenJa,
            String who,
            String kindJa,
            String actionJa,
            String sourceJa,
            List<FieldChange> changes) {

        /** 2024-06-30 15:04:05, Japan time (the KPI page's history). */
        public String whenToTheSecondJa() {
            return WHEN_TO_THE_SECOND.format(at.atZone(JapanTime.ZONE));
        }

        public boolean isUpdate() {
            return kindJa.equals("変更");
        }

        /** The same line with who made it as a reader knows them (ReadableNames.person). */
        public Line namedBy(UnaryOperator<String> names) {
            return new Line(at, whenJa, names.apply(who), kindJa, actionJa, sourceJa, changes);
        }
    }

    public static List<Line> of(List<ChangeLog.Change> changes) {
        return changes.stream().map(ChangeHistory::line).toList();
    }

    private static Line line(ChangeLog.Change change) {
        Map<String, String> before = change.before();
        Map<String, String> after = change.after();
        boolean beforeSynthetic = "true".equals(before.get("synthetic"));
        boolean afterSynthetic = "true".equals(after.get("synthetic"));
        List<FieldChange> changed = new ArrayList<>();
        for (ChangeValues.Difference d : ChangeValues.differences(before, after)) {
            String field = d.field();
            String old = d.old();
            String now = d.now();
            // An import's first record lists every column; only those that say something are worth a line.
            if (field.equals("synthetic") && old.isEmpty() && now.equals("false")) continue;
            changed.add(new FieldChange(
                    field,
                    labelJa(field),
                    shown(field, old),
                    shown(field, now),
                    beforeSynthetic && VALUES.contains(field) && !old.isEmpty(),
                    afterSynthetic && VALUES.contains(field) && !now.isEmpty()));
        }
        String kind = kind(change.action());
        return new Line(
                change.changedAt(),
                JapanTime.minute(change.changedAt()),
                change.changedBy(),
                kind,
                change.batchId().map(b -> kind + "（取込 #" + b + "）").orElse(kind),
                source(change.source()),
                changed);
    }

    /** A recorded field's Japanese name (RecordedFields). */
    public static String labelJa(String field) {
        return RecordedFields.labelJa(field);
    }

    private static String shown(String field, String value) {
        return RecordedFields.shownJa(field, value);
    }

    private static String kind(String action) {
        return switch (action) {
            case "INSERT" -> "登録";
            case "UPDATE" -> "変更";
            case "DELETE" -> "削除";
            default -> action;
        };
    }

    private static String source(ChangeSource source) {
        String place = source.placeJa();
        return place.isEmpty() ? source.kind().labelJa() : source.kind().labelJa() + " " + place;
    }
}
