package jp.kenpokpi.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.compute.RecordsCompute;
import jp.kenpokpi.period.FiscalYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 13's proof on the pages, in a real browser at 1440 and 768 px: the proof data set's FY2023
 * 生活習慣病予防健診実施率 computed from records and stored, Tochigi's dashboard shows 60.3% with its source on the
 * value, and the KPI page's trend as FY2024 sees it draws both definitions, the FY2024 one starting with FY2023
 * restated (58.9%).
 */
@SampleDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ComputedResultsBrowserIT {

    private static final Path PROOF = Path.of("..", "records", "src", "test", "resources", "proof");

    @LocalServerPort
    int port;

    @Autowired
    RecordsCompute compute;

    @BeforeEach
    void computeTheProofOnce() {
        RecordsCompute.Run run =
                compute.compute(PROOF, FiscalYear.of(2023), Optional.empty(), List.of("LIFESTYLE_CHECKUP_RATE"));
        // The second time over the same records changes nothing.
        compute.apply(run, "honbu");
    }

    @ParameterizedTest
    @ValueSource(ints = {1440, 768})
    void theComputedValueShowsWithItsSourceAndTheTrendDrawsBothDefinitions(int width) {
        try (Browser b = new Browser(port).width(width).signInAs("honbu")) {
            b.open("/dashboard?branch=09&year=2023");
            var cell = b.waitFor(By.xpath("//tr[td[contains(., '生活習慣病予防健診実施率')]]/td[contains(@class, 'actual')]"));
            assertThat(cell.getText()).startsWith("60.3%").contains("架空");
            assertThat(cell.getAttribute("title")).isEqualTo("架空 記録から算出（データ proof） LIFESTYLE_CHECKUP_RATE@2021");
            b.screenshot("computed-dashboard-" + width);

            b.open("/kpi/LIFESTYLE_CHECKUP_RATE?branch=09&year=2024");
            b.waitFor(By.cssSelector("#trend-chart canvas"));
            Object restated = b.waitUntil(d -> b.script("var c = echarts.getInstanceByDom(document.getElementById("
                    + "'trend-chart')); if (!c) return null; var s = c.getOption().series.filter(function (s) {"
                    + " return s.name.indexOf('栃木支部（令和6年度') === 0; })[0]; if (!s) return null;"
                    + " return JSON.stringify(s.data);"));
            assertThat(restated.toString()).as("the FY2024 definition's line").contains("58.9");
            b.screenshot("computed-kpi-trend-" + width);
        }
    }
}
