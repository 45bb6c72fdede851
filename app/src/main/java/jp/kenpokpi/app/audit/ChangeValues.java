package jp.kenpokpi.app.audit;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A change's values before or after, as the change log stores them: one JSON object, field → value, in the
 * order the writer gave. JSON escapes what a narrative holds (line breaks, backslashes, quotes) by its own rules.
 */
public final class ChangeValues {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {};

    private ChangeValues() {}

    /** A missing value is stored as empty text, as the pages show it. */
    public static String json(Map<String, String> values) {
        Map<String, String> written = new LinkedHashMap<>();
        values.forEach((k, v) -> written.put(k, v == null ? "" : v));
        return JSON.writeValueAsString(written);
    }

    /** A field whose value a change alters: its value before and after, empty text where it had none. */
    public record Difference(String field, String old, String now) {}

    /** The fields whose values differ, those of after first in their order, then those only before had. */
    public static List<Difference> differences(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(after.keySet());
        fields.addAll(before.keySet());
        return fields.stream()
                .map(f -> new Difference(f, before.getOrDefault(f, ""), after.getOrDefault(f, "")))
                .filter(d -> !d.old().equals(d.now()))
                .toList();
    }

    public static Map<String, String> fields(String json) {
        if (json == null || json.isEmpty()) return Map.of();
        return JSON.readValue(json, FIELDS);
    }
}
