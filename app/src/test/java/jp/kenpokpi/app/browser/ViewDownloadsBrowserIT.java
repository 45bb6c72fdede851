package jp.kenpokpi.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.kenpokpi.app.SampleDataTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every view exported (issue 10), in Chromium at 768 and 1440 px: each page's Excel and CSV links are there beside
 * its filters, visible, and answer a file with the page's parameters; printed (CSS media print), a page is its
 * heading and its table — no navigation, no filters, no download links — on A4 landscape. Screenshots of the
 * pages with their links and of the dashboard and comparison as printed, and their PDFs, in target/screenshots.
 */
@SampleDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ViewDownloadsBrowserIT {

    @LocalServerPort
    int port;

    /** Page name, address, the id of each block of download links it has. */
    private static final List<List<String>> PAGES = List.of(
            List.of("dashboard", "/dashboard?branch=09&year=2023&group=保健", "dashboard-downloads"),
            List.of("comparison", "/comparison?year=2023&block=TOHOKU", "comparison-downloads"),
            List.of(
                    "kpi-detail",
                    "/kpi/LIFESTYLE_CHECKUP_RATE?branch=09&year=2023",
                    "trend-downloads",
                    "ranking-downloads"),
            List.of("interim", "/interim?branch=00&asOf=2021-09", "interim-downloads"),
            List.of("budget", "/budget?branch=09&year=2023", "budget-downloads"));

    /** What fetch answers for a link, as the signed-in browser follows it: status and Content-Disposition. */
    private static String answer(Browser b, String href) {
        return (String) ((JavascriptExecutor) b.driver())
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'})"
                                + ".then(function (r) { done(r.status + ' ' + r.headers.get('Content-Disposition')); })"
                                + ".catch(function (e) { done('error ' + e); });",
                        href);
    }

    private static boolean displayed(Browser b, String css) {
        return b.findAll(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed);
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1440, 768})
    void eachViewOffersExcelAndCsvOfWhatItShows(int width) {
        try (Browser b = new Browser(port).width(width).signInAs("etsuran")) {
            for (List<String> page : PAGES) {
                b.open(page.get(1));
                for (String id : page.subList(2, page.size())) {
                    WebElement xlsx = b.find(By.cssSelector("#" + id + " a.download-xlsx"));
                    WebElement csv = b.find(By.cssSelector("#" + id + " a.download-csv"));
                    assertThat(xlsx.isDisplayed())
                            .as(page.get(0) + " " + id + " Excel link")
                            .isTrue();
                    assertThat(csv.isDisplayed())
                            .as(page.get(0) + " " + id + " CSV link")
                            .isTrue();
                    assertThat(xlsx.getAttribute("href")).contains(".xlsx?");
                    assertThat(csv.getAttribute("href")).contains(".csv?");
                    if (width == 1440) {
                        assertThat(answer(b, xlsx.getAttribute("href")))
                                .as(page.get(0) + " Excel download")
                                .startsWith("200 attachment;")
                                .contains("filename*=UTF-8''");
                        assertThat(answer(b, csv.getAttribute("href"))).startsWith("200 attachment;");
                    }
                }
                Number overflow = (Number)
                        b.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(overflow.intValue())
                        .as(page.get(0) + " sideways overflow")
                        .isLessThanOrEqualTo(0);
                b.screenshot("downloads-" + page.get(0) + "-" + width);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dashboard", "comparison"})
    void printedAPageIsItsHeadingAndItsTableOnA4Landscape(String name) throws Exception {
        List<String> page =
                PAGES.stream().filter(p -> p.get(0).equals(name)).findFirst().orElseThrow();
        try (Browser b = new Browser(port).width(1440).signInAs("etsuran")) {
            b.open(page.get(1));
            b.printMedia(true);
            assertThat(displayed(b, "header.site")).as("navigation printed").isFalse();
            assertThat(displayed(b, "form.filters")).as("filters printed").isFalse();
            assertThat(displayed(b, ".downloads")).as("download links printed").isFalse();
            assertThat(displayed(b, "h1")).isTrue();
            assertThat(displayed(b, "table.grid")).isTrue();
            String rowBreak = (String)
                    b.script("return getComputedStyle(document.querySelector('table.grid tbody tr')).breakInside;");
            assertThat(rowBreak).as("a row is not cut across pages").isEqualTo("avoid");
            b.screenshot("print-" + name);
            byte[] pdf = b.printToPdf("print-" + name);
            b.printMedia(false);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                PDRectangle box = document.getPage(0).getMediaBox();
                assertThat(box.getWidth())
                        .as("A4 landscape: 297 mm wide")
                        .isCloseTo(842f, org.assertj.core.data.Offset.offset(2f));
                assertThat(box.getHeight())
                        .as("A4 landscape: 210 mm high")
                        .isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
                String text = new PDFTextStripper().getText(document);
                assertThat(text)
                        .doesNotContain("ログアウト")
                        .doesNotContain("ダウンロード")
                        .doesNotContain("判定方法");
            }
        }
    }
}
