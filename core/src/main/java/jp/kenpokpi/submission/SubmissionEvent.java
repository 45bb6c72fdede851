package jp.kenpokpi.submission;

import java.time.Instant;
import java.util.Optional;

/**
 * One transition as it happened, for the change log and the report's history: who, when, from → to, and the
 * comment (a return's, a reopening's reason; optional on the other steps).
 */
public record SubmissionEvent(
        SubmissionAction action,
        SubmissionState from,
        SubmissionState to,
        Actor actor,
        Instant at,
        Optional<String> comment) {

    public SubmissionEvent {
        comment = comment.map(String::strip).filter(c -> !c.isEmpty());
    }

    /** 提出済 → 差戻し（本部 太郎、本部）: the line a history page shows before the comment. */
    public String summaryJa() {
        return from.nameJa() + " → " + to.nameJa() + "（" + action.nameJa() + "：" + actor.name() + "、"
                + actor.kind().nameJa() + "）";
    }
}
