package jp.kenpokpi.app.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.submission.SubmissionRepository;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.period.JapanTime;
import jp.kenpokpi.submission.ApprovalRoute;
import jp.kenpokpi.submission.SubmissionKind;
import jp.kenpokpi.submission.SubmissionState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Notices by e-mail against a real SMTP server the test starts (GreenMail): a notice at once with its Japanese subject,
 * body and absolute link; the day's digest as one mail; a mail server that is down never undoes the change.
 */
@SampleDataTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NoticeMailIT {

    private static final int SMTP_PORT = freePort();
    private static final String BASE_URL = "https://kpi.kenpo.example";
    private static final String FIRST_HALF = "/submissions/09/2025/FIRST_HALF/";

    @RegisterExtension
    static final GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp")).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("kenpo.base-url", () -> BASE_URL + "/");
        registry.add("kenpo.mail.from", () -> "kenpo-kpi@kenpo.example");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SubmissionRepository submissions;

    @Autowired
    NoticeMail mail;

    @Autowired
    DeadlineNotices deadlines;

    @BeforeEach
    void addresses() throws Exception {
        submissions.setRoute(OrgCode.of("09"), ApprovalRoute.DIRECT);
        jdbc.sql("DELETE FROM notice").update();
        smtp.purgeEmailFromAllMailboxes();
        // 栃木's editor takes each notice at once (set on the settings page); its manager one digest a day.
        DemoUsers.send(
                        mvc,
                        post("/notifications/settings")
                                .param("email", "tochigi@kenpo.example")
                                .param("digest", "false"),
                        "tochigi")
                .andExpect(status().is3xxRedirection());
        jdbc.sql("UPDATE app_user SET email = 'shibucho@kenpo.example', email_digest = TRUE"
                        + " WHERE username = 'tochigi-shibucho'")
                .update();
    }

    @Test
    @Order(1)
    void aReturnReachesTheEditorAtOnceWithAJapaneseSubjectTheCommentAndTheAbsoluteLink() throws Exception {
        DemoUsers.send(mvc, post(FIRST_HALF + "SUBMIT"), "tochigi").andExpect(status().is3xxRedirection());
        DemoUsers.send(mvc, post(FIRST_HALF + "RETURN").param("comment", "9月末の受診者数を確認してください"), "honbu")
                .andExpect(status().is3xxRedirection());

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received)
                .as("headquarters and the manager have no mail at once")
                .hasSize(1);
        MimeMessage message = received[0];
        assertThat(message.getRecipients(Message.RecipientType.TO)[0].toString())
                .isEqualTo("tochigi@kenpo.example");
        assertThat(message.getFrom()[0].toString()).isEqualTo("kenpo-kpi@kenpo.example");
        assertThat(message.getSubject()).isEqualTo("【kenpo-kpi】差戻し：栃木支部の令和7年度 上期実施状況が差戻しされました（本部 企画部（デモ））");
        assertThat(message.getHeader("Subject")[0]).as("encoded for the wire").startsWith("=?UTF-8?");
        assertThat(message.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat((String) message.getContent())
                .contains("【差戻し】栃木支部の令和7年度 上期実施状況が差戻しされました")
                .contains("コメント：9月末の受診者数を確認してください")
                .contains(BASE_URL + "/submissions?branch=09&year=2025")
                .contains(BASE_URL + "/notifications/settings");
        assertThat(mailed("tochigi")).isEqualTo(1);
        assertThat(mailed("tochigi-shibucho")).as("waits for the digest").isZero();
    }

    @Test
    @Order(2)
    void theDigestCollectsTheDaysNoticesIntoOneMail() throws Exception {
        deadlines.check(LocalDate.of(2025, 6, 26));
        NoticeFixtures.importIntoTochigi(mvc, "honbu-tanto", "8.2%");
        assertThat(smtp.waitForIncomingEmail(5000, 2))
                .as("the editor's two at once")
                .isTrue();
        assertThat(to("shibucho@kenpo.example")).isEmpty();

        LocalDate today = LocalDate.now(JapanTime.clock());
        assertThat(mail.sendDigests(today)).isEqualTo(1);
        List<MimeMessage> digests = to("shibucho@kenpo.example");
        assertThat(digests).hasSize(1);
        MimeMessage digest = digests.get(0);
        assertThat(digest.getSubject()).isEqualTo("【kenpo-kpi】" + dayJa(today) + "のお知らせ（2件）");
        assertThat((String) digest.getContent())
                .contains("【期限間近】栃木支部の令和6年度 年度実績・自己評価の提出期限（2025年6月30日）まであと4日です")
                .contains("【取込】本部 企画部 担当（デモ）さんが栃木支部のデータを取り込みました")
                .contains("ファイル：tochigi.csv")
                .contains(BASE_URL + "/submissions?branch=09&year=2024")
                .contains(BASE_URL + "/audit?branch=09&user=honbu-tanto&source=IMPORT");

        assertThat(mail.sendDigests(today)).as("a notice goes out once").isZero();
        assertThat(to("shibucho@kenpo.example")).hasSize(1);
    }

    @Test
    @Order(3)
    void aMailServerThatIsDownNeverUndoesTheChangeAndTheNoticeStays() throws Exception {
        DemoUsers.send(mvc, post(FIRST_HALF + "SUBMIT"), "tochigi").andExpect(status().is3xxRedirection());
        smtp.stop();
        DemoUsers.send(mvc, post(FIRST_HALF + "RETURN").param("comment", "もう一度確認してください"), "honbu")
                .andExpect(status().is3xxRedirection());

        assertThat(submissions
                        .find(OrgCode.of("09"), FiscalYear.of(2025), SubmissionKind.FIRST_HALF)
                        .state())
                .isEqualTo(SubmissionState.RETURNED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notice WHERE username = 'tochigi' AND kind = 'RETURNED'"
                                + " AND mailed_at IS NULL")
                        .query(Integer.class)
                        .single())
                .as("kept in the application, not marked as mailed")
                .isEqualTo(1);
        assertThat(DemoUsers.page(mvc, "/notifications", "tochigi")).contains("コメント：もう一度確認してください");
    }

    private List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getRecipients(Message.RecipientType.TO)[0]
                                .toString()
                                .equals(address);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private int mailed(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM notice WHERE username = ? AND mailed_at IS NOT NULL")
                .params(username)
                .query(Integer.class)
                .single();
    }

    private static String dayJa(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
