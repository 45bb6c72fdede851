package jp.kenpokpi.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.kenpokpi.app.SampleDataTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The other pages as a browser draws them, each with a screenshot to look at and the one thing a reader must see
 * there. Nothing is saved: the import is only previewed.
 */
@SampleDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PagesBrowserIT {

    @LocalServerPort
    int port;

    /** A wide table scrolls inside its own box; the page itself never scrolls sideways. */
    private static void assertNoSidewaysScrolling(Browser b) {
        Number page = (Number)
                b.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(page.intValue()).as("how far the page overflows its window").isLessThanOrEqualTo(0);
    }

    private static String background(Browser b, WebElement element) {
        return (String) b.script("return getComputedStyle(arguments[0]).backgroundColor;", element);
    }

    @Test
    void theTohokuComparisonShowsTheAssociationAndItsSixBranchesColouredByAchievement() {
        try (Browser b = new Browser(port).signInAs("etsuran")) {
            b.open("/comparison?year=2023&block=TOHOKU");
            List<WebElement> columns =
                    b.waitFor(By.id("comparison-table")).findElements(By.cssSelector("thead th[data-branch]"));
            assertThat(columns)
                    .extracting(WebElement::getText)
                    .containsExactly("協会全体", "青森支部", "岩手支部", "宮城支部", "秋田支部", "山形支部", "福島支部");
            WebElement akita =
                    b.find(By.cssSelector("#comparison-table td[data-branch='05'][data-kpi=LIFESTYLE_CHECKUP_RATE]"));
            assertThat(akita.getText()).contains("55.7%", "56.8%", "◎", "全体比 ▲0.9ポイント");
            assertThat(background(b, akita)).as("達成 green").isEqualTo("rgb(227, 244, 230)");
            WebElement association =
                    b.find(By.cssSelector("#comparison-table td[data-branch='00'][data-kpi=LIFESTYLE_CHECKUP_RATE]"));
            assertThat(background(b, association)).as("未達成 red").isEqualTo("rgb(253, 232, 228)");
            assertNoSidewaysScrolling(b);
            b.screenshot("comparison-tohoku-2023");
        }
    }

    @Test
    void theComparisonOfAll47BranchesScrollsInsideItsBoxWithTheKpiNamesKeptInView() {
        try (Browser b = new Browser(port).signInAs("etsuran")) {
            b.open("/comparison?year=2023&block=ALL");
            WebElement table = b.waitFor(By.id("comparison-table"));
            assertThat(table.findElements(By.cssSelector("thead th[data-branch]")))
                    .hasSize(48);
            WebElement box = b.find(By.cssSelector(".table-scroll"));
            Number hidden = (Number) b.script("return arguments[0].scrollWidth - arguments[0].clientWidth;", box);
            assertThat(hidden.intValue()).as("the table is wider than its box").isPositive();
            assertNoSidewaysScrolling(b);

            WebElement kpiName = b.find(By.cssSelector("#comparison-table tr[data-kpi=LIFESTYLE_CHECKUP_RATE] th.kpi"));
            int left = kpiName.getRect().getX();
            b.script("arguments[0].scrollLeft = 2000;", box);
            assertThat(kpiName.getRect().getX())
                    .as("the sticky KPI column stays where it was")
                    .isEqualTo(left);
            b.script("arguments[0].scrollLeft = 0;", box);
            b.screenshot("comparison-all-2023");
        }
    }

    @Test
    void theInterimPageOfTheAssociationAtSeptember2021Shows21Point5ForLifestyleCheckups() {
        try (Browser b = new Browser(port).signInAs("etsuran")) {
            b.open("/interim?branch=00&asOf=2021-09");
            assertThat(b.waitFor(By.tagName("h1")).getText()).isEqualTo("協会全体 令和3年度（2021年度） 中間実績（令和3年9月末時点）");
            WebElement row = b.find(By.cssSelector("#interim-table tr[data-kpi=LIFESTYLE_CHECKUP_RATE]"));
            assertThat(row.findElement(By.cssSelector("th.kpi")).getText()).isEqualTo("生活習慣病予防健診実施率");
            assertThat(row.findElement(By.cssSelector("td.latest .value")).getText())
                    .isEqualTo("21.5%");
            assertThat(row.findElement(By.cssSelector("td.latest .as-of")).getText())
                    .isEqualTo("（令和3年9月末時点）");
            assertNoSidewaysScrolling(b);
            b.screenshot("interim-association-2021-09");
        }
    }

    @Test
    void tochigisPlanAndItsPlanVersusResultReportReadAsTheBranchsOwnReport() {
        try (Browser b = new Browser(port).signInAs("tochigi")) {
            b.open("/plan?branch=09&year=2023");
            WebElement service = b.waitFor(By.id("measure-CORE-2"));
            assertThat(service.findElement(By.cssSelector(".measure-title")).getText())
                    .contains("サービス水準の向上");
            assertThat(service.findElements(By.cssSelector(".tag-difficulty"))).hasSize(1);
            assertThat(service.findElements(By.cssSelector(".tag-importance"))).isEmpty();
            assertThat(service.findElements(By.cssSelector("tr.kpi")))
                    .extracting(e -> e.getAttribute("data-kpi"))
                    .containsExactly("SS_ACHIEVEMENT", "MAIL_APPLICATION_RATE");
            assertThat(b.driver().findElements(By.cssSelector("article.measure")))
                    .hasSize(18);
            assertNoSidewaysScrolling(b);
            b.screenshot("plan-tochigi-2023");

            b.open("/reports/plan-result?branch=09&year=2023");
            WebElement table = b.waitFor(By.id("report-table"));
            assertThat(table.findElements(By.cssSelector("tr.report-row"))).hasSize(18);
            WebElement actual =
                    table.findElement(By.cssSelector("tr.report-row[data-item='2'] td[data-column='actual']"));
            assertThat(actual.getText()).isEqualTo("（1）100% ○\n（2）93.9% △");
            assertNoSidewaysScrolling(b);
            b.screenshot("report-plan-result-tochigi-2023");
            b.open("/reports/plan-overview?branch=09&year=2023");
            b.waitFor(By.id("report-table"));
            b.screenshot("report-plan-overview-tochigi-2023");

            b.open("/reports?branch=09&year=2023");
            List<WebElement> reports = b.waitFor(By.id("report-index-table")).findElements(By.cssSelector("tbody tr"));
            assertThat(reports)
                    .extracting(r -> r.getAttribute("data-report-number"))
                    .containsExactly("R1", "R2", "R3", "R4", "R5", "R6", "R7");
            assertNoSidewaysScrolling(b);
            b.screenshot("report-index-tochigi-2023");
        }
    }

    @Test
    void theTochigiFy2023BudgetShowsItsThreeTotalsAndTheOverExecutedItemInRed() {
        try (Browser b = new Browser(port).signInAs("tochigi")) {
            b.open("/budget?branch=09&year=2023");
            List<WebElement> totals = b.waitFor(By.id("budget-table")).findElements(By.cssSelector("tr.total"));
            assertThat(totals)
                    .extracting(WebElement::getText)
                    .containsExactly(
                            "総計 12,586,000円 11,591,614円 92.1%",
                            "総計 52,644,000円 38,346,941円 72.8%", "総計 1,623,600円 1,551,027円 95.5%");
            WebElement over =
                    b.find(By.cssSelector("#budget-table tr[data-category='広報・意見発信'][data-item='4'] td.rate"));
            assertThat(over.getText()).isEqualTo("110.2%");
            assertThat(over.getCssValue("color")).as("赤字").isEqualTo("rgba(185, 28, 28, 1)");
            WebElement within = b.find(By.cssSelector("#budget-table tr.total td.rate"));
            assertThat(within.getCssValue("color")).isNotEqualTo("rgba(185, 28, 28, 1)");
            assertNoSidewaysScrolling(b);
            b.screenshot("budget-tochigi-2023");
        }
    }

    @Test
    void theImportPagePreviewsAOneRowFileWithoutSavingIt() throws IOException {
        Path file = Files.createTempDirectory("kenpo-browser-").resolve("tochigi-one-row.csv");
        Files.writeString(file, """
                branch_code,fiscal_year,kpi_code,actual,numerator,denominator
                09,2023,DEPENDENT_CHECKUP_RATE,31.0%,#削除,#削除
                """, StandardCharsets.UTF_8);
        try (Browser b = new Browser(port).signInAs("tochigi")) {
            b.open("/import");
            b.waitFor(By.id("files")).sendKeys(file.toAbsolutePath().toString());
            b.find(By.id("preview")).click();

            WebElement preview = b.waitFor(By.id("import-preview"));
            assertThat(preview.findElement(By.tagName("h2")).getText()).isEqualTo("確認: 1件のうち1件が変わります");
            WebElement line = preview.findElement(By.cssSelector("tr.preview-line"));
            assertThat(line.getText()).contains("tochigi-one-row.csv", "2行目", "被扶養者の特定健診実施率", "30.7% → 31.0%");
            assertThat(b.find(By.id("apply")).isEnabled()).isTrue();
            assertNoSidewaysScrolling(b);
            b.screenshot("import-preview");
            assertThat(DashboardRow.read(b, "09", 2023, "DEPENDENT_CHECKUP_RATE")
                            .actual())
                    .as("a preview saves nothing")
                    .isEqualTo("30.7%");

            // The help under the form: every column and every KPI code a file may name, readable in the page's width.
            b.open("/import");
            b.find(By.cssSelector("#import-help summary")).click();
            WebElement help = b.waitFor(By.id("import-help-kpis"));
            assertThat(help.getText()).contains("LIFESTYLE_CHECKUP_RATE", "生活習慣病予防健診実施率", "高いほど良い");
            assertThat(b.find(By.id("import-help-columns")).getText()).contains("branch_code", "支部コード");
            assertNoSidewaysScrolling(b);
            b.screenshot("import-help");
        }
    }

    @Test
    void theKpiDetailTileMapColouredByAchievementShowsEachBranchsMark() {
        try (Browser b = new Browser(port).signInAs("etsuran")) {
            b.open("/kpi/LIFESTYLE_CHECKUP_RATE?branch=09&year=2023&colour=achievement");
            WebElement map = b.waitFor(By.id("tile-map"));
            assertThat(map.getAttribute("data-colouring")).isEqualTo("achievement");
            assertThat(b.find(By.cssSelector("#tile-colouring a.current")).getText())
                    .isEqualTo("達成状況");
            List<WebElement> tiles = map.findElements(By.cssSelector("a.tile"));
            assertThat(tiles)
                    .hasSize(47)
                    .allSatisfy(t ->
                            assertThat(t.getAttribute("class")).contains("tile-mark-" + t.getAttribute("data-mark")));
            WebElement tochigi = b.find(By.cssSelector("#tile-map a.tile[data-branch='09']"));
            assertThat(tochigi.getAttribute("data-mark")).isEqualTo("EXCEEDED");
            assertThat(tochigi.findElement(By.cssSelector(".tile-value")).getText())
                    .isEqualTo("◎ 72.2%");
            assertThat(background(b, tochigi)).isEqualTo("rgb(27, 94, 32)");
            assertThat(b.findAll(By.cssSelector("#tile-legend li")))
                    .extracting(WebElement::getText)
                    .contains("◎ 計画を上回る実施状況", "△ 計画を下回る実施状況");
            assertNoSidewaysScrolling(b);
            b.screenshot("kpi-detail-achievement-colouring");
        }
    }
}
