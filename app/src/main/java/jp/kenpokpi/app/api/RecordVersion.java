package jp.kenpokpi.app.api;

import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A stored record's version as the API sends it in an ETag ({@code "3"}) and takes it back in If-Match, so that a
 * write over a value someone else changed since it was read is refused instead of overwriting it.
 */
public final class RecordVersion {

    private RecordVersion() {}

    public static String etag(int version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an If-Match header names: empty when there is none (a new record is written without one). A weak
     * tag (W/"3") names the same version: our versions are exact either way.
     */
    public static Optional<Integer> ifMatch(String header) {
        if (header == null || header.isBlank()) return Optional.empty();
        String tag = header.strip();
        if (tag.startsWith("W/")) tag = tag.substring(2);
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) tag = tag.substring(1, tag.length() - 1);
        try {
            return Optional.of(Integer.parseInt(tag));
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "If-Match ヘッダーは、読んだときの ETag（\"3\" のような版）をそのまま送ってください: " + header);
        }
    }
}
