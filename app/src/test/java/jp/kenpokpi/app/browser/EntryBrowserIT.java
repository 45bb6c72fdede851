package jp.kenpokpi.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.kenpokpi.app.SampleDataTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A branch editor enters a year-end result on the web form, from the dashboard and back to it. */
@SampleDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EntryBrowserIT {

    private static final String KPI = "EMPLOYER_CHECKUP_DATA_RATE";

    @LocalServerPort
    int port;

    @Test
    void aResultBelowTargetNeedsTheNarrativeThenIsSavedAndTheDashboardShowsItsNewMarkAndTheHistoryWhoChangedIt() {
        try (Browser b = new Browser(port)) {
            b.signInAs("tochigi");
            DashboardRow before = DashboardRow.onPage(b, KPI);
            assertThat(before).isEqualTo(new DashboardRow("8.9%", "◎"));
            int exceeded = DashboardRow.count(b, "EXCEEDED");

            b.find(By.cssSelector("#summary-table tr[data-kpi=" + KPI + "] a.edit-link"))
                    .click();
            b.waitFor(By.id("entry-form"));
            assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("実績入力: 事業者健診データ取得率");
            assertThat(b.find(By.cssSelector("#stored-actual")).getText()).startsWith("8.9%");
            // The stored numerator and denominator (20,243 / 226,946) would contradict 8.0%: the editor clears them.
            b.type(By.id("actual"), "8.0%")
                    .type(By.id("numerator"), "")
                    .type(By.id("denominator"), "")
                    .type(By.id("narrative"), "");
            b.find(By.id("save")).click();

            WebElement error = b.waitFor(By.id("narrative-error"));
            assertThat(error.getText()).startsWith("目標を達成していないため、取組内容と達成できなかった理由を入力してください");
            assertThat(error.getAttribute("class")).contains("field-error");
            // Next to the field it is about: just below the narrative's textarea, in the same field block.
            WebElement narrative = b.find(By.id("narrative"));
            assertThat(error.getRect().getY())
                    .isGreaterThanOrEqualTo(
                            narrative.getRect().getY() + narrative.getRect().getHeight());
            assertThat(error.getRect().getY()
                            - (narrative.getRect().getY() + narrative.getRect().getHeight()))
                    .isLessThan(40);
            assertThat(b.find(By.id("actual")).getAttribute("value"))
                    .as("what was typed stays")
                    .isEqualTo("8.0%");
            b.screenshot("entry-narrative-required");

            b.type(By.id("narrative"), "事業所への勧奨を続けたが、提供に同意した事業所が減ったため目標に届かなかった。");
            b.find(By.id("save")).click();

            assertThat(b.waitFor(By.id("flash-message")).getText())
                    .isEqualTo("「事業者健診データ取得率」の令和5年度実績を保存しました（8.0%、実施状況 △）");
            assertThat(b.driver().getCurrentUrl()).contains("/dashboard?branch=09&year=2023");
            assertThat(DashboardRow.onPage(b, KPI)).isEqualTo(new DashboardRow("8.0%", "△"));
            assertThat(DashboardRow.count(b, "EXCEEDED")).isEqualTo(exceeded - 1);
            b.screenshot("entry-saved-dashboard");

            b.find(By.cssSelector("#summary-table tr[data-kpi=" + KPI + "] a.edit-link"))
                    .click();
            List<WebElement> lines = b.waitFor(By.id("history")).findElements(By.cssSelector("tr.history-line"));
            WebElement last = lines.get(lines.size() - 1);
            assertThat(last.findElement(By.cssSelector(".who")).getText()).isEqualTo("栃木支部 企画総務グループ（デモ）");
            WebElement actual = last.findElement(By.cssSelector("li[data-field=actual]"));
            assertThat(actual.findElement(By.cssSelector(".before")).getText()).isEqualTo("8.9%");
            assertThat(actual.findElement(By.cssSelector(".after")).getText()).isEqualTo("8.0%");
            assertThat(last.getText()).contains("事業所への勧奨を続けたが");
            b.screenshot("entry-history");
        }
    }
}
