package jp.kenpokpi.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.PageHtml;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.csv.CsvParser;
import jp.kenpokpi.csv.CsvRecord;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Every view exported (issue 10): each page's Excel and CSV links, followed as the page gives them, answer exactly
 * what the page shows — its rows after its filters, its headings, numbers as numbers in the workbook — as a file
 * with a Japanese name; the CSV begins with a BOM and parses back; a formula-looking text cannot run in either.
 */
@SampleDataTest
class ViewDownloadsIT {

    private static final DataFormatter FORMAT = new DataFormatter();

    @Autowired
    MockMvc mvc;

    @Autowired
    KpiRecordRepository records;

    /** The href of the page's download link of this extension, in the block of this id, as the browser follows it. */
    private static String link(String html, String id, String extension) {
        return PageHtml.group(
                        html,
                        "id=\"" + id + "\".*?href=\"([^\"]+\\." + extension + "\\?[^\"]*)\"",
                        id + " ." + extension + " link")
                .replace("&amp;", "&");
    }

    private MvcResult download(String href, String username) throws Exception {
        return mvc.perform(get(URI.create(href)).with(DemoUsers.as(username)))
                .andExpect(status().isOk())
                .andReturn();
    }

    private static XSSFWorkbook workbook(MvcResult answer) throws Exception {
        assertThat(answer.getResponse().getContentType()).startsWith("application/vnd.openxmlformats");
        return new XSSFWorkbook(new ByteArrayInputStream(answer.getResponse().getContentAsByteArray()));
    }

    /** The CSV's records after its byte order mark, which it must begin with (Excel reads Japanese only so). */
    private static List<CsvRecord> csv(MvcResult answer) throws Exception {
        byte[] bytes = answer.getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 BOM").containsExactly(0xEF, 0xBB, 0xBF);
        return CsvParser.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    private static List<String> column(List<CsvRecord> records, int column) {
        return records.stream().skip(1).map(r -> r.fields().get(column)).toList();
    }

    /** The texts of a sheet's column from the first body row (after title, blank row, one header row). */
    private static List<String> column(Sheet sheet, int column) {
        List<String> texts = new ArrayList<>();
        for (int r = ReportExcel.FIRST_HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) break; // the blank row before the legend
            texts.add(FORMAT.formatCellValue(row.getCell(column)));
        }
        return texts;
    }

    private static List<String> header(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Cell c : sheet.getRow(ReportExcel.FIRST_HEADER_ROW)) texts.add(c.getStringCellValue());
        return texts;
    }

    private static Row rowNamed(Sheet sheet, int column, String name) {
        for (Row r : sheet) {
            Cell c = r.getCell(column);
            if (c != null
                    && c.getCellType() == CellType.STRING
                    && c.getStringCellValue().equals(name)) return r;
        }
        throw new AssertionError("no row " + name);
    }

    private static String disposition(MvcResult answer) {
        return answer.getResponse().getHeader("Content-Disposition");
    }

    /** The texts of the page's table's header cells, between its id and its </thead>. */
    private static List<String> pageHeadings(String html, String tableId) {
        String head = PageHtml.find(html, "id=\"" + tableId + "\".*?</thead>", tableId);
        return PageHtml.every(head, "<th[^>]*>([^<]*)</th>");
    }

    @Test
    void theDashboardFilteredByGroupDownloadsExactlyTheRowsThePageShows() throws Exception {
        String html = DemoUsers.page(mvc, "/dashboard?branch=09&year=2023&group=保健", "etsuran");
        String table = PageHtml.find(html, "id=\"summary-table\".*?</table>", "summary table");
        List<String> shown = PageHtml.every(table, "href=\"/kpi/[A-Z0-9_]+\\?[^\"]*\">([^<]+)</a>");
        assertThat(shown).as("the page's rows of group 保健").isNotEmpty().contains("生活習慣病予防健診実施率");
        List<String> headings = pageHeadings(html, "summary-table");

        MvcResult xlsx = download(link(html, "dashboard-downloads", "xlsx"), "etsuran");
        assertThat(disposition(xlsx))
                .startsWith("attachment;")
                .contains("filename*=UTF-8''")
                .contains(java.net.URLEncoder.encode("栃木支部", StandardCharsets.UTF_8));
        try (XSSFWorkbook book = workbook(xlsx)) {
            Sheet sheet = book.getSheet("ダッシュボード");
            assertThat(header(sheet)).as("headings as on screen").isEqualTo(headings);
            assertThat(column(sheet, 1)).as("KPI names, in the page's order").isEqualTo(shown);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("担当グループ：保健");
            Cell result = rowNamed(sheet, 1, "生活習慣病予防健診実施率").getCell(headings.indexOf("令和5年度実績"));
            assertThat(result.getCellType()).as("a result is a number").isEqualTo(CellType.NUMERIC);
            assertThat(result.getNumericCellValue()).isCloseTo(0.722, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(FORMAT.formatCellValue(result)).isEqualTo("72.2%");
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow())
                    .as("the header row frozen")
                    .isEqualTo((short) (ReportExcel.FIRST_HEADER_ROW + 1));
        }

        List<CsvRecord> csv = csv(download(link(html, "dashboard-downloads", "csv"), "etsuran"));
        assertThat(csv.get(0).fields()).isEqualTo(headings);
        assertThat(column(csv, 1)).isEqualTo(shown);
        CsvRecord checkup = csv.stream()
                .filter(r -> r.fields().get(1).equals("生活習慣病予防健診実施率"))
                .findFirst()
                .orElseThrow();
        assertThat(checkup.fields().get(headings.indexOf("令和5年度実績"))).isEqualTo("72.2%");
    }

    @Test
    void theComparisonSortedByAKpiDownloadsItsColumnsInThePagesOrder() throws Exception {
        String html = DemoUsers.page(
                mvc, "/comparison?year=2023&block=TOHOKU&sort=LIFESTYLE_CHECKUP_RATE&dir=desc", "etsuran");
        List<String> organisations = PageHtml.every(html, "<th scope=\"col\" data-branch=\"\\d\\d\">([^<]+)</th>");
        assertThat(organisations).hasSize(7).startsWith("協会全体");
        List<String> kpis = PageHtml.every(html, "class=\"sort-link\"[^>]*>([^<]+)</a>");
        // The first branch's cell of the sorted row (after the association's): its result and mark as shown.
        String bestBranchResult =
                "data-kpi=\"LIFESTYLE_CHECKUP_RATE\"[^>]*class=\"sorted\".*?<td.*?<td.*?class=\"actual\">"
                        + "<span class=\"label\">結果</span> <span class=\"value\">([^<]+)</span>";

        try (XSSFWorkbook book = workbook(download(link(html, "comparison-downloads", "xlsx"), "etsuran"))) {
            Sheet sheet = book.getSheet("支部比較");
            Row names = sheet.getRow(ReportExcel.FIRST_HEADER_ROW);
            for (int i = 0; i < organisations.size(); i++) {
                assertThat(names.getCell(1 + 4 * i).getStringCellValue()).isEqualTo(organisations.get(i));
            }
            Row checkup = rowNamed(sheet, 0, "生活習慣病予防健診実施率");
            assertThat(checkup.getCell(6).getCellType())
                    .as("the best branch's result is a number")
                    .isEqualTo(CellType.NUMERIC);
            assertThat(FORMAT.formatCellValue(checkup.getCell(6)))
                    .as("the result as the page shows it, then its mark")
                    .startsWith(PageHtml.group(html, bestBranchResult, "the best branch's result")
                                    .strip() + " ");
        }
        List<CsvRecord> csv = csv(download(link(html, "comparison-downloads", "csv"), "etsuran"));
        for (int i = 0; i < organisations.size(); i++) {
            assertThat(csv.get(0).fields().subList(1 + 4 * i, 5 + 4 * i))
                    .containsExactly(
                            organisations.get(i) + " 目標",
                            organisations.get(i) + " 結果",
                            organisations.get(i) + " 全体比",
                            organisations.get(i) + " 判定");
        }
        List<String> rowsNamed = column(csv, 0).stream().filter(kpis::contains).toList();
        assertThat(rowsNamed).isEqualTo(kpis);
    }

    @Test
    void theKpiPageDownloadsItsTrendTableAndItsRanking() throws Exception {
        String html = DemoUsers.page(mvc, "/kpi/LIFESTYLE_CHECKUP_RATE?branch=09&year=2023", "etsuran");
        List<String> years = pageHeadings(html, "trend-table");
        String rank = PageHtml.group(html, "栃木支部：全国(\\d+)位", "Tochigi's rank");
        String trendTable = PageHtml.find(html, "id=\"trend-table\".*?</table>", "trend table");
        List<String> series = PageHtml.every(trendTable, "<tr[^>]*data-kind[^>]*>\\s*<th>([^<]+)</th>");
        String tochigiSeries = series.stream()
                .filter(n -> n.startsWith("栃木支部") && !n.contains("令和6年度"))
                .findFirst()
                .orElseThrow();

        try (XSSFWorkbook book = workbook(download(link(html, "trend-downloads", "xlsx"), "etsuran"))) {
            Sheet sheet = book.getSheet("推移");
            assertThat(header(sheet)).isEqualTo(years);
            assertThat(column(sheet, 0))
                    .as("the series, as the page names them")
                    .isEqualTo(series);
            Row tochigi = rowNamed(sheet, 0, tochigiSeries);
            assertThat(tochigi.getCell(years.indexOf("令和5年度")).getNumericCellValue())
                    .isCloseTo(0.722, org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(csv(download(link(html, "trend-downloads", "csv"), "etsuran"))
                        .get(0)
                        .fields())
                .isEqualTo(years);

        try (XSSFWorkbook book = workbook(download(link(html, "ranking-downloads", "xlsx"), "etsuran"))) {
            Sheet sheet = book.getSheet("支部別の実績");
            assertThat(column(sheet, 1)).hasSize(47).contains("栃木支部");
            Row tochigi = rowNamed(sheet, 1, "栃木支部");
            assertThat(tochigi.getCell(0).getStringCellValue()).isEqualTo("全国" + rank + "位");
            assertThat(tochigi.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(tochigi.getCell(3).getStringCellValue()).isEqualTo("○");
        }
        List<CsvRecord> ranking = csv(download(link(html, "ranking-downloads", "csv"), "etsuran"));
        assertThat(ranking).hasSize(48);
        assertThat(ranking.get(0).fields()).containsExactly("順位", "支部", "実績", "表示中の支部");
    }

    @Test
    void theInterimPageDownloadsItsMonthsRows() throws Exception {
        String html = DemoUsers.page(mvc, "/interim?branch=00", "etsuran");
        String table = PageHtml.find(html, "id=\"interim-table\".*?</table>", "interim table");
        List<String> shown = PageHtml.every(table, "href=\"/kpi/[A-Z0-9_]+\\?[^\"]*\">([^<]+)</a>");
        assertThat(shown).isNotEmpty();

        try (XSSFWorkbook book = workbook(download(link(html, "interim-downloads", "xlsx"), "etsuran"))) {
            Sheet sheet = book.getSheet("中間実績");
            assertThat(column(sheet, 0)).isEqualTo(shown);
            assertThat(column(sheet, 3))
                    .as("the month each latest value was taken at")
                    .contains("令和3年9月末時点");
            boolean someNumber = false;
            for (int r = ReportExcel.FIRST_HEADER_ROW + 1; r <= ReportExcel.FIRST_HEADER_ROW + shown.size(); r++)
                someNumber |= sheet.getRow(r).getCell(2).getCellType() == CellType.NUMERIC;
            assertThat(someNumber).as("latest results as numbers").isTrue();
        }
        assertThat(column(csv(download(link(html, "interim-downloads", "csv"), "etsuran")), 0))
                .isEqualTo(shown);
    }

    @Test
    void theBudgetPageDownloadsItsItemsWithAmountsAsNumbers() throws Exception {
        String html = DemoUsers.page(mvc, "/budget?branch=09&year=2023", "etsuran");
        List<String> items = PageHtml.every(html, "class=\"item-name\"><span>([^<]+)</span>");
        assertThat(items).hasSize(17);

        try (XSSFWorkbook book = workbook(download(link(html, "budget-downloads", "xlsx"), "etsuran"))) {
            Sheet sheet = book.getSheet("予算執行");
            List<String> names = new ArrayList<>();
            for (Row r : sheet) {
                Cell item = r.getCell(1);
                if (r.getRowNum() > ReportExcel.FIRST_HEADER_ROW
                        && item != null
                        && item.getStringCellValue().startsWith("(")) {
                    names.add(item.getStringCellValue());
                    assertThat(r.getCell(2).getCellType()).as("予算額 a number").isEqualTo(CellType.NUMERIC);
                    assertThat(r.getCell(3).getCellType()).as("執行額 a number").isEqualTo(CellType.NUMERIC);
                }
            }
            assertThat(names).isEqualTo(items);
        }
        List<CsvRecord> csv = csv(download(link(html, "budget-downloads", "csv"), "etsuran"));
        assertThat(csv.get(0).fields()).containsExactly("分野", "主な取組", "予算額（円）", "執行額（円）", "執行率", "備考");
        assertThat(column(csv, 1).stream().filter(t -> t.startsWith("(")).toList())
                .isEqualTo(items);
    }

    @Test
    void theTargetGridDownloadsTheOrganisationsAndKpisThePageShows() throws Exception {
        String html = DemoUsers.page(mvc, "/targets?year=2025&block=TOHOKU", "etsuran");
        List<String> shown = PageHtml.every(html, "<tr data-org=\"(\\d\\d)\"");
        assertThat(shown).as("協会全体 and the Tohoku branches").containsExactly("00", "02", "03", "04", "05", "06", "07");

        List<CsvRecord> csv = csv(download(link(html, "target-downloads", "csv"), "etsuran"));
        assertThat(csv.get(0).fields()).startsWith("コード", "支部", "サービススタンダードの達成状況");
        assertThat(column(csv, 0)).isEqualTo(shown);
        CsvRecord akita = csv.stream()
                .filter(r -> r.fields().get(0).equals("05"))
                .findFirst()
                .orElseThrow();
        assertThat(akita.fields().get(2))
                .isEqualTo(records.findTarget(OrgCode.of("05"), FiscalYear.of(2025), "SS_ACHIEVEMENT")
                        .orElseThrow()
                        .value()
                        .figure()
                        .textOr(""));
        try (XSSFWorkbook book = workbook(download(link(html, "target-downloads", "xlsx"), "etsuran"))) {
            assertThat(column(book.getSheet("目標設定"), 0)).isEqualTo(shown);
        }
    }

    @Test
    void theStatusBoardDownloadsEachBranchsReportsOfTheBlock() throws Exception {
        String html = DemoUsers.page(mvc, "/submissions/board?year=2023&block=KANTO", "honbu");
        List<String> shown = PageHtml.every(html, "<tr data-branch=\"(\\d\\d)\"");

        List<CsvRecord> csv = csv(download(link(html, "board-downloads", "csv"), "honbu"));
        List<CsvRecord> body =
                csv.stream().filter(r -> r.fields().get(0).matches("\\d\\d")).toList();
        assertThat(body).extracting(r -> r.fields().get(0)).isEqualTo(shown);
        CsvRecord tochigi = body.stream()
                .filter(r -> r.fields().get(0).equals("09"))
                .findFirst()
                .orElseThrow();
        assertThat(tochigi.fields()).contains("栃木支部");
        assertThat(tochigi.fields().stream()
                        .filter(f ->
                                List.of("入力中", "提出済", "差戻し", "承認済", "支部承認済").contains(f)))
                .as("a state per report")
                .hasSize(3);
    }

    @Test
    void aNoteBeginningLikeAFormulaCannotRunInEitherFile() throws Exception {
        String formula = "=HYPERLINK(\"http://example.invalid\",\"押す\")";
        int version = records.findResult(
                        OrgCode.of("09"), FiscalYear.of(2023), Optional.empty(), "HEALTH_DECLARATION_OFFICES", 2021)
                .orElseThrow()
                .version();
        DemoUsers.send(
                        mvc,
                        post("/entry/HEALTH_DECLARATION_OFFICES")
                                .param("branch", "09")
                                .param("year", "2023")
                                .param("actual", "1,529事業所")
                                .param("numerator", "")
                                .param("denominator", "")
                                .param("note", formula)
                                .param("selfEvaluation", "")
                                .param("selfEvaluationReason", "")
                                .param("narrative", "")
                                .param("version", Integer.toString(version))
                                .accept(MediaType.TEXT_HTML),
                        "honbu")
                .andExpect(status().is3xxRedirection());

        String html = DemoUsers.page(mvc, "/dashboard?branch=09&year=2023&group=企画総務", "etsuran");
        try (XSSFWorkbook book = workbook(download(link(html, "dashboard-downloads", "xlsx"), "etsuran"))) {
            Sheet sheet = book.getSheet("ダッシュボード");
            Cell note = rowNamed(sheet, 1, "健康宣言事業所数").getCell(header(sheet).indexOf("備考"));
            assertThat(note.getCellType()).as("text, not a formula").isEqualTo(CellType.STRING);
            assertThat(note.getStringCellValue()).isEqualTo(formula);
            assertThat(note.getCellStyle().getQuotePrefixed())
                    .as("Excel's quote prefix")
                    .isTrue();
        }
        List<CsvRecord> csv = csv(download(link(html, "dashboard-downloads", "csv"), "etsuran"));
        int noteColumn = csv.get(0).fields().indexOf("備考");
        CsvRecord row = csv.stream()
                .filter(r -> r.fields().get(1).equals("健康宣言事業所数"))
                .findFirst()
                .orElseThrow();
        assertThat(row.fields().get(noteColumn)).isEqualTo("'" + formula);
    }

    @Test
    void aDownloadNeedsSignInAndAnUnknownFormatIsNotFound() throws Exception {
        mvc.perform(get("/dashboard.csv?branch=09&year=2023")).andExpect(status().is3xxRedirection());
        assertThat(DemoUsers.notFound(mvc, "/dashboard.pdf?branch=09&year=2023", "etsuran"))
                .contains("xlsx または csv");
    }
}
