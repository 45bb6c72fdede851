package jp.kenpokpi.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: the Content-Security-Policy runs no inline script ({@link SecurityHeaders#PAGE_POLICY}), so a template
 * holding one would silently stop working in the browser. No template has an event handler attribute (onclick=,
 * th:onchange=…) or a script element with code; {@code <script type="application/json">} data blocks are not run.
 */
class NoInlineScriptTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private static final Pattern HANDLER =
            Pattern.compile("\\s(?:th:|data-th-)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern JAVASCRIPT_URL =
            Pattern.compile("href\\s*=\\s*\"\\s*javascript:", Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateHoldsScriptThePolicyWouldRefuse() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file, StandardCharsets.UTF_8);
                Matcher handler = HANDLER.matcher(html);
                while (handler.find())
                    found.add(file + ": event handler attribute「"
                            + handler.group().strip() + "」");
                Matcher script = SCRIPT.matcher(html);
                while (script.find()) {
                    String attributes = script.group(1);
                    boolean fromFile = attributes.contains("src=");
                    boolean data = attributes.contains("type=\"application/json\"");
                    if (!fromFile && !data) found.add(file + ": inline script「" + script.group() + "」");
                }
                if (JAVASCRIPT_URL.matcher(html).find()) found.add(file + ": javascript: link");
            }
        }
        assertThat(found)
                .as("inline script in templates (move it to a file under static/)")
                .isEmpty();
    }
}
