package jp.kenpokpi.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.kenpokpi.app.SampleDataTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 支部業績評価 in the browser: the Tochigi editor opens 業績評価 from the nav on their own branch, switches to FY2023,
 * to 東北ブロック and to the table of all branches, and back to a branch from it; at a laptop's width and a tablet's,
 * where the wide tables scroll in their frame and the page never does.
 */
@SampleDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PerformanceBrowserIT {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}px")
    @ValueSource(ints = {1440, 768})
    void aBranchSeesItsStandingItsBlockAndAllBranches(int width) {
        try (Browser b = new Browser(port).width(width).signInAs("tochigi")) {
            b.open("/dashboard");
            b.find(By.cssSelector("header.site nav a[data-nav='performance']")).click();
            assertThat(b.waitFor(By.tagName("h1")).getText())
                    .startsWith("支部業績評価")
                    .endsWith("栃木支部");

            // the branch's latest year of real results (FY2023); the year switch goes to FY2022 and back
            new Select(b.find(By.id("year"))).selectByValue("2022");
            b.waitUntil(d -> d.getCurrentUrl().contains("year=2022"));
            assertThat(b.waitFor(By.tagName("h1")).getText()).isEqualTo("支部業績評価 令和4年度（2022年度） 栃木支部");
            new Select(b.find(By.id("year"))).selectByValue("2023");
            b.waitUntil(d -> d.getCurrentUrl().contains("year=2023"));
            assertThat(b.waitFor(By.tagName("h1")).getText()).isEqualTo("支部業績評価 令和5年度（2023年度） 栃木支部");
            List<String> strengths = b.findAll(By.cssSelector("#strengths li")).stream()
                    .map(e -> e.getText())
                    .toList();
            assertThat(strengths).isNotEmpty().allMatch(s -> s.startsWith("強み: "));
            assertThat(b.find(By.id("weaknesses")).getText()).contains("弱み: ");
            assertThat(b.find(By.cssSelector("#performance-table tr[data-kpi='LIFESTYLE_CHECKUP_RATE']"))
                            .getText())
                    .contains("位/47", "架空");
            noPageOverflow(b, width, "branch");
            b.screenshot("performance-branch-" + width);

            new Select(b.find(By.id("block"))).selectByValue("TOHOKU");
            b.waitUntil(d -> d.getCurrentUrl().contains("block=TOHOKU"));
            assertThat(b.waitFor(By.tagName("h1")).getText()).isEqualTo("支部業績評価 令和5年度（2023年度） 東北ブロック");
            assertThat(b.findAll(By.cssSelector("#block-table thead th[data-branch]")))
                    .hasSize(6);
            noPageOverflow(b, width, "block");
            b.screenshot("performance-block-" + width);

            b.find(By.id("performance-all-link")).click();
            b.waitUntil(d -> d.getCurrentUrl().contains("view=all"));
            assertThat(b.findAll(By.cssSelector("#all-table tbody tr"))).hasSize(47);
            noPageOverflow(b, width, "all");
            // the table is wider than the window: it scrolls in its frame
            Number frame = (Number)
                    b.script(
                            "var f = document.querySelector('#all-table').parentElement; return f.scrollWidth - f.clientWidth;");
            assertThat(frame.intValue())
                    .as("the table of all branches scrolls in its frame")
                    .isPositive();
            b.screenshot("performance-all-" + width);

            b.find(By.cssSelector("#all-table tr[data-branch='05'] th a")).click();
            assertThat(b.waitFor(By.tagName("h1")).getText()).isEqualTo("支部業績評価 令和5年度（2023年度） 秋田支部");
            assertThat(b.consoleLog()).noneMatch(l -> l.startsWith("SEVERE"));
        }
    }

    private static void noPageOverflow(Browser b, int width, String view) {
        Number scrollWidth = (Number) b.script("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth.intValue())
                .as(view + " at " + width + " px: page-level overflow")
                .isLessThanOrEqualTo(width);
    }
}
