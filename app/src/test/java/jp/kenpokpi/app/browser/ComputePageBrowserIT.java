package jp.kenpokpi.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.TemporaryFolders;
import jp.kenpokpi.records.engine.EngineSettings;
import jp.kenpokpi.records.generator.GenerationRequest;
import jp.kenpokpi.records.generator.RecordGenerator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 記録から算出 in a real browser at 1440 and 768 px (issue 13, part 3): headquarters chooses a data set the generator
 * made at scale 0.001 (47 branches, FY2022–FY2023, 架空) under kenpo.records.data-root, previews every KPI of FY2023
 * — the progress page (kenpo.records.progress-after=0ms: always shown) names the stages 記録の読み込み, KPIの算出,
 * 検査 and moves its bar by static/import-progress.js —, sees what would change, applies it (the import's stages), and
 * finds the run in the history as 反映 with a link to its import batch. Screenshots in target/screenshots.
 */
@SampleDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ComputePageBrowserIT {

    private static Path root;

    @DynamicPropertySource
    static void aGeneratedDataSet(DynamicPropertyRegistry registry) {
        registry.add("kenpo.records.data-root", () -> generated().toString());
        registry.add("kenpo.records.progress-after", () -> "0ms");
    }

    /** One tiny data set for the class: the generator at scale 0.001 (about 40,000 members), two years. */
    private static synchronized Path generated() {
        if (root == null) {
            Path made = TemporaryFolders.make("kenpo-records-root-");
            new RecordGenerator(new EngineSettings("1GB", made.resolve("spill")))
                    .generate(GenerationRequest.of(0.001, "2022-2023", 1), made.resolve("sample-0.001"));
            root = made;
        }
        return root;
    }

    @LocalServerPort
    int port;

    @Test
    @Order(1)
    void aComputationShowsItsProgressThenItsPreviewThenItsHistoryAt1440() {
        computeWatchingTheBar(1440);
    }

    @Test
    @Order(2)
    void aComputationShowsItsProgressThenItsPreviewThenItsHistoryAt768() {
        computeWatchingTheBar(768);
    }

    private void computeWatchingTheBar(int width) {
        try (Browser b = new Browser(port).width(width).signInAs("honbu-tanto")) {
            b.open("/compute");
            b.waitFor(By.cssSelector("nav a[data-nav='compute']"));
            Select dataSet = new Select(b.waitFor(By.id("dataSet")));
            assertThat(dataSet.getFirstSelectedOption().getText()).isEqualTo("sample-0.001");
            assertThat(b.find(By.id("data-sets")).getText())
                    .startsWith("sample-0.001: 架空の記録データセット（kenpo-kpi generate-records が生成）")
                    .contains("規模 scale: 0.001")
                    .contains("年度 fiscal years: 2022-2023");
            assertThat(b.find(By.id("year")).getAttribute("value"))
                    .as("the last year the data set's README names")
                    .isEqualTo("2023");
            Object overflow = b.script("return document.documentElement.scrollWidth > window.innerWidth;");
            assertThat(overflow).as("the page fits the window's width").isEqualTo(false);
            WebElement year = b.find(By.id("year"));
            year.clear();
            year.sendKeys("2023");
            b.screenshot("compute-form-" + width);
            press(b, "preview");

            List<String> previewBar = watch(b, width + "-preview");
            b.waitFor(By.id("compute-preview"));
            assertThat(b.find(By.id("compute-summary")).getText())
                    .startsWith("令和5年度（2023年度）をデータセット「sample-0.001」から算出しました（記録 ")
                    .contains("架空");
            // The second run over the same records (768 after 1440) changes nothing.
            assertThat(b.find(By.cssSelector("#compute-preview h2")).getText())
                    .matches(width == 1440 ? "確認: (\\d+)件のうち\\1件が変わります" : "確認: \\d+件のうち0件が変わります");
            if (width == 1440) {
                assertThat(b.findAll(By.cssSelector("#compute-preview-table tbody tr")))
                        .hasSize(200);
                assertThat(b.find(By.id("more-changes")).getText()).matches("ほか \\d+件が変わります（一覧は最初の200件。.*");
            }
            b.screenshot("compute-preview-" + width);

            press(b, "apply");
            List<String> applyBar = watch(b, width + "-apply");
            WebElement flash = b.waitFor(By.id("flash-message"));
            assertThat(flash.getText()).startsWith("反映しました: ");
            assertThat(b.driver().getCurrentUrl()).endsWith("/compute");

            WebElement newest = b.find(By.cssSelector("#compute-history-table tbody tr.compute-run"));
            assertThat(newest.getAttribute("data-outcome")).isEqualTo("APPLIED");
            assertThat(newest.findElement(By.cssSelector(".data-set")).getText())
                    .isEqualTo("sample-0.001");
            assertThat(newest.findElement(By.cssSelector(".kpis")).getText()).isEqualTo("すべて");
            assertThat(newest.findElement(By.cssSelector(".engine")).getText()).isEqualTo("DuckDB");
            assertThat(newest.findElement(By.cssSelector(".batch-link")).getAttribute("href"))
                    .matches(".*/imports/history#batch-\\d+");
            b.screenshot("compute-history-" + width);
            System.out.println("compute at " + width + " px: the preview's bar said " + previewBar
                    + "; the apply's bar said " + applyBar);
            assertThat(previewBar.size() + applyBar.size())
                    .as("a progress page was seen (preview " + previewBar + ", apply " + applyBar + ")")
                    .isPositive();

            // The import history has the batch the link names.
            String batch = newest.findElement(By.cssSelector(".batch-link")).getAttribute("href");
            b.open("/imports/history");
            assertThat(b.find(By.id(batch.replaceAll(".*#", ""))).getText()).contains("記録から算出");
            assertThat(b.consoleLog()).as("no script error, no CSP violation").noneMatch(l -> l.startsWith("SEVERE"));
        }
    }

    /**
     * Reads the progress page every 50 ms while it shows (stages, bar, text), taking one screenshot of it when the bar
     * is part of the way (if it is ever seen so): what the bar said, in order (empty when the run had finished before
     * the page could show it).
     */
    private static List<String> watch(Browser b, String name) {
        List<String> seen = new ArrayList<>();
        long started = System.nanoTime();
        boolean shot = false;
        while (true) {
            Object read = b.script("""
                    var bar = document.getElementById('import-progress-bar');
                    if (!bar) return null;
                    var stages = [];
                    document.querySelectorAll('#import-stages li').forEach(function (li) { stages.push(li.textContent); });
                    return [String(bar.value), document.getElementById('import-progress-text').textContent,
                            stages.join(',')];""");
            if (!(read instanceof List<?> now)) {
                if (!seen.isEmpty()
                        || b.driver().findElements(By.id("compute-page")).size() > 0) break;
                sleep(20);
                continue;
            }
            String stages = (String) now.get(2);
            assertThat(stages).isIn("記録の読み込み,KPIの算出,検査", "読み込み,検査,保存,記録,再評価");
            String said = now.get(0) + " " + now.get(1);
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(said)) seen.add(said);
            int percent = Integer.parseInt((String) now.get(0));
            if (!shot && percent > 0 && percent < 100) {
                // Part of the way through a stage: the picture a person watching sees.
                b.screenshot("compute-progress-" + name);
                shot = true;
            }
            sleep(50);
            assertThat(System.nanoTime() - started).as("the run ends").isLessThan(300_000_000_000L);
        }
        return seen;
    }

    /**
     * Presses a button by the page's own click (the button's form is sent, its submit event fired): at 768 px the
     * preview button sits below the emulated window's first screen, where WebDriver's pointer, placed by the real
     * window's coordinates, lands on the header's navigation instead.
     */
    private static void press(Browser b, String id) {
        b.script("window.kenpoOldPage = true; document.getElementById(arguments[0]).click();", id);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
