package jp.kenpokpi.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.interchange.InterchangeImport;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.interchange.InterchangeFile;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Headquarters undoes a change from the audit log (1440 px), then the import it followed from the import history
 * (768 px): each through its confirmation page, which shows what comes back; the log then shows the undo as 取消.
 */
@SampleDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UndoBrowserIT {

    private static final String HEADER = "branch_code,fiscal_year,as_of,kpi_code,definition_fy,target,actual,numerator,"
            + "denominator,national_value,national_rank,mark,self_evaluation,note,source\n";

    @LocalServerPort
    int port;

    @Autowired
    InterchangeImport importer;

    @Autowired
    KpiRecordRepository records;

    private long importCsv(String name, String rows) {
        return importer.importFiles(
                        List.of(new InterchangeFile(name, (HEADER + rows).getBytes(StandardCharsets.UTF_8))),
                        "honbu",
                        "import")
                .batchId();
    }

    private Optional<String> tochigi() {
        return records.findResult(OrgCode.of("09"), FiscalYear.of(2026), Optional.empty(), "SINGLE_BID_RATE", 2021)
                .flatMap(r -> r.value().actualText());
    }

    @Test
    void aChangeAndThenItsImportAreUndoneFromTheAuditLogAndTheImportHistory() {
        long first = importCsv("first.csv", "09,2026,,SINGLE_BID_RATE,,,1.0%,,,,,,,,\n");
        importCsv("second.csv", "09,2026,,SINGLE_BID_RATE,,,1.5%,,,,,,,,\n");
        assertThat(tochigi()).contains("1.5%");

        try (Browser b = new Browser(port).width(1440).signInAs("honbu")) {
            b.open("/audit");
            WebElement newest = b.waitFor(By.cssSelector("tr.audit-entry"));
            assertThat(newest.getText()).contains("second.csv", "1.0%", "1.5%");
            assertThat(newest.findElement(By.cssSelector("a.record-link")).getAttribute("href"))
                    .endsWith("/kpi/SINGLE_BID_RATE?branch=09&year=2026");
            newest.findElement(By.cssSelector("a.undo-link")).click();

            WebElement steps = b.waitFor(By.id("undo-steps"));
            WebElement actual = steps.findElement(By.cssSelector("li[data-field=actual]"));
            assertThat(actual.findElement(By.cssSelector(".before")).getText()).isEqualTo("1.5%");
            assertThat(actual.findElement(By.cssSelector(".after")).getText()).isEqualTo("1.0%");
            b.screenshot("undo-1440-confirm-change");
            b.find(By.id("undo-confirm")).click();

            assertThat(b.waitFor(By.id("flash-message")).getText()).contains("を取り消しました");
            WebElement undo = b.find(By.cssSelector("tr.audit-entry"));
            assertThat(undo.findElement(By.cssSelector(".action")).getText()).contains("取消 変更#");
            assertThat(undo.findElements(By.cssSelector("a.undo-link")))
                    .as("an undo is not itself undone")
                    .isEmpty();
            b.screenshot("undo-1440-audit-after");
            assertThat(((Number) b.script("return document.documentElement.scrollWidth;")).intValue())
                    .isLessThanOrEqualTo(1440);
        }
        assertThat(tochigi()).contains("1.0%");

        try (Browser b = new Browser(port).width(768).signInAs("honbu")) {
            b.open("/imports/history");
            WebElement row = b.waitFor(By.cssSelector("tr.import-batch[data-id='" + first + "']"));
            assertThat(row.getText()).contains("first.csv");
            b.screenshot("undo-768-import-history");
            row.findElement(By.cssSelector("a.undo-import")).click();

            b.waitFor(By.id("undo-steps"));
            assertThat(b.find(By.cssSelector(".undo-step .removes")).getText()).contains("削除します");
            b.screenshot("undo-768-confirm-import");
            b.find(By.id("undo-confirm")).click();

            assertThat(b.waitFor(By.id("flash-message")).getText()).contains("取込#" + first, "取り消しました");
            assertThat(b.find(By.cssSelector("tr.import-batch[data-id='" + first + "']"))
                            .getText())
                    .contains("取消済");
            assertThat(((Number) b.script("return document.documentElement.scrollWidth;")).intValue())
                    .isLessThanOrEqualTo(768);
            b.screenshot("undo-768-import-history-after");
        }
        assertThat(tochigi()).isEmpty();
    }
}
