package jp.kenpokpi.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.kenpokpi.app.SampleDataTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a signed-in browser may not do, tried the way a curious or careless user could: another branch's entry form,
 * a form forged in the page, a form without its CSRF token, a viewer looking for edit controls.
 */
@SampleDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessBrowserIT {

    private static final String KPI = "LIFESTYLE_CHECKUP_RATE";
    private static final String TOKYO_ENTRY = "/entry/" + KPI + "?branch=13&year=2023";

    /** Builds a form in the page from the given fields and submits it, as a page's own form would be. */
    private static final String SUBMIT_FORM = """
            var form = document.createElement('form');
            form.method = 'post';
            form.action = arguments[0];
            var fields = arguments[1];
            Object.keys(fields).forEach(function (name) {
              var input = document.createElement('input');
              input.type = 'hidden';
              input.name = name;
              input.value = fields[name];
              form.appendChild(input);
            });
            document.body.appendChild(form);
            form.submit();
            """;

    @LocalServerPort
    int port;

    private static Map<String, String> entry(String actual) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("actual", actual);
        fields.put("narrative", "フォームを偽造して送信");
        fields.put("version", "0"); // the sample data's version: without the access check the forgery would be saved
        return fields;
    }

    private static void submit(Browser b, String path, Map<String, String> fields) {
        b.script(SUBMIT_FORM, path, fields);
    }

    @Test
    void theTochigiEditorOpeningTokyosEntryFormGetsTheJapanese403Page() {
        try (Browser b = new Browser(port)) {
            b.signInAs("tochigi").open(TOKYO_ENTRY);
            assertThat(b.waitFor(By.tagName("h1")).getText()).isEqualTo("この操作はできません");
            assertThat(b.find(By.id("forbidden-message")).getText()).isEqualTo("自支部以外のデータは変更できません（東京支部）");
            assertThat(b.findAll(By.id("entry-form"))).isEmpty();
            assertThat(b.status("GET", TOKYO_ENTRY)).isEqualTo(403);
            b.screenshot("access-forbidden-entry");
        }
    }

    @Test
    void aForgedPostForTokyoWithAValidCsrfTokenIsRefusedAndTokyosValueStays() {
        try (Browser b = new Browser(port)) {
            b.signInAs("tochigi");
            DashboardRow before = DashboardRow.read(b, "13", 2023, KPI);
            assertThat(before.actual()).isNotEqualTo("99.9%");

            Map<String, String> fields = entry("99.9%");
            fields.put("_csrf", b.find(By.cssSelector("meta[name=_csrf]")).getAttribute("content"));
            submit(b, TOKYO_ENTRY, fields);

            assertThat(b.waitFor(By.id("forbidden-message")).getText()).isEqualTo("自支部以外のデータは変更できません（東京支部）");
            assertThat(DashboardRow.read(b, "13", 2023, KPI)).isEqualTo(before);
        }
    }

    @Test
    void aPostWithoutCsrfTokenIsRefusedEvenForTheEditorsOwnBranch() {
        try (Browser b = new Browser(port)) {
            b.signInAs("tochigi");
            DashboardRow before = DashboardRow.read(b, "09", 2023, KPI);
            assertThat(before.actual()).isEqualTo("72.2%");

            String tochigiEntry = "/entry/" + KPI + "?branch=09&year=2023";
            assertThat(b.status("POST", tochigiEntry)).isEqualTo(403);
            submit(b, tochigiEntry, entry("99.9%"));

            assertThat(b.waitFor(By.tagName("h1")).getText()).isEqualTo("ページを表示できません");
            assertThat(b.find(By.tagName("main")).getText()).contains("この操作を行う権限がないか");
            b.screenshot("access-no-csrf-token");
            assertThat(DashboardRow.read(b, "09", 2023, KPI)).isEqualTo(before);
        }
    }

    @Test
    void aViewerSeesNoEditControlsOnAnyPageAndIsRefusedTheImportPage() {
        try (Browser b = new Browser(port)) {
            b.signInAs("etsuran");
            for (String page : new String[] {
                "/dashboard?branch=09&year=2023",
                "/kpi/" + KPI + "?branch=09&year=2023",
                "/budget?branch=09&year=2023",
                "/comparison?year=2023&block=KANTO",
                "/interim?branch=09"
            }) {
                b.open(page);
                b.waitFor(By.tagName("main"));
                assertThat(b.find(By.cssSelector("header .who")).getText())
                        .as(page)
                        .isEqualTo("閲覧者（デモ）");
                assertThat(b.findAll(By.cssSelector("a.edit-link, a[href*='/entry/'], #lock-year, #unlock-year, "
                                + "nav a[data-nav=import], a[href^='/import'], input[type=file]")))
                        .as(page)
                        .isEmpty();
                // The only form that posts is the sign-out button's.
                assertThat(b.findAll(By.cssSelector("form[method=post]")))
                        .extracting(f -> f.getAttribute("action"))
                        .as(page)
                        .allMatch(a -> a.endsWith("/logout"));
            }
            b.open("/import");
            assertThat(b.waitFor(By.id("forbidden-message")).getText()).isEqualTo("閲覧者はデータを取り込めません");
            assertThat(b.status("GET", "/import")).isEqualTo(403);
        }
    }
}
