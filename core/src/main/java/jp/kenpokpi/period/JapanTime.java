package jp.kenpokpi.period;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The association's time: a day, a deadline and a time shown to people are Japan's, whatever the server's zone. */
public final class JapanTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private JapanTime() {}

    /** The clock of Japan's days (today, a deadline passed). */
    public static Clock clock() {
        return Clock.system(ZONE);
    }

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** 2026-12-07 09:15: a moment as people here read it, to the minute, in Japan's time. */
    public static String minute(Instant at) {
        return MINUTE.format(at.atZone(ZONE));
    }
}
