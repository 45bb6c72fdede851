package jp.kenpokpi.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.PageHtml;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.security.UserAccountRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Accounts through the web, signing in through the real form login: headquarters creates an account, its user signs
 * in with the initial password and must change it first; the password policy; lock-out after repeated failures and
 * headquarters' unlock; a disabled account; who may administer accounts; every change in the change log.
 */
@SampleDataTest
class AccountsIT {

    private static final String GOOD_PASSWORD = "musashino-no-sora-2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    JdbcClient jdbc;

    private static MockHttpServletRequestBuilder newSaitamaEditor(String username) {
        return post("/admin/users")
                .param("username", username)
                .param("displayName", "埼玉支部 企画総務グループ 担当")
                .param("role", "BRANCH_EDITOR")
                .param("branch", "11")
                .param("group", "企画総務グループ")
                .param("email", "saitama@example.jp")
                .param("initialPassword", "");
    }

    /** Creates the account as honbu: its initial password, read from the page that shows it once. */
    private String create(String username) throws Exception {
        String page = DemoUsers.submit(mvc, newSaitamaEditor(username), "honbu", status().isOk());
        assertThat(page).contains("アカウントを作成しました", username);
        return PageHtml.group(page, "id=\"initial-password\">([^<]+)<", "the initial password");
    }

    private MvcResult signIn(String username, String password) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(password))
                .andReturn();
    }

    private static MockHttpSession session(MvcResult result) {
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    @Test
    void aNewAccountSignsInWithItsInitialPasswordAndMustChangeItFirst() throws Exception {
        String initial = create("saitama-tanto");
        assertThat(initial).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
        assertThat(accounts.find("saitama-tanto").orElseThrow().passwordHash()).doesNotContain(initial);

        MvcResult signedIn = signIn("saitama-tanto", initial);
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/account/password?first");
        MockHttpSession session = session(signedIn);
        mvc.perform(get("/dashboard").session(session)).andExpect(redirectedUrl("/account/password?first"));

        String refused = mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("current", initial)
                        .param("password", "password1234")
                        .param("confirmation", "password1234"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("よく使われるパスワード（またはそれに数字や記号を足しただけのもの）は使えません", "初期パスワードでログインしました");
        mvc.perform(get("/dashboard").session(session)).andExpect(redirectedUrl("/account/password?first"));

        mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("current", initial)
                        .param("password", GOOD_PASSWORD)
                        .param("confirmation", GOOD_PASSWORD))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/dashboard").session(session)).andExpect(status().isOk());
        assertThat(signIn("saitama-tanto", initial).getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
        assertThat(signIn("saitama-tanto", GOOD_PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/");
    }

    @Test
    void theChangesToAnAccountAreInTheChangeLogWithoutThePassword() throws Exception {
        String initial = create("saitama-log");
        DemoUsers.send(mvc, post("/admin/users/saitama-log/enabled").param("enabled", "false"), "honbu")
                .andExpect(status().is3xxRedirection());

        var logged = jdbc.sql(
                        "SELECT action, changed_by, new_values FROM data_change WHERE table_name = 'app_user' AND row_key = ? ORDER BY id")
                .param("saitama-log")
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
                .list();
        assertThat(logged).hasSize(2);
        assertThat(logged.get(0)).startsWith("INSERT honbu").contains("支部担当者", "埼玉支部（11）", "saitama@example.jp");
        assertThat(logged.get(1)).startsWith("UPDATE honbu").contains("無効");
        assertThat(String.join("", logged)).doesNotContain(initial);

        String audit = DemoUsers.page(mvc, "/audit?q=saitama-log", "honbu");
        assertThat(PageHtml.find(audit, "<tr class=\"audit-entry\".*?</tr>", "the newest entry"))
                .contains("アカウント", "saitama-log", "有効", "無効");
    }

    @Test
    void theFormNamesEachFieldItCannotTakeAndSavesNothing() throws Exception {
        String page = DemoUsers.submit(
                mvc,
                post("/admin/users")
                        .param("username", "Saitama")
                        .param("displayName", "")
                        .param("role", "BRANCH_EDITOR")
                        .param("branch", "")
                        .param("email", "not-an-address")
                        .param("initialPassword", "short"),
                "honbu",
                status().isOk());
        assertThat(page)
                .contains("作成できませんでした")
                .contains("ログイン名は半角英小文字で始まる3〜50文字")
                .contains("氏名（表示名）を入力してください")
                .contains("支部担当者には支部（01〜47）を選んでください")
                .contains("メールアドレスの形ではありません");
        assertThat(accounts.find("Saitama")).isEmpty();

        String taken = DemoUsers.submit(mvc, newSaitamaEditor("tochigi"), "honbu", status().isOk());
        assertThat(taken).contains("ログイン名「tochigi」はすでに使われています");
        String weak = DemoUsers.submit(
                mvc,
                newSaitamaEditor("saitama-weak").param("initialPassword", "saitama-weak-1"),
                "honbu",
                status().isOk());
        assertThat(weak).contains("ログイン名を含むパスワードは使えません");
        assertThat(accounts.find("saitama-weak")).isEmpty();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilHeadquartersUnlocksIt() throws Exception {
        String initial = create("saitama-lock");
        for (int i = 1; i <= 4; i++) {
            assertThat(signIn("saitama-lock", "wrong-password-" + i)
                            .getResponse()
                            .getRedirectedUrl())
                    .isEqualTo("/login?error");
        }
        assertThat(signIn("saitama-lock", "wrong-password-5").getResponse().getRedirectedUrl())
                .isEqualTo("/login?locked");
        // Locked: even the right password is refused until the cool-down ends or headquarters unlocks.
        assertThat(signIn("saitama-lock", initial).getResponse().getRedirectedUrl())
                .isEqualTo("/login?locked");
        assertThat(DemoUsers.page(mvc, "/admin/users?q=saitama-lock", "honbu")).contains("ロック中（");

        String account = DemoUsers.page(mvc, "/admin/users/saitama-lock", "honbu");
        assertThat(PageHtml.every(account, "<td>(失敗（[^）]+）)</td>"))
                .containsExactly(
                        "失敗（ロック中）", "失敗（パスワードが違う）", "失敗（パスワードが違う）", "失敗（パスワードが違う）", "失敗（パスワードが違う）", "失敗（パスワードが違う）");
        assertThat(jdbc.sql(
                                "SELECT changed_by FROM data_change WHERE row_key = 'saitama-lock' AND source_kind = 'SIGN_IN'")
                        .query(String.class)
                        .list())
                .containsExactly("system");

        DemoUsers.send(mvc, post("/admin/users/saitama-lock/unlock"), "honbu").andExpect(status().is3xxRedirection());
        assertThat(signIn("saitama-lock", initial).getResponse().getRedirectedUrl())
                .isEqualTo("/account/password?first");
    }

    @Test
    void aDisabledAccountCannotSignInAndAnAdministratorCannotDisableThemself() throws Exception {
        String initial = create("saitama-off");
        DemoUsers.send(mvc, post("/admin/users/saitama-off/enabled").param("enabled", "false"), "honbu")
                .andExpect(status().is3xxRedirection());
        assertThat(signIn("saitama-off", initial).getResponse().getRedirectedUrl())
                .isEqualTo("/login?disabled");

        String refusal = DemoUsers.submit(
                mvc, post("/admin/users/honbu/enabled").param("enabled", "false"), "honbu", status().isForbidden());
        assertThat(refusal).contains("自分のアカウントは無効にできません");
        assertThat(accounts.find("honbu").orElseThrow().enabled()).isTrue();
    }

    @Test
    void onlyHeadquartersAdministratorsAdministerAccounts() throws Exception {
        for (String user : new String[] {"honbu-tanto", "tochigi", "tochigi-shibucho", "etsuran"}) {
            assertThat(DemoUsers.forbidden(mvc, "/admin/users", user)).contains("アカウントの管理は本部管理者だけができます");
            DemoUsers.send(mvc, newSaitamaEditor("by-" + user), user).andExpect(status().isForbidden());
            assertThat(accounts.find("by-" + user)).isEmpty();
        }
        assertThat(DemoUsers.page(mvc, "/dashboard", "honbu")).contains("アカウント管理");
        assertThat(DemoUsers.page(mvc, "/dashboard", "honbu-tanto")).doesNotContain("アカウント管理");
    }

    @Test
    void headquartersEditsAnAccountAndHandsOutANewInitialPassword() throws Exception {
        create("saitama-edit");
        DemoUsers.send(
                        mvc,
                        post("/admin/users/saitama-edit")
                                .param("displayName", "埼玉支部 支部長")
                                .param("role", "BRANCH_MANAGER")
                                .param("branch", "11")
                                .param("group", "")
                                .param("email", ""),
                        "honbu")
                .andExpect(redirectedUrl("/admin/users/saitama-edit"));
        var stored = accounts.find("saitama-edit").orElseThrow();
        assertThat(stored.account().role().nameJa()).isEqualTo("支部長・支部管理者");
        assertThat(stored.email()).isEmpty();

        String page = DemoUsers.submit(mvc, post("/admin/users/saitama-edit/password-reset"), "honbu", status().isOk());
        String reissued = PageHtml.group(page, "id=\"initial-password\">([^<]+)<", "the new initial password");
        assertThat(signIn("saitama-edit", reissued).getResponse().getRedirectedUrl())
                .isEqualTo("/account/password?first");
    }

    @Test
    void aUserChangesTheirOwnPasswordOnlyWithTheCurrentOne() throws Exception {
        String initial = create("saitama-self");
        MockHttpSession session = session(signIn("saitama-self", initial));
        String wrong = mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("current", "not-the-password")
                        .param("password", GOOD_PASSWORD)
                        .param("confirmation", GOOD_PASSWORD + "x"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(wrong).contains("いまのパスワードが違います", "確認のため同じパスワードをもう一度入力してください");

        mvc.perform(get("/account").session(session)).andExpect(redirectedUrl("/account/password?first"));
    }

    @Test
    void theSignInHistoryShowsWhenAndFromWhere() throws Exception {
        String initial = create("saitama-hist");
        signIn("saitama-hist", "wrong-password-x");
        MockHttpSession session = session(signIn("saitama-hist", initial));
        mvc.perform(post("/account/password")
                .session(session)
                .with(csrf())
                .param("current", initial)
                .param("password", GOOD_PASSWORD)
                .param("confirmation", GOOD_PASSWORD));
        String mine = mvc.perform(get("/account").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(PageHtml.every(mine, "<td>(成功|失敗（[^）]+）)</td>")).containsExactly("成功", "失敗（パスワードが違う）");
        assertThat(mine).contains("127.0.0.1");
    }

    @Test
    void aHashOfAnOlderFormIsRehashedInTheCurrentFormAtTheNextSignIn() throws Exception {
        create("saitama-old");
        jdbc.sql(
                        "UPDATE app_user SET password_hash = '{noop}an-old-plain-password', must_change_password = FALSE WHERE username = 'saitama-old'")
                .update();

        assertThat(signIn("saitama-old", "an-old-plain-password").getResponse().getRedirectedUrl())
                .isEqualTo("/");

        String hash = accounts.find("saitama-old").orElseThrow().passwordHash();
        assertThat(hash).startsWith("{bcrypt}$2a$10$").doesNotContain("an-old-plain-password");
        assertThat(signIn("saitama-old", "an-old-plain-password").getResponse().getRedirectedUrl())
                .isEqualTo("/");
        assertThat(jdbc.sql(
                                "SELECT new_values FROM data_change WHERE row_key = 'saitama-old' AND changed_by = 'system'")
                        .query(String.class)
                        .single())
                .contains("保存形式を更新（{bcrypt}）");
    }
}
