package jp.kenpokpi.app.notices;

import java.util.List;
import jp.kenpokpi.app.submission.SubmissionStepTaken;
import jp.kenpokpi.submission.Submission;
import jp.kenpokpi.submission.SubmissionEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The notices of 提出・承認: a report returned (with headquarters' comment) or approved reaches the branch's editors and
 * managers; a report submitted reaches headquarters. Runs in the step's transaction.
 */
@Component
class SubmissionNotices {

    private final Notices notices;
    private final NoticeRepository repository;

    SubmissionNotices(Notices notices, NoticeRepository repository) {
        this.notices = notices;
        this.repository = repository;
    }

    @EventListener
    void stepTaken(SubmissionStepTaken step) {
        // The sample data's history is not news to anyone.
        if (step.sampleData()) return;
        Submission report = step.next();
        SubmissionEvent event = step.event();
        String who = repository.displayName(event.actor().name());
        String link = "/submissions?branch=" + report.branch().value() + "&year="
                + report.year().value();
        String key = "submission/" + report.branch().value() + "/"
                + report.year().value() + "/" + report.kind().name() + "/"
                + (report.history().events().size() - 1);
        // 差戻し and 承認 go to the branch, 提出 to headquarters; 支部承認 and 再開 stay between those who took them.
        NoticeKind kind;
        List<String> recipients;
        switch (event.action()) {
            case RETURN -> {
                kind = NoticeKind.RETURNED;
                recipients = repository.branchStaff(report.branch());
            }
            case APPROVE -> {
                kind = NoticeKind.APPROVED;
                recipients = repository.branchStaff(report.branch());
            }
            case SUBMIT -> {
                kind = NoticeKind.SUBMITTED;
                recipients = repository.headquarters();
            }
            default -> {
                return;
            }
        }
        notices.raise(
                new NoticeDraft(
                        kind,
                        key,
                        report.describeJa() + "が" + event.action().nameJa() + "されました（" + who + "）",
                        event.comment().map(c -> "コメント：" + c),
                        link,
                        event.at()),
                recipients);
    }
}
