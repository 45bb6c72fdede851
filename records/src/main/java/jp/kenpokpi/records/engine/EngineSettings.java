package jp.kenpokpi.records.engine;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How much the embedded engine may take: its memory limit (DuckDB's buffer manager; a national run spills beyond
 * it instead of failing) and the directory it spills to.
 *
 * @param memoryLimit    a size as DuckDB reads it: {@code 512MB}, {@code 12GB}
 * @param spillDirectory where intermediate results go when they do not fit
 */
public record EngineSettings(String memoryLimit, Path spillDirectory) {

    private static final Pattern SIZE = Pattern.compile("\\d{1,6}(\\.\\d{1,3})?\\s?(KB|MB|GB|TB|KiB|MiB|GiB|TiB)");

    public EngineSettings {
        Objects.requireNonNull(spillDirectory);
        // Checked here because it is written into a SET statement.
        if (memoryLimit == null || !SIZE.matcher(memoryLimit).matches()) {
            throw new IllegalArgumentException("メモリ上限は 512MB、12GB のように指定してください: " + memoryLimit);
        }
    }
}
