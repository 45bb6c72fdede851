package jp.kenpokpi.app.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.audit.ChangeSource;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.app.security.DemoAccounts;
import jp.kenpokpi.app.security.Role;
import jp.kenpokpi.app.security.SignedInUser;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

/**
 * Directory sign-in through the real sign-in form against a real LDAP server (TestDirectory: UnboundID in memory,
 * loaded from directory/kenpo-directory.ldif), configured as an Active Directory would be (TestDirectory.configure).
 */
@SampleDataTest
class DirectorySignInIT {

    private static final TestDirectory DIRECTORY = TestDirectory.start();
    private static final String REFUSED = "ユーザー名またはパスワードが違います。";

    @DynamicPropertySource
    static void directory(DynamicPropertyRegistry properties) {
        DIRECTORY.configure(properties);
    }

    @AfterAll
    static void stopDirectory() {
        DIRECTORY.close();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    KpiRecordRepository records;

    /** Signs in through the form; answers the session of a successful sign-in. */
    private MockHttpSession signIn(String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin().user(username).password(password))
                .andExpect(authenticated())
                .andExpect(redirectedUrl("/"))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private UserAccount signedInAs(String username, String password) throws Exception {
        MockHttpSession session = signIn(username, password);
        return ((SignedInUser) ((org.springframework.security.core.context.SecurityContext)
                                session.getAttribute("SPRING_SECURITY_CONTEXT"))
                        .getAuthentication()
                        .getPrincipal())
                .account();
    }

    /** A refused sign-in: the sign-in page it leads to, as the browser then shows it. */
    private String refusedSignIn(String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin().user(username).password(password))
                .andExpect(unauthenticated())
                .andReturn();
        // ?error, or ?disabled / ?locked for an account's state (security/SignInOutcomes); a session only where the
        // refusal has a reason of its own to show.
        String target = result.getResponse().getRedirectedUrl();
        assertThat(target).matches("/login\\?(error|disabled|locked)");
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        var request = get(target);
        if (session != null) request.session(session);
        String page = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return HtmlUtils.htmlUnescape(page);
    }

    private Map<String, Object> row(String username) {
        return jdbc.sql("SELECT * FROM app_user WHERE username = ?")
                .param(username)
                .query()
                .singleRow();
    }

    @Test
    void eachDirectoryUserSignsInWithTheRoleAndBranchOfTheirGroups() throws Exception {
        assertThat(signedInAs("hq-kanri", TestDirectory.PASSWORD))
                .isEqualTo(new UserAccount("hq-kanri", "本部 システム管理課 山田 太郎", Role.HQ_ADMIN, Optional.empty()));
        assertThat(signedInAs("hq-tanto", TestDirectory.PASSWORD))
                .isEqualTo(new UserAccount("hq-tanto", "本部 企画部 佐藤 花子", Role.HQ_STAFF, Optional.empty()));
        assertThat(signedInAs("saitama-tanto", TestDirectory.PASSWORD))
                .isEqualTo(new UserAccount(
                        "saitama-tanto", "埼玉支部 企画総務グループ 鈴木 一郎", Role.BRANCH_EDITOR, Optional.of(OrgCode.of("11"))));
        // In the manager, editor and viewer groups of Tochigi: the strongest role wins.
        assertThat(signedInAs("tochigi-kanri", TestDirectory.PASSWORD))
                .isEqualTo(new UserAccount(
                        "tochigi-kanri", "栃木支部 支部長 高橋 次郎", Role.BRANCH_MANAGER, Optional.of(OrgCode.of("09"))));
        assertThat(signedInAs("kansa", TestDirectory.PASSWORD))
                .isEqualTo(new UserAccount("kansa", "監査室 田中 三郎", Role.VIEWER, Optional.empty()));
        // Directories compare names ignoring case; the account is kept in lower case.
        assertThat(signedInAs("Hq-Tanto", TestDirectory.PASSWORD).username()).isEqualTo("hq-tanto");
    }

    @Test
    void theSaitamaDirectoryUserChangesSaitamasDataAndIsRefusedForTochigi() throws Exception {
        MockHttpSession saitama = signIn("saitama-tanto", TestDirectory.PASSWORD);
        int saitamaVersion = records.findResult(
                        OrgCode.of("11"), FiscalYear.of(2023), Optional.empty(), "LIFESTYLE_CHECKUP_RATE", 2021)
                .orElseThrow()
                .version();

        mvc.perform(entry("11", saitamaVersion).session(saitama).with(csrf())).andExpect(status().is3xxRedirection());
        String refused = mvc.perform(entry("09", 0).session(saitama).with(csrf()))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(records.findResult(
                                OrgCode.of("11"), FiscalYear.of(2023), Optional.empty(), "LIFESTYLE_CHECKUP_RATE", 2021)
                        .orElseThrow()
                        .value()
                        .actualText())
                .contains("99.0%");
        assertThat(refused).contains("自支部以外のデータは変更できません（栃木支部）");
        ChangeLog.Change saved =
                changeLog.list(jp.kenpokpi.app.audit.ChangeFilter.all().by("saitama-tanto"), 10).stream()
                        .filter(c -> c.table().equals("kpi_result"))
                        .findFirst()
                        .orElseThrow();
        assertThat(saved.rowKey()).startsWith("11/2023/");
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder entry(
            String branch, int version) {
        return post("/entry/LIFESTYLE_CHECKUP_RATE")
                .param("branch", branch)
                .param("year", "2023")
                .param("actual", "99.0%")
                .param("numerator", "")
                .param("denominator", "")
                .param("note", "ディレクトリの利用者による入力")
                .param("selfEvaluation", "")
                .param("selfEvaluationReason", "")
                .param("narrative", "")
                .param("version", Integer.toString(version))
                .accept(MediaType.TEXT_HTML);
    }

    @Test
    void aWrongPasswordOrAnUnknownNameIsRefused() throws Exception {
        assertThat(refusedSignIn("saitama-tanto", "wrong-password")).contains(REFUSED);
        assertThat(refusedSignIn("nobody-at-all", TestDirectory.PASSWORD)).contains(REFUSED);
    }

    @Test
    void aUserInNoMappedGroupIsRefusedWithTheReason() throws Exception {
        String page = refusedSignIn("soumu", TestDirectory.PASSWORD);

        assertThat(page)
                .contains("「soumu」はディレクトリで確認できましたが", "グループ", "に属していないため、ログインできません")
                .doesNotContain(REFUSED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = 'soumu'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theFirstSignInCreatesADirectoryAccountAndLogsItALaterOneWithNothingChangedLogsNothing() throws Exception {
        signIn("hq-tanto", TestDirectory.PASSWORD);
        int before = changeLog.count();
        signIn("hq-tanto", TestDirectory.PASSWORD);

        Map<String, Object> row = row("hq-tanto");
        assertThat(row.get("ACCOUNT_SOURCE")).isEqualTo("DIRECTORY");
        assertThat(row.get("DISPLAY_NAME")).isEqualTo("本部 企画部 佐藤 花子");
        assertThat(row.get("EMAIL")).isEqualTo("sato.hanako@kenpo.example");
        assertThat(row.get("ROLE")).isEqualTo("HQ_STAFF");
        assertThat(row.get("BRANCH_CODE")).isNull();
        assertThat(row.get("MUST_CHANGE_PASSWORD")).isEqualTo(false);
        String hash = (String) row.get("PASSWORD_HASH");
        assertThat(hash).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches(TestDirectory.PASSWORD, hash)).isFalse();

        List<ChangeLog.Change> logged = changeLog.history("app_user", "hq-tanto");
        assertThat(logged).hasSize(1).allSatisfy(c -> {
            assertThat(c.action()).isEqualTo("INSERT");
            assertThat(c.changedBy()).isEqualTo("hq-tanto");
            assertThat(c.source().kind()).isEqualTo(ChangeSource.Kind.DIRECTORY);
            assertThat(c.after())
                    .containsEntry("role", "本部担当者")
                    .containsEntry("display_name", "本部 企画部 佐藤 花子")
                    .containsEntry("directory_groups", "kenpo-hq-staff");
        });
        assertThat(changeLog.count())
                .as("a second sign-in with nothing changed logs nothing")
                .isEqualTo(before);
    }

    @Test
    void aChangeOfGroupsInTheDirectoryChangesTheAccountAtTheNextSignInAndIsLogged() throws Exception {
        assertThat(signedInAs("kansa", TestDirectory.PASSWORD).role()).isEqualTo(Role.VIEWER);
        DIRECTORY.member("kansa", "kenpo-branch-11-editor", true);
        try {
            assertThat(signedInAs("kansa", TestDirectory.PASSWORD))
                    .isEqualTo(
                            new UserAccount("kansa", "監査室 田中 三郎", Role.BRANCH_EDITOR, Optional.of(OrgCode.of("11"))));
        } finally {
            DIRECTORY.member("kansa", "kenpo-branch-11-editor", false);
        }

        assertThat(row("kansa").get("BRANCH_CODE")).isEqualTo("11");
        ChangeLog.Change update = changeLog.history("app_user", "kansa").stream()
                .filter(c -> c.action().equals("UPDATE"))
                .findFirst()
                .orElseThrow();
        assertThat(update.source().kind()).isEqualTo(ChangeSource.Kind.DIRECTORY);
        assertThat(update.before()).containsEntry("role", "閲覧者").containsEntry("branch_code", "");
        assertThat(update.after())
                .containsEntry("role", "支部担当者")
                .containsEntry("branch_code", "埼玉支部（11）")
                .containsEntry("directory_groups", "kenpo-branch-11-editor");
        // Headquarters reads it in the audit log, with its source.
        String audit = HtmlUtils.htmlUnescape(DemoUsers.page(mvc, "/audit?user=kansa", "honbu"));
        assertThat(audit).contains("アカウント", "ディレクトリ", "支部担当者");
    }

    @Test
    void aDisabledOrLockedAccountIsRefusedThoughTheDirectoryKnowsThePassword() throws Exception {
        signIn("hq-kanri", TestDirectory.PASSWORD);
        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE username = 'hq-kanri'")
                .update();
        try {
            assertThat(refusedSignIn("hq-kanri", TestDirectory.PASSWORD)).contains("このアカウントは無効になっています");
        } finally {
            jdbc.sql("UPDATE app_user SET enabled = TRUE WHERE username = 'hq-kanri'")
                    .update();
        }
        jdbc.sql("UPDATE app_user SET locked_until = ? WHERE username = 'hq-kanri'")
                .param(java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(600)))
                .update();
        try {
            assertThat(refusedSignIn("hq-kanri", TestDirectory.PASSWORD)).contains("このアカウントは一時的にロックされています");
        } finally {
            jdbc.sql("UPDATE app_user SET locked_until = NULL WHERE username = 'hq-kanri'")
                    .update();
        }
        signIn("hq-kanri", TestDirectory.PASSWORD);
    }

    @Test
    void whileTheDirectoryIsDownItsUsersAreToldSoAndTheLocalAdministratorSignsIn() throws Exception {
        DIRECTORY.stop();
        try {
            assertThat(refusedSignIn("saitama-tanto", TestDirectory.PASSWORD))
                    .contains("ディレクトリサーバー（組織の認証サーバー）に接続できないため、ログインできません");
            assertThat(signedInAs("honbu", DemoAccounts.PASSWORD).role()).isEqualTo(Role.HQ_ADMIN);
        } finally {
            DIRECTORY.startAgain();
        }
        signIn("saitama-tanto", TestDirectory.PASSWORD);
    }

    @Test
    void aLocalAccountStillSignsInAndItsNameIsNeverSentToTheDirectory() throws Exception {
        assertThat(signedInAs("honbu", DemoAccounts.PASSWORD).role()).isEqualTo(Role.HQ_ADMIN);
        // The directory has an "etsuran" among its administrators: the local viewer keeps the name.
        assertThat(refusedSignIn("etsuran", TestDirectory.PASSWORD)).contains(REFUSED);
        assertThat(signedInAs("etsuran", DemoAccounts.PASSWORD).role()).isEqualTo(Role.VIEWER);
        assertThat(row("etsuran").get("ACCOUNT_SOURCE")).isEqualTo("LOCAL");
    }
}
