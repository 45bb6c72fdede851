package jp.kenpokpi.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kenpokpi.app.SampleDataTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A branch without a plan for a year makes it in the browser (issue 10): at a laptop's width Tochigi starts FY2024
 * from its FY2023 plan, at a tablet's it adds FY2022's first measure from scratch; each writes a KPI's
 * 設定に当たっての考え方, which the KPI list R6 then shows.
 */
@SampleDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanMakingBrowserIT {

    static final String REASONING = "全件を標準期間内に支給するため、100％を維持する。";

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}px, FY{1}, copied: {2}")
    @CsvSource({"1440, 2024, true", "768, 2022, false"})
    void aBranchWithoutAPlanStartsItWritesAKpisReasoningAndR6ShowsIt(int width, int year, boolean copy) {
        try (Browser b = new Browser(port).width(width).signInAs("tochigi")) {
            b.open("/plan");
            b.waitFor(By.id("plan"));
            // The year after the latest plan is offered; an earlier one is asked for by its address.
            if (copy) {
                new Select(b.find(By.id("year"))).selectByValue(Integer.toString(year));
            } else {
                b.open("/plan?branch=09&year=" + year);
            }
            assertThat(b.waitFor(By.id("plan-empty")).getText()).contains("事業計画はありません");
            b.screenshot("plan-start-" + width);

            String measure;
            if (copy) {
                b.find(By.id("start-from-previous")).click();
                assertThat(b.waitFor(By.id("flash-message")).getText())
                        .startsWith("令和5年度の計画の施策18件を写して、令和6年度の事業計画を始めました");
                assertThat(b.find(By.cssSelector("#measure-CORE-2 .measure-title"))
                                .getText())
                        .isEqualTo("2．サービス水準の向上");
                assertThat(b.find(By.cssSelector("#measure-CORE-2 .done-text")).getText())
                        .isEqualTo("未入力");
                b.screenshot("plan-copied-" + width);
                b.find(By.id("plan-CORE-2")).click();
                measure = "サービス水準の向上";
            } else {
                assertThat(b.findAll(By.id("start-from-previous")))
                        .as("no FY2021 plan to copy")
                        .isEmpty();
                new Select(b.find(By.id("add-area"))).selectByValue("CORE");
                b.type(By.id("add-group"), "業務");
                b.find(By.id("add-measure")).click();
                assertThat(b.waitFor(By.id("add-title-error")).getText()).isEqualTo("施策名を入力してください");
                b.type(By.id("add-title"), "サービス水準の向上");
                b.find(By.id("add-measure")).click();
                b.waitFor(By.id("plan-measure-form"));
                b.type(By.id("planText"), "・サービススタンダード（10日間）を遵守する。");
                b.type(By.id("actions0.planText"), "業務の標準化・効率化・簡素化を徹底する。");
                new Select(b.find(By.id("kpis0.kpiCode"))).selectByValue("SS_ACHIEVEMENT");
                b.type(By.id("kpis0.itemNo"), "1");
                measure = "サービス水準の向上";
            }
            b.waitFor(By.id("plan-measure-form"));
            assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("計画の編集: " + (copy ? "2．" : "1．") + measure);
            assertThat(new Select(b.find(By.id("kpis0.kpiCode")))
                            .getFirstSelectedOption()
                            .getText())
                    .isEqualTo("サービススタンダードの達成状況");
            b.type(By.id("kpis0.targetReasoning"), REASONING);
            b.screenshot("plan-measure-form-" + width);
            b.find(By.id("save")).click();

            assertThat(b.waitFor(By.id("flash-message")).getText()).endsWith("の計画を保存しました");
            String id = copy ? "measure-CORE-2" : "measure-CORE-1";
            WebElement kpi = b.find(By.cssSelector("#" + id + " tr.kpi[data-kpi=SS_ACHIEVEMENT]"));
            assertThat(kpi.findElement(By.cssSelector(".target-reasoning")).getText())
                    .isEqualTo(REASONING);
            b.screenshot("plan-made-" + width);

            b.open("/reports?branch=09&year=" + year);
            assertThat(b.waitFor(By.cssSelector("[data-report-number=R6]")).getAttribute("data-available"))
                    .isEqualTo("true");
            b.open("/reports/kpi-list?branch=09&year=" + year);
            assertThat(b.waitFor(By.tagName("body")).getText()).contains("KPI一覧表", REASONING);
            b.screenshot("plan-r6-" + width);
        }
    }
}
