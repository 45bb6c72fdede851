package jp.kenpokpi.app.notices;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kenpokpi.period.JapanTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notices by e-mail, when an SMTP server is configured ({@code spring.mail.host}: Spring Boot then makes the
 * {@link JavaMailSender}; without it there is none and this sends nothing). A user with an address gets each notice at
 * once, after the change that raised it has committed, or, with {@code email_digest}, the day's notices in one mail
 * ({@code kenpo.mail.digest-cron}). A mail that fails is logged and left unmarked: the change stands, and the notice
 * stays in the application.
 */
@Component
class NoticeMail {

    private static final Logger log = LoggerFactory.getLogger(NoticeMail.class);

    private final ObjectProvider<JavaMailSender> senders;
    private final NoticeRepository repository;
    private final TransactionTemplate ownTransaction;
    private final String baseUrl;
    private final String from;
    private final Clock clock = JapanTime.clock();

    NoticeMail(
            ObjectProvider<JavaMailSender> senders,
            NoticeRepository repository,
            PlatformTransactionManager transactions,
            @Value("${kenpo.base-url:http://localhost:8080}") String baseUrl,
            @Value("${kenpo.mail.from:kenpo-kpi@localhost}") String from) {
        this.senders = senders;
        this.repository = repository;
        // After a commit the finished transaction's connection is still bound: reads and marks need a new one.
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.from = from;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void raised(Notices.Raised raised) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) return;
        try {
            List<NoticeRepository.Addressed> mails =
                    ownTransaction.execute(status -> repository.toMailAtOnce(raised.ids()));
            for (NoticeRepository.Addressed mail : mails) {
                Notice notice = mail.notice();
                if (send(
                        sender,
                        mail.email(),
                        "【kenpo-kpi】" + notice.kind().labelJa() + "：" + notice.title(),
                        "kenpo-kpi のお知らせです。\n\n" + entry(notice) + footer())) markMailed(List.of(notice.id()));
            }
        } catch (RuntimeException e) {
            // Never the change's problem: it has committed, and the notice waits in the application.
            log.warn("お知らせのメールを送れませんでした: {}", e.toString());
        }
    }

    @Scheduled(cron = "${kenpo.mail.digest-cron:0 0 18 * * *}", zone = "Asia/Tokyo")
    void dailyDigest() {
        sendDigests(LocalDate.now(clock));
    }

    /** One mail per user who takes a digest, with that day's notices not mailed yet; @return how many mails went out */
    int sendDigests(LocalDate day) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) return 0;
        Instant start = day.atStartOfDay(JapanTime.ZONE).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(JapanTime.ZONE).toInstant();
        Map<String, List<NoticeRepository.Addressed>> byEmail = new LinkedHashMap<>();
        for (NoticeRepository.Addressed mail : ownTransaction.execute(status -> repository.toDigest(start, end))) {
            byEmail.computeIfAbsent(mail.notice().username() + " " + mail.email(), k -> new ArrayList<>())
                    .add(mail);
        }
        int sent = 0;
        for (List<NoticeRepository.Addressed> mails : byEmail.values()) {
            StringBuilder body = new StringBuilder("kenpo-kpi の" + dayJa(day) + "のお知らせ（" + mails.size() + "件）です。\n");
            for (NoticeRepository.Addressed mail : mails) body.append('\n').append(entry(mail.notice()));
            String subject = "【kenpo-kpi】" + dayJa(day) + "のお知らせ（" + mails.size() + "件）";
            if (send(sender, mails.get(0).email(), subject, body + footer())) {
                markMailed(mails.stream().map(m -> m.notice().id()).toList());
                sent++;
            }
        }
        return sent;
    }

    private static String dayJa(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    /** A notice as a mail shows it: label and title, the comment or files, the time, the page's full address. */
    private String entry(Notice notice) {
        return "【" + notice.kind().labelJa() + "】" + notice.title() + "\n"
                + notice.detail().map(d -> d + "\n").orElse("")
                + notice.createdJa() + "\n"
                + baseUrl + notice.link() + "\n";
    }

    private String footer() {
        return "\n--\nこのメールは kenpo-kpi から自動で送信しています。\nお知らせの一覧: " + baseUrl + "/notifications\n" + "メールの受け取り方の変更: "
                + baseUrl + "/notifications/settings\n";
    }

    private boolean send(JavaMailSender sender, String to, String subject, String text) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text, false);
            sender.send(message);
            return true;
        } catch (MessagingException | MailException e) {
            log.warn("お知らせのメールを {} へ送れませんでした: {}", to, e.toString());
            return false;
        }
    }

    private void markMailed(List<Long> ids) {
        ownTransaction.executeWithoutResult(status -> repository.markMailed(ids, Instant.now(clock)));
    }
}
