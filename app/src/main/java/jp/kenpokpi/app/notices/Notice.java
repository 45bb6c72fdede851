package jp.kenpokpi.app.notices;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import jp.kenpokpi.period.JapanTime;

/**
 * One notice of one user: what happened (title, and the comment or files under it), the page it is about (an address
 * inside the application) and whether the user has read it.
 */
public record Notice(
        long id,
        String username,
        NoticeKind kind,
        String title,
        Optional<String> detail,
        String link,
        Instant createdAt,
        boolean read) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy年M月d日 H:mm");

    /** 2025年11月28日 9:05, in Japan's time whatever the server's zone. */
    public String createdJa() {
        return SHOWN.format(createdAt.atZone(JapanTime.ZONE));
    }
}
