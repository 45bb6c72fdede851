package jp.kenpokpi.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.incentive.IncentiveFormat;
import jp.kenpokpi.app.incentive.IncentiveService;
import jp.kenpokpi.app.incentive.WhatIfText;
import jp.kenpokpi.incentive.BranchScore;
import jp.kenpokpi.incentive.Indicator;
import jp.kenpokpi.incentive.RateChange;
import jp.kenpokpi.incentive.WhatIfOutcome;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 14 in the browser: the Tochigi editor opens the incentive ranking from the nav, goes to their own sheet,
 * runs a what-if in the form (a rise that passes branches) and sees the new rank; headquarters sees the ranking of
 * 47 branches. At a laptop's width and a tablet's, the page itself never scrolls sideways (the table does, inside
 * its frame).
 */
@SampleDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IncentiveBrowserIT {

    private static final FiscalYear YEAR = FiscalYear.of(2023);

    @LocalServerPort
    int port;

    @Autowired
    IncentiveService incentive;

    @ParameterizedTest(name = "{0}px")
    @ValueSource(ints = {1440, 768})
    void aBranchEditorOpensTheirSheetFromTheNavAndRunsAWhatIf(int width) {
        IncentiveService.Scored scored = incentive.score(YEAR);
        OrgCode tochigi = OrgCode.of("09");
        // Tochigi is 1st in FY2023 by a margin: the smallest fall of ② (5, 10 or 20 points) that costs it places
        WhatIfOutcome expected = null;
        String points = null;
        for (String p : List.of("-5.0", "-10.0", "-20.0")) {
            expected = incentive.whatIf(
                    scored, tochigi, new RateChange(Indicator.HEALTH_GUIDANCE_RATE, new BigDecimal(p)));
            points = p;
            if (!expected.after().rank().equals(expected.before().rank())) break;
        }
        WhatIfOutcome outcome = expected;
        try (Browser b = new Browser(port).width(width).signInAs("tochigi")) {
            b.open("/dashboard");
            b.find(By.cssSelector("header.site nav a[data-nav='incentive']")).click();
            b.waitFor(By.id("incentive-ranking"));
            new Select(b.find(By.id("year"))).selectByValue("2023");
            b.waitUntil(d -> d.getCurrentUrl().contains("year=2023"));
            b.waitFor(By.id("own-sheet-link")).click();

            assertThat(b.waitFor(By.tagName("h1")).getText()).startsWith("栃木支部 インセンティブ制度 令和5年度（2023年度）実績");
            BranchScore before = scored.ranking().branch(tochigi).orElseThrow();
            assertThat(b.find(By.id("incentive-standing")).getText()).contains(IncentiveFormat.rank(before));

            new Select(b.find(By.id("what-if-indicator"))).selectByValue("2");
            b.type(By.id("what-if-points"), "abc");
            b.find(By.id("what-if-submit")).click();
            assertThat(b.waitFor(By.id("what-if-problem")).getText()).contains("「ポイント」欄", "abc");

            b.type(By.id("what-if-points"), points);
            b.find(By.id("what-if-submit")).click();
            WebElement rank = b.waitFor(By.id("what-if-rank"));
            assertThat(rank.getText()).isEqualTo(WhatIfText.rankChangeJa(outcome));
            assertThat(b.find(By.id("what-if-headline")).getText())
                    .startsWith("もしも: ②を" + points.substring(1) + "ポイント下げると");
            assertThat(b.find(By.id("what-if-total")).getText()).isEqualTo(WhatIfText.totalChangeJa(outcome));
            assertThat(b.find(By.id("what-if-overtaken-by")).getText())
                    .isEqualTo(IncentiveFormat.names(outcome.overtakenBy()));
            assertThat(outcome.after().rank()).isNotEqualTo(outcome.before().rank());
            assertNoPageOverflow(b, width);
            b.screenshot("incentive-branch-what-if-" + width);
        }
    }

    @ParameterizedTest(name = "{0}px")
    @ValueSource(ints = {1440, 768})
    void headquartersSeesTheRankingOfTheFortySevenBranches(int width) {
        try (Browser b = new Browser(port).width(width).signInAs("honbu")) {
            b.open("/incentive?year=2023");
            List<WebElement> rows = b.findAll(By.cssSelector("#incentive-ranking tbody tr[data-branch]"));
            assertThat(rows).hasSize(47);
            assertThat(b.findAll(By.id("own-sheet"))).isEmpty();
            assertThat(b.find(By.id("incentive-fund")).getText()).contains("（原資と一致）");
            assertThat(b.find(By.id("incentive-years-table")).getText()).contains("2020年度", "2024年度");
            assertNoPageOverflow(b, width);
            b.screenshot("incentive-ranking-" + width);
            b.find(By.cssSelector("#incentive-ranking tr[data-branch='31'] a")).click();
            assertThat(b.waitFor(By.tagName("h1")).getText()).startsWith("鳥取支部 インセンティブ制度");
            b.screenshot("incentive-branch-hq-" + width);
        }
    }

    private static void assertNoPageOverflow(Browser b, int width) {
        Number scrollWidth = (Number) b.script("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth.intValue())
                .as("page-level overflow at " + width + " px")
                .isLessThanOrEqualTo(width);
    }
}
