package jp.kenpokpi.app.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.security.Role;
import jp.kenpokpi.app.security.SignedInUser;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.security.UserAccountRepository;
import jp.kenpokpi.app.submission.SubmissionRepository;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.submission.ApprovalRoute;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * お知らせ: each kind raised where it happens (提出・承認, the deadline check, an import), to whom, once; the bell and the
 * list; marking read; one branch's notices never shown to another's; the user's own mail settings.
 */
@SampleDataTest
class NoticesIT {

    private static final OrgCode TOCHIGI = OrgCode.of("09");
    /** 栃木支部 令和7年度 上期実施状況: 差戻し in the sample data, for 栃木 to submit again. */
    private static final String FIRST_HALF = "/submissions/09/2025/FIRST_HALF/";

    private static final UserAccount SAITAMA =
            new UserAccount("saitama", "埼玉支部 担当", Role.BRANCH_EDITOR, Optional.of(OrgCode.of("11")));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SubmissionRepository submissions;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    DeadlineNotices deadlines;

    @Autowired
    ChangeLog changeLog;

    @BeforeEach
    void freshNotices() {
        jdbc.sql("DELETE FROM notice").update();
        submissions.setRoute(TOCHIGI, ApprovalRoute.DIRECT);
        if (accounts.find(SAITAMA.username()).isEmpty()) accounts.create(SAITAMA, "unused", false);
    }

    @Test
    void aSubmissionReachesHeadquartersAReturnWithItsCommentAndAnApprovalReachTheBranch() throws Exception {
        DemoUsers.send(mvc, post(FIRST_HALF + "SUBMIT"), "tochigi").andExpect(status().is3xxRedirection());
        assertThat(titles("honbu")).containsExactly("栃木支部の令和7年度 上期実施状況が提出されました（栃木支部 企画総務グループ（デモ））");
        assertThat(titles("honbu-tanto")).hasSize(1);
        assertThat(titles("tochigi")).as("the one who submitted hears nothing").isEmpty();

        DemoUsers.send(mvc, post(FIRST_HALF + "RETURN").param("comment", "9月末の実績の備考を補ってください"), "honbu")
                .andExpect(status().is3xxRedirection());
        assertThat(titles("tochigi")).singleElement().asString().startsWith("栃木支部の令和7年度 上期実施状況が差戻しされました（");
        assertThat(latest("detail", "tochigi", "RETURNED")).isEqualTo("コメント：9月末の実績の備考を補ってください");
        assertThat(titles("tochigi-shibucho")).hasSize(1);
        assertThat(titles("etsuran")).as("a viewer is not the branch's staff").isEmpty();
        assertThat(titles("saitama")).as("another branch").isEmpty();

        DemoUsers.send(mvc, post(FIRST_HALF + "SUBMIT"), "tochigi").andExpect(status().is3xxRedirection());
        DemoUsers.send(mvc, post(FIRST_HALF + "APPROVE"), "honbu-tanto").andExpect(status().is3xxRedirection());
        assertThat(titles("tochigi")).hasSize(2).first().asString().startsWith("栃木支部の令和7年度 上期実施状況が承認されました（");
        assertThat(titles("honbu")).as("two submissions").hasSize(2);

        String list = DemoUsers.page(mvc, "/notifications", "tochigi");
        assertThat(list).contains("承認", "差戻し", "コメント：9月末の実績の備考を補ってください", "未読").contains("action=\"/notifications/");
        assertThat(list.indexOf("が承認されました")).as("newest first").isLessThan(list.indexOf("が差戻しされました"));
    }

    @Test
    void aDeadlineNearAndPassedIsAnnouncedOnceEachToTheBranchStaffOfReportsNotSubmitted() throws Exception {
        // 令和6年度 年度実績・自己評価 is due 2025-06-30; nobody has submitted it in the sample data.
        assertThat(deadlines.check(LocalDate.of(2025, 6, 22)))
                .as("eight days before: not near yet")
                .isZero();
        assertThat(deadlines.check(LocalDate.of(2025, 6, 26))).isPositive();
        assertThat(titles("tochigi")).containsExactly("栃木支部の令和6年度 年度実績・自己評価の提出期限（2025年6月30日）まであと4日です");
        assertThat(titles("saitama")).containsExactly("埼玉支部の令和6年度 年度実績・自己評価の提出期限（2025年6月30日）まであと4日です");
        assertThat(deadlines.check(LocalDate.of(2025, 6, 27)))
                .as("near once only")
                .isZero();

        assertThat(deadlines.check(LocalDate.of(2025, 7, 1))).isPositive();
        assertThat(titles("tochigi-shibucho"))
                .containsExactly(
                        "栃木支部の令和6年度 年度実績・自己評価の提出期限（2025年6月30日）を過ぎました（入力中）",
                        "栃木支部の令和6年度 年度実績・自己評価の提出期限（2025年6月30日）まであと4日です");
        assertThat(deadlines.check(LocalDate.of(2025, 7, 2)))
                .as("passed once only")
                .isZero();
        assertThat(titles("honbu")).as("deadlines are the branches'").isEmpty();
        assertThat(DemoUsers.page(mvc, "/notifications", "tochigi"))
                .contains("期限超過", "期限間近", "action=\"/notifications/");
    }

    @Test
    void anImportBySomeoneElseIntoMyBranchIsANoticeButMyOwnImportIsNot() throws Exception {
        NoticeFixtures.importIntoTochigi(mvc, "honbu-tanto", "8.4%");
        assertThat(titles("tochigi")).containsExactly("本部 企画部 担当（デモ）さんが栃木支部のデータを取り込みました");
        assertThat(latest("detail", "tochigi", "IMPORTED")).isEqualTo("ファイル：tochigi.csv");
        assertThat(latest("link", "tochigi", "IMPORTED"))
                .startsWith("/audit?branch=09&user=honbu-tanto&source=IMPORT&from=");
        assertThat(titles("honbu-tanto")).as("the importer").isEmpty();
        assertThat(titles("saitama")).as("another branch's import").isEmpty();

        NoticeFixtures.importIntoTochigi(mvc, "tochigi", "8.3%");
        assertThat(titles("tochigi")).as("my own import").hasSize(1);
        assertThat(titles("tochigi-shibucho"))
                .containsExactly("栃木支部 企画総務グループ（デモ）さんが栃木支部のデータを取り込みました", "本部 企画部 担当（デモ）さんが栃木支部のデータを取り込みました");
    }

    @Test
    void theBellCountsUnreadNoticesOpeningOneMarksItReadAndAllCanBeMarkedRead() throws Exception {
        assertThat(DemoUsers.page(mvc, "/dashboard", "tochigi"))
                .contains("id=\"notice-bell\"", "href=\"/notifications\"")
                .doesNotContain("id=\"notice-count\"");
        deadlines.check(LocalDate.of(2025, 6, 26));
        assertThat(bell("tochigi")).isEqualTo("1");
        deadlines.check(LocalDate.of(2025, 7, 1));
        assertThat(bell("tochigi")).as("the kept dashboard counts again").isEqualTo("2");

        long id = jdbc.sql("SELECT MAX(id) FROM notice WHERE username = 'tochigi'")
                .query(Long.class)
                .single();
        mvc.perform(get("/notifications/" + id).with(DemoUsers.as("tochigi")).accept(MediaType.TEXT_HTML));
        assertThat(bell("tochigi"))
                .as("a GET (a link fetched ahead) marks nothing")
                .isEqualTo("2");
        DemoUsers.send(mvc, post("/notifications/" + id), "tochigi")
                .andExpect(redirectedUrl("/submissions?branch=09&year=2024"));
        assertThat(bell("tochigi")).isEqualTo("1");
        String list = DemoUsers.page(mvc, "/notifications", "tochigi");
        assertThat(list).contains("<li class=\"read\" id=\"notice-" + id + "\"").contains("id=\"read-all\"");

        mvc.perform(post("/notifications/read-all").with(DemoUsers.as("tochigi")))
                .andExpect(status().isForbidden());
        assertThat(bell("tochigi")).as("no CSRF token, nothing marked").isEqualTo("1");
        DemoUsers.send(mvc, post("/notifications/read-all"), "tochigi").andExpect(redirectedUrl("/notifications"));
        assertThat(bell("tochigi")).isNull();
        assertThat(bell("tochigi-shibucho")).as("each user reads their own").isEqualTo("2");
    }

    @Test
    void oneBranchsNoticesAreNotShownToAnother() throws Exception {
        deadlines.check(LocalDate.of(2025, 6, 26));
        long tochigis = jdbc.sql("SELECT MAX(id) FROM notice WHERE username = 'tochigi'")
                .query(Long.class)
                .single();

        String saitamas = mvc.perform(get("/notifications").with(as(SAITAMA)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(saitamas).contains("埼玉支部の令和6年度").doesNotContain("栃木支部の");
        mvc.perform(post("/notifications/" + tochigis).with(as(SAITAMA)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(unread("tochigi")).as("another's open leaves mine unread").isEqualTo(1);
    }

    @Test
    void theUserSetsTheirAddressAndDigestAndTheChangeIsLogged() throws Exception {
        String refused = DemoUsers.submit(
                mvc,
                post("/notifications/settings").param("email", "tochigi@").param("digest", "false"),
                "tochigi",
                status().isOk());
        assertThat(refused).contains("メールアドレス：「tochigi@」はメールアドレスとして読み取れません");
        assertThat(email("tochigi")).isNull();

        DemoUsers.send(
                        mvc,
                        post("/notifications/settings")
                                .param("email", " tochigi@kenpo.example.jp ")
                                .param("digest", "true"),
                        "tochigi")
                .andExpect(redirectedUrl("/notifications/settings"));
        assertThat(email("tochigi")).isEqualTo("tochigi@kenpo.example.jp");
        assertThat(DemoUsers.page(mvc, "/notifications/settings", "tochigi"))
                .contains("value=\"tochigi@kenpo.example.jp\"", "id=\"digest-true\" checked");
        List<ChangeLog.Change> logged = changeLog.history(NoticeSettings.TABLE, "tochigi");
        assertThat(logged).last().satisfies(c -> {
            assertThat(c.changedBy()).isEqualTo("tochigi");
            assertThat(c.after())
                    .containsEntry("email", "tochigi@kenpo.example.jp")
                    .containsEntry("email_digest", "1日1回まとめて");
            assertThat(c.before()).containsEntry("email", "").containsEntry("email_digest", "即時");
        });
        assertThat(DemoUsers.page(mvc, "/audit?user=tochigi", "honbu")).contains("アカウント", "tochigi@kenpo.example.jp");
    }

    private static RequestPostProcessor as(UserAccount account) {
        return user(new SignedInUser(account, "unused", true));
    }

    /** The user's notices' titles, newest first. */
    private List<String> titles(String username) {
        return jdbc.sql("SELECT title FROM notice WHERE username = ? ORDER BY id DESC")
                .params(username)
                .query(String.class)
                .list();
    }

    /** A column (detail, link) of the user's newest notice of the kind. */
    private String latest(String column, String username, String kind) {
        return jdbc.sql("SELECT " + column + " FROM notice WHERE username = ? AND kind = ? ORDER BY id DESC")
                .params(username, kind)
                .query(String.class)
                .list()
                .get(0);
    }

    private int unread(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM notice WHERE username = ? AND read_at IS NULL")
                .params(username)
                .query(Integer.class)
                .single();
    }

    private String email(String username) {
        return jdbc.sql("SELECT email FROM app_user WHERE username = ?")
                .params(username)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
                .single()
                .orElse(null);
    }

    private static final Pattern COUNT = Pattern.compile("id=\"notice-count\">(\\d+)<");

    /** The count the bell shows on the user's dashboard (a page kept whole), or null when it shows none. */
    private String bell(String username) throws Exception {
        Matcher count = COUNT.matcher(DemoUsers.page(mvc, "/dashboard", username));
        return count.find() ? count.group(1) : null;
    }
}
