package jp.kenpokpi.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every transition of one report, oldest first. The state is where the last one led ({@link
 * SubmissionState#IN_PROGRESS} before any), so the events are the one record of a submission: the application
 * keeps them and shows them.
 */
public record SubmissionHistory(List<SubmissionEvent> events) {

    public SubmissionHistory {
        events = List.copyOf(events);
        SubmissionState state = SubmissionState.IN_PROGRESS;
        for (SubmissionEvent e : events) {
            // A history read back from storage must be one unbroken chain, or the state it gives would be a guess.
            if (e.from() != state || e.action().to() != e.to()) {
                throw new IllegalArgumentException(
                        "submission history breaks at " + e.summaryJa() + " (was " + state + ")");
            }
            state = e.to();
        }
    }

    public static SubmissionHistory empty() {
        return new SubmissionHistory(List.of());
    }

    public SubmissionState state() {
        return latest().map(SubmissionEvent::to).orElse(SubmissionState.IN_PROGRESS);
    }

    public Optional<SubmissionEvent> latest() {
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
    }

    SubmissionHistory with(SubmissionEvent event) {
        List<SubmissionEvent> more = new ArrayList<>(events);
        more.add(event);
        return new SubmissionHistory(more);
    }
}
