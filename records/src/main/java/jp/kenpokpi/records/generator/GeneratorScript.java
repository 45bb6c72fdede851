package jp.kenpokpi.records.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generator's SQL, kept as resources ({@code generator/setup.sql}, {@code generator/kinds/KIND.sql}) with
 * {@code ${name}} placeholders. Only values the generator computes itself (numbers and date literals) fill them; an
 * unknown name is an error, so a typo cannot reach DuckDB as text.
 */
final class GeneratorScript {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z_]+)}");

    private GeneratorScript() {}

    /** A resource's statements (separated by a line ending in {@code ;}), filled in. */
    static List<String> statements(String resource, Map<String, String> values) {
        List<String> statements = new ArrayList<>();
        for (String statement : fill(read(resource), values).split(";\\s*(\\R|$)")) {
            if (!statement.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("--"))) statements.add(statement);
        }
        return statements;
    }

    /** One statement (a kind's SELECT), filled in. */
    static String query(String resource, Map<String, String> values) {
        return fill(read(resource), values).strip();
    }

    static String fill(String sql, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(sql);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) throw new IllegalStateException("no value for ${" + m.group(1) + "}");
            m.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        m.appendTail(filled);
        return filled.toString();
    }

    private static String read(String resource) {
        try (InputStream in = GeneratorScript.class.getResourceAsStream("/generator/" + resource)) {
            if (in == null) throw new IllegalStateException("resource missing: /generator/" + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
