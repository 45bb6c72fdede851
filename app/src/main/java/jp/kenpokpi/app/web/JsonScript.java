package jp.kenpokpi.app.web;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes data as JSON to place inside a page's {@code <script type="application/json">} element. Text in a script
 * element is not HTML-decoded, so HTML escaping would corrupt it; instead the characters that could end the element
 * or open a comment ({@code < > &}) and the line separators JavaScript once rejected are written as \\u escapes,
 * which JSON.parse reads back unchanged. They can only occur inside JSON strings, where such escapes are valid.
 */
@Component
public class JsonScript {

    private final JsonMapper json;

    public JsonScript(JsonMapper json) {
        this.json = json;
    }

    public String write(Object value) {
        return escape(json.writeValueAsString(value));
    }

    static String escape(String json) {
        StringBuilder sb = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> sb.append("\\u003c");
                case '>' -> sb.append("\\u003e");
                case '&' -> sb.append("\\u0026");
                case '\u2028' -> sb.append("\\u2028");
                case '\u2029' -> sb.append("\\u2029");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
