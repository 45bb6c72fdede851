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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The change log of one row as people read it: when, who, how (entered, imported, removed), and each field that
 * changed, old → new, under its Japanese name.
 */
public final class ChangeHistory {

    /** Users are in Japan; the log is kept in UTC. */
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("actual", "実績"), Map.entry("numerator", "分子"), Map.entry("denominator", "分母"),
            Map.entry("national_value", "全国平均"), Map.entry("national_rank", "全国順位"),
            Map.entry("mark", "報告書の記号"), Map.entry("self_evaluation", "自己評価"),
            Map.entry("self_evaluation_reason", "自己評価の理由"), Map.entry("narrative", "取組内容・理由"),
            Map.entry("note", "備考"), Map.entry("source", "出典"), Map.entry("synthetic", "架空の値"),
            Map.entry("target", "目標"), Map.entry("locked_by", "ロックした人"),
            // A business plan's measure (PlanAudit), its actions and KPI links flattened as action1.done_text.
            Map.entry("group", "担当グループ"), Map.entry("title", "施策名"), Map.entry("plan_text", "計画"),
            Map.entry("done_text", "実施状況"), Map.entry("issues", "課題"),
            Map.entry("importance_reason", "【重要度：高】の理由"), Map.entry("difficulty_reason", "【困難度：高】の理由"),
            Map.entry("item_no", "項番"), Map.entry("target_reasoning", "目標設定の考え方"));

    /** A plan action's fields: action1.done_text. */
    private static final Pattern ACTION_FIELD = Pattern.compile("action(\\d+)\\.(.+)");
    /** A plan KPI link's fields: kpi.SS_ACHIEVEMENT.item_no. */
    private static final Pattern KPI_FIELD = Pattern.compile("kpi\\.([^.]+)\\.(.+)");

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

    /** A recorded field's Japanese name: 実施状況, 取組(1)の実施状況, KPI SS_ACHIEVEMENT の項番; else the field itself. */
    public static String labelJa(String field) {
        Matcher action = ACTION_FIELD.matcher(field);
        if (action.matches()) return "取組(" + action.group(1) + ")の" + labelJa(action.group(2));
        Matcher kpi = KPI_FIELD.matcher(field);
        if (kpi.matches()) return "KPI " + kpi.group(1) + " の" + labelJa(kpi.group(2));
        return LABELS.getOrDefault(field, field);
    }

    private static String shown(String field, String value) {
        if (field.equals("synthetic")) return value.equals("true") ? "はい" : value.equals("false") ? "いいえ" : value;
        return value;
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
