package jp.kenpokpi.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kenpokpi.app.SampleDataTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Two people, two browsers, one result: the later save does not overwrite the earlier one unseen. */
@SampleDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConflictBrowserIT {

    private static final String KPI = "LIFESTYLE_CHECKUP_RATE";
    private static final String ENTRY = "/entry/" + KPI + "?branch=09&year=2023";

    @LocalServerPort
    int port;

    /** Types a new result (above the 71.7% target: no narrative needed) and presses 保存. */
    private static void save(Browser b, String actual) {
        // Only the result changes: the stored numerator and denominator would contradict a new value.
        b.type(By.id("actual"), actual).type(By.id("numerator"), "").type(By.id("denominator"), "");
        b.find(By.id("save")).click();
    }

    @Test
    void theSecondOfTwoEditorsSavingTheSameFormSeesTheConflictAndTheFirstValueStays() {
        try (Browser tochigi = new Browser(port);
                Browser honbu = new Browser(port)) {
            tochigi.signInAs("tochigi").open(ENTRY).waitFor(By.id("entry-form"));
            honbu.signInAs("honbu").open(ENTRY).waitFor(By.id("entry-form"));
            assertThat(tochigi.find(By.id("version")).getAttribute("value"))
                    .isEqualTo(honbu.find(By.id("version")).getAttribute("value"));

            save(tochigi, "72.4%");
            assertThat(tochigi.waitFor(By.id("flash-message")).getText()).contains("72.4%");

            save(honbu, "72.6%");
            assertThat(honbu.waitFor(By.id("conflict-message")).getText()).contains("他の人が先に更新しました。現在の値を確認してください");
            assertThat(honbu.find(By.id("current-value")).getText()).isEqualTo("72.4%");
            assertThat(honbu.find(By.id("current-changed-by")).getText()).contains("栃木支部 企画総務グループ（デモ）");
            assertThat(honbu.find(By.id("actual")).getAttribute("value"))
                    .as("honbu's input stays")
                    .isEqualTo("72.6%");
            honbu.screenshot("conflict-second-save");

            assertThat(DashboardRow.read(honbu, "09", 2023, KPI).actual()).isEqualTo("72.4%");
            assertThat(DashboardRow.read(tochigi, "09", 2023, KPI).actual()).isEqualTo("72.4%");
        }
    }
}
