package jp.kenpokpi.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kenpokpi.app.SampleDataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 11's scenario in a real browser: headquarters' administrator creates a 支部担当者 for 埼玉支部; the new user
 * signs in with the initial password, is made to change it, enters a result for 埼玉 and is refused for 栃木; the
 * audit log shows each step with its source and exports it; undoing the change restores the old value and is itself
 * in the log.
 */
@SampleDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdministrationBrowserIT {

    private static final String KPI = "EMPLOYER_CHECKUP_DATA_RATE";
    private static final String NEW_PASSWORD = "musashino-no-sora-2026";

    @LocalServerPort
    int port;

    @Test
    void aNewBranchEditorIsCreatedSignsInChangesThePasswordAndWorksOnlyForTheirBranch() {
        String initial;
        String before;
        try (Browser b = new Browser(port).width(1440).signInAs("honbu")) {
            b.find(By.cssSelector("nav a[data-nav=admin]")).click();
            b.waitFor(By.id("new-account")).click();
            b.waitFor(By.id("account-form"));
            b.type(By.id("username"), "saitama-tanto").type(By.id("displayName"), "埼玉支部 企画総務グループ 担当");
            new Select(b.find(By.id("role"))).selectByVisibleText("支部担当者");
            new Select(b.find(By.id("branch"))).selectByValue("11");
            b.type(By.id("group"), "企画総務グループ");
            b.screenshot("admin-user-new-1440");
            b.find(By.id("create-account")).click();
            initial = b.waitFor(By.id("initial-password")).getText();
            assertThat(initial).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
            b.screenshot("admin-user-created-1440");

            b.open("/admin/users?branch=11");
            assertThat(b.find(By.cssSelector("#accounts tr[data-username=saitama-tanto] .state"))
                            .getText())
                    .isEqualTo("有効（初回のパスワード変更待ち）");
            b.screenshot("admin-users-1440");
            b.find(By.id("logout")).click();
        }

        try (Browser b = new Browser(port).width(1440).signIn("saitama-tanto", initial)) {
            assertThat(b.waitFor(By.id("first-change")).getText()).contains("初期パスワードでログインしました");
            b.open("/dashboard");
            assertThat(b.driver().getCurrentUrl()).contains("/account/password");

            b.type(By.id("current"), initial)
                    .type(By.id("password"), "saitama1234")
                    .type(By.id("confirmation"), "saitama1234");
            b.find(By.id("change")).click();
            assertThat(b.waitFor(By.id("password-error")).getText()).isEqualTo("パスワードは12文字以上にしてください（入力は11文字）");
            b.screenshot("account-password-refused-1440");
            b.type(By.id("current"), initial)
                    .type(By.id("password"), NEW_PASSWORD)
                    .type(By.id("confirmation"), NEW_PASSWORD);
            b.find(By.id("change")).click();
            assertThat(b.waitFor(By.id("flash-message")).getText()).isEqualTo("パスワードを変更しました");
            assertThat(b.find(By.id("account-role")).getText()).isEqualTo("支部担当者");
            b.screenshot("account-1440");

            b.open("/entry/" + KPI + "?branch=11&year=2025");
            before = b.find(By.id("actual")).getAttribute("value");
            b.type(By.id("actual"), "12.5%").type(By.id("numerator"), "").type(By.id("denominator"), "");
            b.type(By.id("narrative"), "事業所訪問で提供を依頼した。");
            b.find(By.id("save")).click();
            assertThat(b.waitFor(By.id("flash-message")).getText()).contains("「事業者健診データ取得率」の令和7年度実績を保存しました（12.5%");

            b.open("/entry/" + KPI + "?branch=09&year=2025");
            assertThat(b.pageSource()).contains("自支部以外のデータは変更できません（栃木支部）");
            b.screenshot("entry-refused-other-branch-1440");
        }

        try (Browser b = new Browser(port).width(1440).signInAs("honbu")) {
            b.open("/audit?user=saitama-tanto");
            String mine = b.find(By.tagName("main")).getText();
            assertThat(mine).contains("埼玉支部 2025年度 " + KPI, "12.5%", "画面", "アカウント", "初期パスワードから変更");
            b.open("/audit?q=saitama-tanto&user=honbu");
            assertThat(b.find(By.tagName("main")).getText()).contains("アカウント", "支部担当者", "埼玉支部（11）");
            b.screenshot("audit-new-user-1440");
            assertThat(b.status("GET", "/audit.csv?user=saitama-tanto")).isEqualTo(200);
            assertThat(b.status("GET", "/audit.xlsx?user=saitama-tanto")).isEqualTo(200);

            // Undo of the new user's change restores the old value, and the undo is itself in the log.
            b.open("/audit?user=saitama-tanto&kpi=" + KPI);
            WebElement change = b.waitFor(By.cssSelector("tr.audit-entry"));
            assertThat(change.getText()).contains("12.5%");
            change.findElement(By.cssSelector("a.undo-link")).click();
            b.waitFor(By.id("undo-steps"));
            b.screenshot("admin-scenario-undo-confirm-1440");
            b.find(By.id("undo-confirm")).click();
            assertThat(b.waitFor(By.id("flash-message")).getText()).contains("を取り消しました");
            WebElement undo = b.find(By.cssSelector("tr.audit-entry"));
            assertThat(undo.getText()).contains("埼玉支部 2025年度 " + KPI, "取消 変更#");
            b.screenshot("admin-scenario-undone-1440");
            b.open("/entry/" + KPI + "?branch=11&year=2025");
            assertThat(b.find(By.id("actual")).getAttribute("value")).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {768, 1440})
    void theAccountPagesFitTheWindow(int width) {
        try (Browser b = new Browser(port).width(width).signInAs("honbu")) {
            for (String page : new String[] {
                "/admin/users", "/admin/users/tochigi", "/admin/users/new", "/admin/users/import", "/account"
            }) {
                b.open(page);
                assertThat(b.find(By.tagName("h1")).getText()).isNotBlank();
                assertThat(((Number) b.script("return document.documentElement.scrollWidth;")).intValue())
                        .as(page + " never scrolls sideways at " + width)
                        .isLessThanOrEqualTo(width);
                b.screenshot("admin-" + width + page.replace('/', '-'));
            }
        }
    }

    @Test
    void aLockedOutAccountIsUnlockedByHeadquarters() {
        try (Browser b = new Browser(port).width(1440)) {
            for (int i = 0; i < 5; i++) b.signIn("tochigi-shibucho", "not-the-password-" + i);
            assertThat(b.waitFor(By.id("login-locked")).getText()).contains("一時的にロックされています");
            b.screenshot("login-locked-1440");
            b.signInAs("honbu");
            b.open("/admin/users/tochigi-shibucho");
            assertThat(b.find(By.id("account-state")).getText()).startsWith("ロック中（");
            b.find(By.id("unlock")).click();
            assertThat(b.waitFor(By.id("flash-message")).getText()).isEqualTo("ロックを解除しました");
            assertThat(b.find(By.id("account-state")).getText()).isEqualTo("有効");
            b.screenshot("admin-user-unlocked-1440");
        }
    }
}
