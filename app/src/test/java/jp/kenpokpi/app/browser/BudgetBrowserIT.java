package jp.kenpokpi.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.kenpokpi.app.SampleDataTest;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 10's main budget path: the Tochigi editor downloads the Excel template of a new year from the import page,
 * fills in the executed amounts, uploads it, checks the preview, applies it, and R7 appears; then adjusts one executed
 * amount on the budget page. At a laptop's width and a tablet's.
 */
@SampleDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BudgetBrowserIT {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}px, FY{1}")
    @CsvSource({"1440, 2024", "768, 2025"})
    void aBranchLoadsItsBudgetFromTheExcelTemplateAndR7Appears(int width, int year) throws Exception {
        try (Browser b = new Browser(port).width(width).signInAs("tochigi")) {
            b.open("/import");
            b.type(By.id("budget-template-year"), Integer.toString(year));
            b.screenshot("budget-import-form-" + width);
            byte[] template = download(b, "/import/budget-template.xlsx?year=" + year);

            Path filled = Files.createTempFile("budget-09-" + year + "-", ".xlsx");
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template));
                    OutputStream out = Files.newOutputStream(filled)) {
                Sheet sheet = book.getSheet("予算執行");
                for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                    long budget = Long.parseLong(sheet.getRow(r).getCell(6).getStringCellValue());
                    sheet.getRow(r).getCell(7).setCellValue(budget / 2); // half of each budget executed so far
                }
                book.write(out);
            }

            b.find(By.id("kind-budget")).click();
            b.find(By.id("files")).sendKeys(filled.toAbsolutePath().toString());
            b.find(By.id("preview")).click();
            String heading = b.waitFor(By.cssSelector("#budget-preview h2")).getText();
            assertThat(heading).startsWith("確認: 取組17件のうち").endsWith("件が変わります");
            assertThat(b.findAll(By.cssSelector("tr.budget-preview-line"))
                            .get(0)
                            .getText())
                    .contains("09", "医療費適正化等予算", "執行額: 955,000円");
            b.screenshot("budget-import-preview-" + width);

            b.find(By.id("apply")).click();
            assertThat(b.waitFor(By.id("flash-message")).getText()).startsWith("予算執行 17行を取り込みました");

            b.open("/reports/budget?branch=09&year=" + year);
            String report = b.waitFor(By.tagName("main")).getText();
            assertThat(report).contains("栃木支部", "955,000", "50.0%");
            b.screenshot("budget-r7-" + width);

            b.open("/budget?branch=09&year=" + year);
            b.waitFor(By.id("budget-table"))
                    .findElement(By.cssSelector("tr.item a.edit-link"))
                    .click();
            b.waitFor(By.id("budget-item-form"));
            b.type(By.id("executed"), "1,000,000");
            b.screenshot("budget-item-form-" + width);
            b.find(By.id("save")).click();
            assertThat(b.waitFor(By.id("flash-message")).getText()).endsWith("の執行額を保存しました（955,000円 → 1,000,000円）");
            assertThat(b.find(By.cssSelector("tr.item[data-item='1'] td.executed"))
                            .getText())
                    .contains("1,000,000円");
            b.screenshot("budget-page-after-entry-" + width);
        }
    }

    /** Without a file: the editor types a year's budget line by line on the budget page, and R7 shows it. */
    @ParameterizedTest(name = "{0}px, FY{1}")
    @CsvSource({"1440, 2021", "768, 2022"})
    void aBranchTypesItsBudgetLineByLineAndR7Appears(int width, int year) {
        try (Browser b = new Browser(port).width(width).signInAs("tochigi")) {
            b.open("/budget?branch=09&year=" + year);
            b.find(By.id("add-budget-line")).click();
            b.type(By.id("section"), "医療費適正化等予算");
            b.type(By.id("category"), "医療費適正化対策");
            b.type(By.id("item"), "健診の受診勧奨");
            b.type(By.id("budget-amount"), "一万");
            b.find(By.id("add-line")).click();
            assertThat(b.waitFor(By.id("line-error")).getText()).contains("何も保存していません");
            assertThat(b.find(By.id("budget-line-form")).getText()).contains("「一万」を予算額として読めません");
            b.type(By.id("budget-amount"), "1,200,000");
            b.screenshot("budget-line-form-" + width);
            b.find(By.id("add-line")).click();
            assertThat(b.waitFor(By.id("flash-message")).getText()).isEqualTo("「健診の受診勧奨」を医療費適正化等予算の医療費適正化対策に追加しました");
            b.find(By.id("add-budget-line")).click();
            b.type(By.id("section"), "医療費適正化等予算");
            b.type(By.id("category"), "医療費適正化対策");
            b.type(By.id("item"), "ジェネリック医薬品の使用促進");
            b.type(By.id("budget-amount"), "800000");
            b.type(By.id("executed-amount"), "200000");
            b.find(By.id("add-line")).click();
            b.waitFor(By.id("flash-message"));
            assertThat(b.find(By.id("budget-table")).getText()).contains("健診の受診勧奨", "2,000,000円", "200,000円");
            b.screenshot("budget-typed-" + width);

            b.open("/reports/budget?branch=09&year=" + year);
            assertThat(b.find(By.tagName("main")).getText()).contains("ジェネリック医薬品の使用促進", "2,000,000");
        }
    }

    /** A file as the signed-in browser would download it: the same session, through the page's own address. */
    private byte[] download(Browser b, String path) throws Exception {
        Cookie session = b.driver().manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Cookie", "JSESSIONID=" + session.getValue())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Disposition").orElse(""))
                .contains("budget-09-" + path.substring(path.length() - 4) + ".xlsx");
        return answer.body();
    }
}
