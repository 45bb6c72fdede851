package jp.kenpokpi.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** JSON placed inside a script element cannot end the element, and reads back unchanged. */
class JsonScriptTest {

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void markup_in_a_string_is_written_as_unicode_escapes_and_parses_back_to_the_same_text() {
        String text = "</script><script>alert('x')</script> & <!-- \u2028";

        String written = new JsonScript(mapper).write(Map.of("note", text));

        assertThat(written).doesNotContain("<", ">", "&", "\u2028");
        assertThat(written).contains("\\u003c/script\\u003e");
        assertThat(mapper.readTree(written).get("note").asString()).isEqualTo(text);
    }
}
