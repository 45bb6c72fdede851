package jp.kenpokpi.app.notices;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Raises a notice for its recipients, in the caller's transaction (so it is there exactly when the change that caused
 * it is), once per recipient and event; the e-mail follows after the commit ({@link NoticeMail}).
 */
@Service
class Notices {

    /** The notices just written, for the mail to send once their transaction has committed. */
    record Raised(List<Long> ids) {}

    private final NoticeRepository repository;
    private final ApplicationEventPublisher events;

    Notices(NoticeRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    /** @return how many recipients got it (those who had it already did not) */
    int raise(NoticeDraft draft, Collection<String> recipients) {
        List<Long> written = new ArrayList<>();
        for (String username : new LinkedHashSet<>(recipients)) {
            repository.insert(username, draft).ifPresent(written::add);
        }
        if (!written.isEmpty()) events.publishEvent(new Raised(written));
        return written.size();
    }
}
