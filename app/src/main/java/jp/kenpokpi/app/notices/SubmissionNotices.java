package jp.kenpokpi.app.notices;

import java.util.Optional;
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
        switch (event.action()) {
            case RETURN ->
                notices.raise(
                        new NoticeDraft(
                                NoticeKind.RETURNED,
                                key,
                                report.describeJa() + "が差戻しされました（" + who + "）",
                                event.comment().map(c -> "コメント：" + c),
                                link,
                                event.at()),
                        repository.branchStaff(report.branch()));
            case APPROVE ->
                notices.raise(
                        new NoticeDraft(
                                NoticeKind.APPROVED,
                                key,
                                report.describeJa() + "が承認されました（" + who + "）",
                                event.comment().map(c -> "コメント：" + c),
                                link,
                                event.at()),
                        repository.branchStaff(report.branch()));
            case SUBMIT ->
                notices.raise(
                        new NoticeDraft(
                                NoticeKind.SUBMITTED,
                                key,
                                report.describeJa() + "が提出されました（" + who + "）",
                                Optional.empty(),
                                link,
                                event.at()),
                        repository.headquarters());
            default -> {
                // 支部承認 and 再開 stay between the people who took them: no notice.
            }
        }
    }
}
