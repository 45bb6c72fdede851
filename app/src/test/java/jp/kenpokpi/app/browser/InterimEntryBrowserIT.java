package jp.kenpokpi.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kenpokpi.app.SampleDataTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 10: a branch enters a month-end value (中間実績) from the interim page, lands back on it with the value,
 * and sees R5 change. At 1440 px (a laptop) and 768 px (a tablet), each on its own KPI.
 */
@SampleDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InterimEntryBrowserIT {

    @LocalServerPort
    int port;

    /** The R5 cell of a KPI's latest value, found by the KPI's name. */
    private static String r5Latest(Browser b, String name) {
        return b.find(By.xpath(
                        "//tr[td[@data-column='kpi' and normalize-space(.)='" + name + "']]/td[@data-column='latest']"))
                .getText();
    }

    @ParameterizedTest(name = "{0} px")
    @CsvSource({
        "1440, DEPENDENT_CHECKUP_RATE, 被扶養者の特定健診実施率, 5432, 10000, 54.3%",
        "768, EMPLOYER_CHECKUP_DATA_RATE, 事業者健診データ取得率, 1234, 10000, 12.3%",
    })
    void aBranchEntersAMonthEndValueAndSeesR5Change(
            int width, String kpi, String name, String numerator, String denominator, String shown) {
        try (Browser b = new Browser(port).width(width).signInAs("tochigi")) {
            b.open("/reports/interim?branch=09&asOf=2025-09");
            String before = r5Latest(b, name);
            assertThat(before).isNotEqualTo(shown);

            b.open("/interim?branch=09&asOf=2025-09");
            b.find(By.cssSelector("#interim-table tr[data-kpi=" + kpi + "] a.edit-link"))
                    .click();
            b.waitFor(By.id("entry-form"));
            assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("中間実績入力: " + name);
            assertThat(b.find(By.cssSelector("#entry-as-of option:checked")).getText())
                    .isEqualTo("令和7年9月末時点");
            assertThat(((Number) b.script("return document.documentElement.scrollWidth;")).intValue())
                    .as("the form at " + width + " px does not scroll sideways")
                    .isLessThanOrEqualTo(width);
            b.type(By.id("actual"), "")
                    .type(By.id("numerator"), numerator)
                    .type(By.id("denominator"), denominator)
                    .type(By.id("note"), "9月末 支部集計");
            b.screenshot("interim-entry-form-" + width);
            b.find(By.id("save")).click();

            assertThat(b.waitFor(By.id("flash-message")).getText())
                    .isEqualTo("「" + name + "」の令和7年9月末時点の実績を保存しました（" + shown + "）");
            assertThat(b.driver().getCurrentUrl()).contains("/interim?branch=09&asOf=2025-09");
            String latest = b.find(By.cssSelector("#interim-table tr[data-kpi=" + kpi + "] td.latest"))
                    .getText();
            assertThat(latest).startsWith(shown).doesNotContain("架空");
            b.screenshot("interim-entry-saved-" + width);

            b.open("/reports/interim?branch=09&asOf=2025-09");
            assertThat(r5Latest(b, name)).isEqualTo(shown);
            b.screenshot("interim-entry-r5-" + width);
        }
    }
}
