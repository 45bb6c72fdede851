package jp.kenpokpi.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 目標設定 in a browser, at both widths: headquarters opens next year's grid, sets one rule for a KPI across all
 * branches and lets branches propose another; a typo is marked at its cell and nothing saved; Tochigi proposes a
 * target with its reasoning; headquarters returns it with a comment, which Tochigi then reads.
 */
@SampleDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TargetSettingBrowserIT {

    private static final String GRID = "/targets?year=2026";

    @LocalServerPort
    int port;

    @Autowired
    KpiRecordRepository records;

    @Test
    void headquartersSetsARuleForAllBranchesABranchProposesAndHeadquartersReturnsIt() {
        try (Browser honbu = new Browser(port).width(1440);
                Browser tochigi = new Browser(port).width(768)) {
            honbu.signInAs("honbu").open(GRID);
            assertThat(honbu.find(By.tagName("h1")).getText()).isEqualTo("令和8年度（2026年度） 目標設定");
            // An empty cell of the new year offers last year's target.
            assertThat(honbu.find(By.id("t_05_LIFESTYLE_CHECKUP_RATE")).getAttribute("placeholder"))
                    .startsWith("前年度 ");

            new Select(honbu.find(By.id("column-kpi"))).selectByValue("GENERIC_DRUG_SHARE");
            honbu.type(By.id("column-rule"), "対前年度以上");
            honbu.find(By.id("column-save")).click();
            assertThat(honbu.waitFor(By.id("flash-message")).getText())
                    .startsWith("「ジェネリック医薬品使用割合（数量ベース）」を設定しました（47件）");
            assertThat(honbu.find(By.id("t_47_GENERIC_DRUG_SHARE")).getAttribute("value"))
                    .isEqualTo("対前年度以上");
            assertThat(records.findTarget(OrgCode.of("01"), FiscalYear.of(2026), "GENERIC_DRUG_SHARE")
                            .orElseThrow()
                            .value()
                            .text())
                    .isEqualTo("対前年度以上");

            new Select(honbu.find(By.id("column-kpi"))).selectByValue("SS_ACHIEVEMENT");
            honbu.find(By.id("column-propose")).click();
            honbu.find(By.id("column-save")).click();
            honbu.waitFor(By.id("flash-message"));
            assertThat(honbu.find(By.cssSelector("th[data-kpi=SS_ACHIEVEMENT]")).getText())
                    .contains("支部提案");

            honbu.type(By.id("t_09_COUNTER_RECEIPT_RATE"), "20%以下");
            honbu.type(By.id("t_13_COUNTER_RECEIPT_RATE"), "二割");
            honbu.find(By.id("target-grid-save")).click();
            assertThat(honbu.waitFor(By.id("grid-error")).getText()).contains("1か所を直してください（何も保存していません）");
            assertThat(honbu.find(By.cssSelector("td.invalid[data-kpi=COUNTER_RECEIPT_RATE]"))
                            .getText())
                    .contains("目標として読めません");
            assertThat(honbu.find(By.id("t_13_COUNTER_RECEIPT_RATE")).getAttribute("value"))
                    .isEqualTo("二割");
            assertThat(records.findTarget(OrgCode.of("09"), FiscalYear.of(2026), "COUNTER_RECEIPT_RATE"))
                    .isEmpty();
            honbu.screenshot("targets-invalid-1440");
            honbu.type(By.id("t_13_COUNTER_RECEIPT_RATE"), "20%以下");
            honbu.find(By.id("target-grid-save")).click();
            assertThat(honbu.waitFor(By.id("flash-message")).getText()).isEqualTo("2件の目標を保存しました");

            tochigi.signInAs("tochigi").open("/targets/proposals?year=2026");
            By row = By.cssSelector("tr[data-org='09'][data-kpi=SS_ACHIEVEMENT]");
            tochigi.find(row)
                    .findElement(By.cssSelector("input.proposal-target"))
                    .sendKeys("97.0%以上");
            tochigi.find(row)
                    .findElement(By.cssSelector("textarea.proposal-reasoning"))
                    .sendKeys("前年度の実績を上回る水準として設定した（架空）");
            tochigi.screenshot("target-proposal-768");
            tochigi.find(row).findElement(By.cssSelector("button.propose")).click();
            assertThat(tochigi.waitFor(By.id("flash-message")).getText()).contains("目標を提案しました");
            assertThat(tochigi.find(row).getAttribute("data-state")).isEqualTo("PROPOSED");

            honbu.open(GRID);
            assertThat(honbu.find(By.cssSelector("tr[data-org='09'] td[data-kpi=SS_ACHIEVEMENT]"))
                            .getText())
                    .contains("提案中: 97.0%以上");
            honbu.find(By.cssSelector("tr[data-org='09'] td[data-kpi=SS_ACHIEVEMENT] a.proposal-badge"))
                    .click();
            honbu.find(row)
                    .findElement(By.cssSelector("textarea.decision-comment"))
                    .sendKeys("全国平均との比較を考え方に加えてください");
            honbu.screenshot("target-decision-1440");
            honbu.find(row).findElement(By.cssSelector("button.return")).click();
            assertThat(honbu.waitFor(By.id("flash-message")).getText()).isEqualTo("栃木支部の提案を差し戻しました");

            tochigi.open("/targets/proposals?year=2026");
            assertThat(tochigi.find(row).getAttribute("data-state")).isEqualTo("RETURNED");
            assertThat(tochigi.find(row).getText()).contains("差戻し", "本部: 全国平均との比較を考え方に加えてください");
            assertThat(tochigi.find(row)
                            .findElement(By.cssSelector("button.propose"))
                            .getText())
                    .isEqualTo("提案し直す");
            tochigi.screenshot("target-returned-768");

            tochigi.open("/targets?year=2026");
            assertThat(tochigi.findAll(By.id("target-grid-save")))
                    .as("the grid is headquarters'")
                    .isEmpty();
            tochigi.screenshot("targets-branch-768");
        }
    }
}
