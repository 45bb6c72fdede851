package jp.kenpokpi.app.importing;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import jp.kenpokpi.interchange.InterchangeFile;

/**
 * The files of the one preview a session is waiting to apply: what is applied is exactly what was previewed. A
 * session holds one at most (a new preview replaces it, the apply takes it), and no more than {@link #MAX_BYTES},
 * so that previews cannot pile uploads up in memory until sign-out.
 */
public record PendingImport(String token, String kind, List<InterchangeFile> files) {

    /** As much as one upload request may carry: spring.servlet.multipart.max-request-size says the same. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** What an upload over {@link #MAX_BYTES} is told (web/ErrorPageController: Tomcat stops it, status 413). */
    public static final String TOO_LARGE_JA =
            "ファイルが大きすぎます。一度に送れるのは合計" + MAX_BYTES / 1024 / 1024 + "MBまでです。ファイルを分けて取り込んでください（何も取り込んでいません）。";

    /** The files previewed under the token and kind, taken out of the session; null when they are not waiting. */
    public static List<InterchangeFile> take(HttpSession session, String attribute, String token, String kind) {
        if (!(session.getAttribute(attribute) instanceof PendingImport pending)) return null;
        if (!pending.token().equals(token) || !pending.kind().equals(kind)) return null;
        session.removeAttribute(attribute);
        return pending.files();
    }
}
