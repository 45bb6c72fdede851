package jp.kenpokpi.app.notices;

import java.time.LocalDate;
import org.springframework.context.ApplicationContext;

/** The daily deadline check run for a given day, for tests outside this package (the browser tests). */
public final class DeadlineChecks {

    private DeadlineChecks() {}

    /** @return how many notices the check raised */
    public static int run(ApplicationContext context, LocalDate day) {
        return context.getBean(DeadlineNotices.class).check(day);
    }
}
