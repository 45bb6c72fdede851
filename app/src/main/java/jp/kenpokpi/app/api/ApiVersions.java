package jp.kenpokpi.app.api;

import java.util.Optional;

/**
 * A stored record's version as HTTP carries it: the ETag {@code "3"} of a target or result's own address, and the
 * If-Match a write sends back (the lead's PUT reads it here, so that both sides agree on the quoting).
 */
public final class ApiVersions {

    private ApiVersions() {}

    /** The version as an entity tag: {@code "3"}. */
    public static String etag(int version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match (or ETag) names: {@code "3"}, {@code W/"3"} or {@code 3}; empty when it names none. */
    public static Optional<Integer> read(String header) {
        if (header == null) return Optional.empty();
        String tag = header.strip();
        if (tag.startsWith("W/")) tag = tag.substring(2);
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) tag = tag.substring(1, tag.length() - 1);
        try {
            return Optional.of(Integer.parseInt(tag));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The version a write's If-Match names: empty when it sends none (a new record is written without one); an
     * If-Match that names no version is a 400 naming the header.
     */
    public static Optional<Integer> ifMatch(String header) {
        if (header == null || header.isBlank()) return Optional.empty();
        return Optional.of(read(header)
                .orElseThrow(() -> new ApiParameterException(
                        "If-Match", "If-Match ヘッダーには、読んだときの ETag（\"3\" のような版）をそのまま送ってください: " + header)));
    }
}
