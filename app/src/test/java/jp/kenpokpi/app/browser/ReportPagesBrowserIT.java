package jp.kenpokpi.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.kenpokpi.app.SampleDataTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reports index and the nav at 1440 px; R4 as a page at 1440 px: the KPI names read as names (a column of at least 8em, a few lines high), the table
 * scrolls inside its frame with the names kept in view; a download link says 「作成中…」 while its PDF is built.
 */
@SampleDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportPagesBrowserIT {

    private static final String KPI_CELL = "#report-table tr.report-row[data-item='1'] td.col-kpi";

    @LocalServerPort
    int port;

    private static Browser at1440(Browser b) {
        b.driver().manage().window().setSize(new Dimension(1440, 1000));
        return b;
    }

    private static double px(Browser b, String expression, WebElement element) {
        return ((Number) b.script("return " + expression + ";", element)).doubleValue();
    }

    private static void assertTheKpiNameIsReadable(Browser b) {
        WebElement name = b.find(By.cssSelector(KPI_CELL));
        double em = px(b, "parseFloat(getComputedStyle(arguments[0]).fontSize)", name);
        double width = px(b, "arguments[0].getBoundingClientRect().width", name);
        double height = px(b, "arguments[0].getBoundingClientRect().height", name);
        assertThat(width).as("KPI name column width (px), font %s px", em).isGreaterThanOrEqualTo(8 * em);
        assertThat(height)
                .as("KPI name cell height (px): a few lines, not a character per line")
                .isLessThan(8 * em);
    }

    private static void assertNoSidewaysScrolling(Browser b) {
        Number page = (Number)
                b.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(page.intValue()).as("how far the page overflows its window").isLessThanOrEqualTo(0);
    }

    @Test
    void theKantoComparisonReadsItsKpiNamesAt1440() {
        try (Browser b = at1440(new Browser(port).signInAs("etsuran"))) {
            b.open("/reports/comparison?year=2023&block=KANTO");
            b.waitFor(By.id("report-table"));
            assertTheKpiNameIsReadable(b);
            assertNoSidewaysScrolling(b);
            b.screenshot("report-comparison-kanto-2023-1440");
        }
    }

    @Test
    void allBranchesScrollInsideTheFrameWithTheKpiNamesKeptInView() {
        try (Browser b = at1440(new Browser(port).signInAs("etsuran"))) {
            b.open("/reports/comparison?year=2023&block=ALL");
            b.waitFor(By.id("report-table"));
            assertTheKpiNameIsReadable(b);
            WebElement frame = b.find(By.cssSelector("main[data-report='comparison'] .report-body"));
            assertThat(px(b, "arguments[0].scrollWidth - arguments[0].clientWidth", frame))
                    .as("the table is wider than its frame")
                    .isPositive();
            assertNoSidewaysScrolling(b);
            WebElement name = b.find(By.cssSelector(KPI_CELL));
            int left = name.getRect().getX();
            b.script("arguments[0].scrollLeft = 3000;", frame);
            assertThat(px(b, "arguments[0].scrollLeft", frame)).as("scrolled").isPositive();
            assertThat(name.getRect().getX())
                    .as("the sticky KPI column stays where it was")
                    .isEqualTo(left);
            b.screenshot("report-comparison-all-2023-1440-scrolled");
            b.script("arguments[0].scrollLeft = 0;", frame);
            b.screenshot("report-comparison-all-2023-1440");
        }
    }

    /** The index and the nav list R1…R7 from the report registry, each linking to its page. */
    @Test
    void theReportsIndexAndTheNavOfAReportPageListEveryReportAt1440() {
        try (Browser b = at1440(new Browser(port).signInAs("tochigi"))) {
            b.open("/reports?branch=09&year=2023");
            b.waitFor(By.id("report-index-table"));
            assertThat(b.findAll(By.cssSelector("#report-index-table tr[data-report-number]")))
                    .extracting(r -> r.getAttribute("data-report-number"))
                    .containsExactly("R1", "R2", "R3", "R4", "R5", "R6", "R7");
            assertNoSidewaysScrolling(b);
            b.screenshot("reports-index-09-2023-1440");
            b.open("/reports/kpi-summary?branch=09&year=2023");
            b.waitFor(By.id("report-table"));
            assertThat(b.findAll(By.cssSelector("#report-kinds a")))
                    .extracting(a -> a.getAttribute("data-report-link"))
                    .containsExactly(
                            "index",
                            "kpi-summary",
                            "plan-result",
                            "plan-overview",
                            "comparison",
                            "interim",
                            "kpi-list",
                            "budget");
            b.find(By.cssSelector("#report-kinds a[data-report-link='budget']")).click();
            b.waitFor(By.cssSelector("main[data-report='budget'] #report-table"));
            assertNoSidewaysScrolling(b);
            b.screenshot("report-budget-09-2023-1440");
        }
    }

    @Test
    void aPdfLinkSaysItIsBeingMadeUntilTheFileHasArrived() {
        try (Browser b = new Browser(port).signInAs("etsuran")) {
            b.open("/reports/comparison?year=2023&block=ALL");
            WebElement pdf = b.waitFor(By.id("download-pdf"));
            String label = pdf.getText();
            pdf.click();
            assertThat(pdf.getText()).isEqualTo("作成中…");
            assertThat(pdf.getAttribute("aria-busy")).isEqualTo("true");
            new WebDriverWait(b.driver(), Duration.ofMinutes(2)).until(d -> label.equals(pdf.getText()));
            assertThat(b.driver().getCurrentUrl()).as("still on the page").contains("/reports/comparison");
        }
    }
}
