package jp.kenpokpi.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.plan.PlanFixture;
import jp.kenpokpi.app.plan.PlanImport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Tochigi editor reports what a measure achieved on its edit page, and the business plan shows it. */
@SampleDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    PlanImport importer;

    @Test
    void theTochigiEditorEntersAMeasuresDoneTextAndSelfEvaluationAndSeesThemOnThePlan() {
        importer.importFiles(PlanFixture.files(), "test", "import");
        try (Browser b = new Browser(port)) {
            b.signInAs("tochigi");
            b.find(By.cssSelector("nav a[data-nav=plan]")).click();
            b.waitFor(By.id("plan"));
            b.open("/plan?branch=09&year=2024");
            WebElement measure = b.waitFor(By.id("measure-CORE-2"));
            assertThat(measure.findElement(By.cssSelector(".done-text")).getText())
                    .isEqualTo("未入力");

            measure.findElement(By.cssSelector("a.edit-link")).click();
            b.waitFor(By.id("plan-edit-form"));
            assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("実施状況の入力: 2．サービス水準の向上");
            b.type(By.id("doneText"), "・標準期間（10日間）を遵守した。");
            new Select(b.find(By.id("selfEvaluation"))).selectByValue("A");
            b.find(By.id("save")).click();

            WebElement error = b.waitFor(By.id("selfEvaluationReason-error"));
            assertThat(error.getText()).isEqualTo("自己評価（A）の理由を入力してください");
            assertThat(b.find(By.id("doneText")).getAttribute("value"))
                    .as("what was typed stays")
                    .isEqualTo("・標準期間（10日間）を遵守した。");

            b.type(By.id("selfEvaluationReason"), "全件を標準期間内に支給した。");
            b.find(By.id("save")).click();

            assertThat(b.waitFor(By.id("flash-message")).getText()).isEqualTo("「サービス水準の向上」の実施状況を保存しました");
            WebElement shown = b.find(By.id("measure-CORE-2"));
            assertThat(shown.findElement(By.cssSelector(".done-text")).getText())
                    .isEqualTo("・標準期間（10日間）を遵守した。");
            assertThat(shown.findElement(By.cssSelector(".self-evaluation")).getAttribute("data-self-evaluation"))
                    .isEqualTo("A");
            assertThat(shown.findElement(By.cssSelector(".self-evaluation-reason"))
                            .getText())
                    .isEqualTo("全件を標準期間内に支給した。");
            b.screenshot("plan-saved");
        }
    }
}
