package jp.kenpokpi.app.audit;

import java.util.LinkedHashMap;
import java.util.Map;
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

    public static Map<String, String> fields(String json) {
        if (json == null || json.isEmpty()) return Map.of();
        return JSON.readValue(json, FIELDS);
    }
}
