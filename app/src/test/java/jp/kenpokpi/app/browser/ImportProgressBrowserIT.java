package jp.kenpokpi.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.importing.LongImportFile;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12 (6): headquarters imports a file of some tens of thousands of rows, which takes more than a second: after
 * the apply the progress page shows the stages and a bar that advances (moved by static/import-progress.js, no inline
 * script), then, once the import has finished, the import page with its summary, as for a small file. At 1440 and
 * 768 px, each with a file of its own years.
 */
@SampleDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportProgressBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void aLongImportShowsItsProgressThenItsOutcomeAt1440() throws IOException {
        importWatchingTheBar(1440, 2030, 35);
    }

    @Test
    void aLongImportShowsItsProgressThenItsOutcomeAt768() throws IOException {
        importWatchingTheBar(768, 2065, 35);
    }

    /**
     * Headquarters' file of four branches: long enough to be watched however fast the import gets, since its
     * 再評価 alone evaluates 140 branch-years one by one.
     */
    private static final List<String> BRANCHES = List.of("01", "02", "03", "04");

    private void importWatchingTheBar(int width, int firstYear, int years) throws IOException {
        int rows = BRANCHES.size() * LongImportFile.rows(years);
        Path file = Files.createTempDirectory("kenpo-browser-").resolve("long-" + width + ".csv");
        Files.writeString(file, LongImportFile.csv(BRANCHES, firstYear, years), StandardCharsets.UTF_8);
        try (Browser b = new Browser(port).width(width).signInAs("honbu-tanto")) {
            b.open("/import");
            b.waitFor(By.id("files")).sendKeys(file.toAbsolutePath().toString());
            b.find(By.id("preview")).click();
            assertThat(b.waitUntil(d -> d.findElement(By.cssSelector("#import-preview h2")))
                            .getText())
                    .isEqualTo("確認: " + rows + "件のうち" + rows + "件が変わります");
            long started = System.nanoTime();
            b.find(By.id("apply")).click();

            b.waitFor(By.id("import-progress-bar"));
            List<String> stages = b.findAll(By.cssSelector("#import-stages li")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(stages).containsExactly("読み込み", "検査", "保存", "記録", "再評価");
            // What the bar and its text say, read every 50 ms while the page is the progress page.
            List<String> seen = new ArrayList<>();
            boolean shot = false;
            while (true) {
                // Read in one go, between two of the script's updates: the bar, its text, the stages' states.
                Object read = b.script("""
                        var bar = document.getElementById('import-progress-bar');
                        if (!bar) return null;
                        var current = document.querySelector('#import-stages li.current');
                        return [String(bar.value), document.getElementById('import-progress-text').textContent,
                                current ? current.textContent : '',
                                String(document.querySelectorAll('#import-stages li.done').length)];""");
                if (!(read instanceof List<?> now)) break; // the page went on to the outcome
                String value = (String) now.get(0);
                String text = (String) now.get(1);
                if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(value + " " + text))
                    seen.add(value + " " + text);
                int percent = Integer.parseInt(value);
                if (!shot && percent > 0 && percent < 100) {
                    // Part of the way through a stage: the stages before it done, it the current one.
                    String current = (String) now.get(2);
                    assertThat(text).startsWith(current);
                    assertThat(Integer.parseInt((String) now.get(3))).isEqualTo(stages.indexOf(current));
                    b.screenshot("import-progress-" + width + "-running");
                    shot = true;
                }
                sleep(50);
                assertThat(System.nanoTime() - started).as("the import ends").isLessThan(300_000_000_000L);
            }
            WebElement flash = b.waitFor(By.id("flash-message"));
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.println(
                    "import of " + rows + " rows at " + width + " px took " + millis + " ms; the bar said " + seen);
            assertThat(flash.getText()).isEqualTo(rows + "行を取り込みました（目標 追加0・変更0、実績 追加" + rows + "・変更0、変更なし0）");
            assertThat(b.driver().getCurrentUrl()).endsWith("/import");
            assertThat(shot).as("the bar was seen part of the way: " + seen).isTrue();
            assertThat(seen).as("the bar moved").hasSizeGreaterThanOrEqualTo(2);
            b.screenshot("import-progress-" + width + "-done");
            assertThat(b.consoleLog()).as("no script error, no CSP violation").noneMatch(l -> l.startsWith("SEVERE"));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
