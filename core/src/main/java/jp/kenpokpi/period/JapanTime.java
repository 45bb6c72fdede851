package jp.kenpokpi.period;

import java.time.Clock;
import java.time.ZoneId;

/** The association's time: a day, a deadline and a time shown to people are Japan's, whatever the server's zone. */
public final class JapanTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private JapanTime() {}

    /** The clock of Japan's days (today, a deadline passed). */
    public static Clock clock() {
        return Clock.system(ZONE);
    }
}
