package jp.kenpokpi.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.kenpokpi.app.SampleDataTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 8 (10, 11): the main pages at 768 px (a tablet) and 1440 px. The page never scrolls sideways (a wide table
 * scrolls inside its frame), a KPI's name keeps a readable width, the navigation wraps between items and never
 * inside one, and a value never breaks from its unit (「8,472/円」, 「1,177事業/所」). Screenshots of each page at
 * both widths land in target/screenshots.
 */
@SampleDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NarrowWindowBrowserIT {

    @LocalServerPort
    int port;

    /** Pages with their name for the screenshot and the cell holding a KPI's name, if the page has a KPI table. */
    private static final List<List<String>> PAGES = List.of(
            List.of("dashboard", "/dashboard?branch=09&year=2023", "#summary-table tbody td:nth-child(2)"),
            List.of("dashboard-association", "/dashboard?branch=00&year=2023", "#summary-table tbody td:nth-child(2)"),
            List.of("comparison", "/comparison?year=2023&block=TOHOKU", "#comparison-table th.kpi"),
            List.of("interim", "/interim?branch=00&asOf=2021-09", "#interim-table th.kpi"),
            List.of("kpi-detail", "/kpi/HEALTH_DECLARATION_OFFICES?branch=09&year=2023", ""),
            List.of("plan", "/plan?branch=09&year=2023", ""),
            List.of("budget", "/budget?branch=09&year=2023", ""),
            List.of("incentive", "/incentive?year=2023", ""),
            List.of("incentive-branch", "/incentive/09?year=2023&indicator=2&points=1.0", ""),
            List.of("reports", "/reports?branch=09&year=2023", ""),
            List.of("entry", "/entry/LIFESTYLE_CHECKUP_RATE?branch=09&year=2023", ""),
            List.of("submissions", "/submissions?branch=09&year=2023", ""),
            List.of("submission-board", "/submissions/board?year=2023", ""),
            List.of("targets", "/targets?year=2025&block=TOHOKU", ""),
            List.of("target-proposals", "/targets/proposals?year=2025", ""),
            List.of("audit", "/audit", ""),
            List.of("notifications", "/notifications", ""),
            List.of("notification-settings", "/notifications/settings", ""));

    /**
     * Lines a box's own text runs over: distinct tops of its text's line boxes. A value with its unit in one cell
     * (「8,472円」) must be one line.
     */
    private static final String LINES = """
            var range = document.createRange();
            range.selectNodeContents(arguments[0]);
            var tops = {};
            Array.prototype.forEach.call(range.getClientRects(), function (r) { if (r.width > 0) tops[Math.round(r.top)] = 1; });
            return Object.keys(tops).length;
            """;

    /** Every cell or tile whose text is a number with a unit, with the number of lines it is drawn on. */
    private static final String VALUE_LINES = """
            var lines = arguments[0];
            var out = [];
            document.querySelectorAll('td, .tile-value').forEach(function (el) {
              var text = el.textContent.replace(/架空|算/g, '').trim();
              if (!/^[▲+-]?[0-9][0-9,.]*(%|％|円|事業所|件|日|人|支部)$/.test(text)) return;
              // The lines of the value's own text, not of the 架空/算 labels beside it (set in a smaller type).
              var tops = {};
              var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
              for (var node = walker.nextNode(); node; node = walker.nextNode()) {
                if (node.parentElement.closest('.synthetic-label, .computed-label') || !node.textContent.trim()) continue;
                var range = document.createRange();
                range.selectNodeContents(node);
                Array.prototype.forEach.call(range.getClientRects(), function (r) {
                  if (r.width > 0 && r.height > 0) tops[Math.round(r.top)] = 1;
                });
              }
              var n = Object.keys(tops).length;
              if (n > 1) out.push(text + ' (' + n + '行, ' + (el.className || el.tagName) + ')');
            });
            return out;
            """;

    /** KPI name cells whose text runs out of the cell (over the next column) instead of wrapping inside it. */
    private static final String OVERFLOWING = """
            var out = [];
            document.querySelectorAll(arguments[0]).forEach(function (el) {
              if (el.scrollWidth > el.clientWidth + 1) out.push(el.textContent.trim());
            });
            return out;
            """;

    @ParameterizedTest
    @ValueSource(ints = {768, 1440})
    void theMainPagesFitTheWindowKeepNamesReadableAndNeverBreakAValueFromItsUnit(int width) {
        try (Browser b = new Browser(port).width(width).signInAs("tochigi")) {
            for (List<String> page : PAGES) {
                b.open(page.get(1));
                b.waitFor(By.cssSelector("main"));
                b.screenshot("narrow-" + width + "-" + page.get(0));
                assertThat(((Number) b.script("return window.innerWidth;")).intValue())
                        .isEqualTo(width);
                Number scrollWidth = (Number) b.script("return document.documentElement.scrollWidth;");
                assertThat(scrollWidth.intValue())
                        .as(page.get(0) + " at " + width + " px: page-level overflow")
                        .isLessThanOrEqualTo(width);

                b.findAll(By.cssSelector("header.site nav a"))
                        .forEach(a -> assertThat(((Number) b.script(LINES, a)).intValue())
                                .as(page.get(0) + " at " + width + " px: nav item 「" + a.getText() + "」 on one line")
                                .isEqualTo(1));

                if (!page.get(2).isEmpty()) {
                    Map<String, Object> name = firstKpiName(b, page.get(2));
                    assertThat(((Number) name.get("width")).doubleValue())
                            .as(page.get(0) + " at " + width + " px: width of the KPI name 「" + name.get("text") + "」")
                            .isGreaterThanOrEqualTo(150);
                    @SuppressWarnings("unchecked")
                    List<String> overflowing = (List<String>) b.script(OVERFLOWING, page.get(2));
                    assertThat(overflowing)
                            .as(page.get(0) + " at " + width + " px: KPI names running out of their cell")
                            .isEmpty();
                }

                @SuppressWarnings("unchecked")
                List<String> broken = (List<String>) b.script(VALUE_LINES);
                assertThat(broken)
                        .as(page.get(0) + " at " + width + " px: values broken from their unit")
                        .isEmpty();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstKpiName(Browser b, String selector) {
        return (Map<String, Object>) b.script(
                "var el = document.querySelector(arguments[0]);"
                        + "return {width: el.getBoundingClientRect().width, text: el.textContent.trim()};",
                selector);
    }
}
