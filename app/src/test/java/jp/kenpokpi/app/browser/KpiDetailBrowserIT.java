package jp.kenpokpi.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.kenpokpi.app.SampleDataTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The KPI detail page in a real browser: the ECharts charts are drawn, the tile map is laid out. */
@SampleDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KpiDetailBrowserIT {

    private static final String TOCHIGI_CHECKUP_2023 = "/kpi/LIFESTYLE_CHECKUP_RATE?branch=09&year=2023";

    @LocalServerPort
    int port;

    /**
     * What a chart's canvas holds: its size, how many pixels are painted at all, how many in the given colour, and
     * the length of its PNG beside that of an empty canvas of the same size. Null until ECharts made the canvas.
     */
    private static final String CANVAS = """
            var canvas = document.querySelector(arguments[0] + ' canvas');
            if (!canvas || canvas.width === 0 || canvas.height === 0) return null;
            var rgb = arguments[1];
            var pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            var painted = 0, coloured = 0;
            for (var i = 0; i < pixels.length; i += 4) {
              if (pixels[i + 3] === 0) continue;
              painted++;
              if (pixels[i] === rgb[0] && pixels[i + 1] === rgb[1] && pixels[i + 2] === rgb[2] && pixels[i + 3] === 255) coloured++;
            }
            var empty = document.createElement('canvas');
            empty.width = canvas.width;
            empty.height = canvas.height;
            return {width: canvas.width, height: canvas.height, painted: painted, coloured: coloured,
                    png: canvas.toDataURL().length, emptyPng: empty.toDataURL().length};
            """;

    /** Waits for the chart's canvas to be painted, then reads it. */
    @SuppressWarnings("unchecked")
    private static Map<String, Long> canvas(Browser b, String chart, List<Integer> rgb) {
        return b.waitUntil(d -> {
            Map<String, Long> c = (Map<String, Long>) b.script(CANVAS, chart, rgb);
            return c != null && c.get("painted") > 0 ? c : null;
        });
    }

    @Test
    void theTrendAndRankingChartsAreDrawnOnTheirCanvasesWithTochigiInItsColours() {
        try (Browser b = new Browser(port)) {
            b.signInAs("etsuran").open(TOCHIGI_CHECKUP_2023);
            // The branch's own line (#2a5b9c, kpi-detail.js BRANCH) and Tochigi's highlighted bar (#d9480f, HIGHLIGHT).
            Map<String, Long> trend = canvas(b, "#trend-chart", List.of(0x2a, 0x5b, 0x9c));
            Map<String, Long> ranking = canvas(b, "#ranking-chart", List.of(0xd9, 0x48, 0x0f));
            for (Map<String, Long> chart : List.of(trend, ranking)) {
                assertThat(chart.get("width")).isGreaterThan(300);
                assertThat(chart.get("height")).isGreaterThan(200);
                assertThat(chart.get("painted"))
                        .as("painted pixels")
                        .isGreaterThan(chart.get("width") * chart.get("height") / 100);
                assertThat(chart.get("png"))
                        .as("PNG of the chart against an empty canvas")
                        .isGreaterThan(2 * chart.get("emptyPng"));
            }
            assertThat(trend.get("coloured")).as("pixels of Tochigi's line").isGreaterThan(100);
            assertThat(ranking.get("coloured")).as("pixels of Tochigi's bar").isGreaterThan(50);
            // Issue 8 (15): the bars start at 0 (an axis from 40 exaggerated the differences); the trend has a target
            // line.
            Number axisStart =
                    (Number) b.script("return echarts.getInstanceByDom(document.getElementById('ranking-chart'))"
                            + ".getModel().getComponent('yAxis').axis.scale.getExtent()[0];");
            assertThat(axisStart.doubleValue()).isZero();
            Object targetSeries = b.script("return echarts.getInstanceByDom(document.getElementById('trend-chart'))"
                    + ".getOption().series.filter(function (s) { return s.name.indexOf('目標') === 0; }).length;");
            assertThat(((Number) targetSeries).intValue()).isPositive();
            b.screenshot("kpi-detail-tochigi-checkup-2023");
        }
    }

    @Test
    void theTileMapLaysOutThe47BranchesEachInItsOwnPlaceWithTochigiHighlighted() {
        try (Browser b = new Browser(port)) {
            b.signInAs("etsuran").open(TOCHIGI_CHECKUP_2023);
            List<WebElement> tiles = b.waitFor(By.id("tile-map")).findElements(By.cssSelector("a.tile"));
            assertThat(tiles).hasSize(47);
            assertThat(tiles.stream().map(t -> t.getAttribute("data-branch")).distinct())
                    .hasSize(47);
            List<Rectangle> places = tiles.stream().map(WebElement::getRect).toList();
            assertThat(places)
                    .allSatisfy(r -> assertThat(r.getWidth() * r.getHeight()).isPositive());
            assertThat(places.stream().map(r -> r.getX() + "," + r.getY()).collect(Collectors.toSet()))
                    .as("no two tiles in the same place")
                    .hasSize(47);
            assertThat(b.findAll(By.cssSelector("#tile-map a.tile.tile-highlighted")))
                    .extracting(t -> t.getAttribute("data-branch"))
                    .containsExactly("09");
            assertThat(b.find(By.cssSelector("#tile-map a.tile[data-branch='09'] .tile-name"))
                            .getText())
                    .isEqualTo("栃木");
            // The whole map shows on a wide screen: 13 columns of at least 4.6rem and their gaps fit its width.
            Number hidden = (Number)
                    b.script("var m = document.getElementById('tile-map'); return m.scrollWidth - m.clientWidth;");
            assertThat(hidden.intValue())
                    .as("pixels of the map scrolled out of sight")
                    .isZero();
        }
    }

    @Test
    void theDefinitionSectionListsBothVersionsWithThe2021OneCurrentForFy2023() {
        try (Browser b = new Browser(port)) {
            b.signInAs("etsuran").open(TOCHIGI_CHECKUP_2023);
            List<WebElement> versions =
                    b.waitFor(By.id("definition-versions")).findElements(By.cssSelector("tr[data-definition-fy]"));
            assertThat(versions)
                    .extracting(v -> v.getAttribute("data-definition-fy"))
                    .containsExactly("2021", "2024");
            assertThat(versions.get(0).getAttribute("class")).contains("current-version");
            assertThat(versions.get(0).getText()).contains("令和5年度の定義");
            assertThat(versions.get(1).getAttribute("class")).doesNotContain("current-version");
        }
    }
}
