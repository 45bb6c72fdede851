package jp.kenpokpi.app.notices;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.submission.SubmissionRepository;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.period.JapanTime;
import jp.kenpokpi.submission.DeadlineReminder;
import jp.kenpokpi.submission.Submission;
import jp.kenpokpi.submission.SubmissionKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily check of the reports' deadlines (core DeadlineReminder): a report not with headquarters whose deadline is
 * near, or has passed, tells the branch's editors and managers, once per report and stage whatever how often the
 * check runs. Runs in Japan's morning ({@code kenpo.notices.deadline-check-cron}); tests call {@link #check} with the
 * day they need.
 */
@Component
class DeadlineNotices {

    private final SubmissionRepository submissions;
    private final NoticeRepository repository;
    private final Notices notices;
    private final TransactionTemplate transaction;
    private final DeadlineReminder reminder;
    private final Clock clock = JapanTime.clock();

    DeadlineNotices(
            SubmissionRepository submissions,
            NoticeRepository repository,
            Notices notices,
            TransactionTemplate transaction,
            @Value("${kenpo.notices.deadline-near-days:" + DeadlineReminder.DEFAULT_NEAR_DAYS + "}") int nearDays) {
        this.submissions = submissions;
        this.repository = repository;
        this.notices = notices;
        this.transaction = transaction;
        this.reminder = new DeadlineReminder(nearDays);
    }

    @Scheduled(cron = "${kenpo.notices.deadline-check-cron:0 0 6 * * *}", zone = "Asia/Tokyo")
    void daily() {
        check(LocalDate.now(clock));
    }

    /** @return how many notices the day's check raised */
    int check(LocalDate today) {
        Integer raised = transaction.execute(status -> {
            int count = 0;
            for (FiscalYear year : DeadlineReminder.yearsAround(today)) {
                Map<OrgCode, Map<SubmissionKind, Submission>> stepped = submissions.findAll(year);
                for (OrgCode branch : Organisations.all().branches().stream()
                        .map(b -> b.code())
                        .toList()) {
                    for (SubmissionKind kind : SubmissionKind.values()) {
                        Submission report = stepped.getOrDefault(branch, Map.of())
                                .getOrDefault(kind, Submission.start(branch, year, kind));
                        Optional<DeadlineReminder.Stage> stage = reminder.stage(report, today);
                        if (stage.isPresent()) count += raise(report, stage.get(), today);
                    }
                }
            }
            return count;
        });
        return raised == null ? 0 : raised;
    }

    private int raise(Submission report, DeadlineReminder.Stage stage, LocalDate today) {
        String deadline = report.deadline().getYear() + "年" + report.deadline().getMonthValue() + "月"
                + report.deadline().getDayOfMonth() + "日";
        boolean near = stage == DeadlineReminder.Stage.NEAR;
        String title = near
                ? report.describeJa() + "の提出期限（" + deadline + "）まで" + DeadlineReminder.daysLeftJa(report, today) + "です"
                : report.describeJa() + "の提出期限（" + deadline + "）を過ぎました（"
                        + report.state().nameJa() + "）";
        return notices.raise(
                new NoticeDraft(
                        near ? NoticeKind.DEADLINE_NEAR : NoticeKind.DEADLINE_PASSED,
                        "deadline/" + stage + "/" + report.branch().value() + "/"
                                + report.year().value() + "/" + report.kind().name(),
                        title,
                        Optional.empty(),
                        "/submissions?branch=" + report.branch().value() + "&year="
                                + report.year().value(),
                        Instant.now(clock)),
                repository.branchStaff(report.branch()));
    }
}
