package jp.kenpokpi.app.incentive;

import static jp.kenpokpi.app.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.PageHtml;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.incentive.BranchScore;
import jp.kenpokpi.incentive.Indicator;
import jp.kenpokpi.incentive.RateChange;
import jp.kenpokpi.incentive.WhatIfOutcome;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The incentive pages on the sample database, for every results year it holds: the ranking lists the 47 branches and
 * its shares add up to the fund it shows; a branch's sheet shows its rank; a what-if moves the total as the engine
 * (IncentiveService) says; a bad what-if names the field; the Excel and PDF files carry the page's figures.
 */
@SampleDataTest
class IncentivePageIT {

    private static final OrgCode TOCHIGI = OrgCode.of("09");

    @Autowired
    MockMvc mvc;

    @Autowired
    IncentiveService incentive;

    private List<FiscalYear> years() {
        List<FiscalYear> years = incentive.scoredYears().stream()
                .map(s -> s.ranking().resultsYear())
                .toList();
        assertThat(years)
                .contains(
                        FiscalYear.of(2020),
                        FiscalYear.of(2021),
                        FiscalYear.of(2022),
                        FiscalYear.of(2023),
                        FiscalYear.of(2024));
        return years;
    }

    private static String table(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isPositive();
        return html.substring(start, html.indexOf("</table>", start));
    }

    private static List<String> column(String table, String key) {
        return PageHtml.every(table, "data-column=\"" + key + "\">(?:<a[^>]*>)?([^<]*)<").stream()
                .map(HtmlUtils::htmlUnescape)
                .toList();
    }

    @Test
    void everyResultsYearsRankingListsTheFortySevenBranchesAndItsSharesAddUpToTheFundShown() throws Exception {
        for (FiscalYear year : years()) {
            IncentiveService.Scored scored = incentive.score(year);
            String html = DemoUsers.page(mvc, "/incentive?year=" + year.value(), "etsuran");
            String ranking = table(html, "incentive-ranking");
            assertThat(PageHtml.every(ranking, "<tr[^>]* data-branch=\"(\\d\\d)\""))
                    .as(year.label())
                    .hasSize(47);
            long fund = Long.parseLong(PageHtml.group(html, "data-fund=\"(\\d+)\"", "fund"));
            long shares = column(ranking, "share").stream()
                    .filter(s -> !s.isEmpty())
                    .mapToLong(s -> Long.parseLong(s.replace(",", "")))
                    .sum();
            assertThat(shares)
                    .as(year.label())
                    .isEqualTo(fund)
                    .isEqualTo(scored.ranking().fundYen());
            assertThat(html)
                    .contains("原資: " + IncentiveFormat.yen(fund) + "円", "（原資と一致）", "架空")
                    .contains(HtmlUtils.htmlEscape(IncentiveLines.rankingTitle(scored.ranking())));
            assertThat(column(ranking, "rewarded").stream().filter("○"::equals).count())
                    .isEqualTo(scored.ranking().branches().stream()
                            .filter(BranchScore::rewarded)
                            .count());
            // the years side by side: every year scored, a row a branch
            String side = table(html, "incentive-years-table");
            for (FiscalYear y : years()) assertThat(side).contains(y.label() + "実績");
            assertThat(column(side, "branch")).hasSize(47);

            String sheet = DemoUsers.page(mvc, "/incentive/09?year=" + year.value(), "tochigi");
            BranchScore tochigi = scored.ranking().branch(TOCHIGI).orElseThrow();
            assertThat(PageHtml.group(sheet, "id=\"incentive-standing\">([^<]*)<", "standing"))
                    .isEqualTo(IncentiveLines.standingJa(tochigi, scored.ranking()))
                    .contains(IncentiveFormat.rank(tochigi));
        }
    }

    @Test
    void aWhatIfOnTheSheetMovesTheTotalAsTheEngineSaysInEveryYear() throws Exception {
        for (FiscalYear year : years()) {
            IncentiveService.Scored scored = incentive.score(year);
            // the first branch below the reward line with a rate of ② to raise (Tochigi's FY2022 has none)
            OrgCode branch = scored.ranking().branches().stream()
                    .filter(b -> !b.rewarded())
                    .map(BranchScore::branch)
                    .filter(c -> scored.derivation()
                            .inputs()
                            .input(c, Indicator.HEALTH_GUIDANCE_RATE)
                            .rate()
                            .isPresent())
                    .findFirst()
                    .orElseThrow();
            WhatIfOutcome expected = incentive.whatIf(
                    scored, branch, new RateChange(Indicator.HEALTH_GUIDANCE_RATE, new BigDecimal("1.0")));
            assertThat(expected.after().total()).isGreaterThan(expected.before().total());
            String html = DemoUsers.page(
                    mvc,
                    "/incentive/" + branch.value() + "?year=" + year.value() + "&indicator=2&points=1.0",
                    "tochigi");
            assertThat(PageHtml.group(html, "id=\"what-if-total\">([^<]*)<", "total"))
                    .as(year.label())
                    .isEqualTo(WhatIfText.totalChangeJa(expected));
            assertThat(PageHtml.group(html, "id=\"what-if-headline\">([^<]*)<", "headline"))
                    .isEqualTo(WhatIfText.whatIfHeadline(expected))
                    .startsWith("もしも: ②を1.0ポイント上げると");
            assertThat(PageHtml.group(html, "id=\"what-if-rank\"[^>]*>([^<]*)<", "rank"))
                    .isEqualTo(WhatIfText.rankChangeJa(expected));
            assertThat(HtmlUtils.htmlUnescape(PageHtml.group(html, "id=\"what-if-overtaken\">([^<]*)<", "overtaken")))
                    .isEqualTo(IncentiveFormat.names(expected.overtaken()));
        }
    }

    @Test
    void aBadWhatIfIsAnsweredWithAJapaneseMessageNamingTheField() throws Exception {
        String points = DemoUsers.page(mvc, "/incentive/09?year=2023&indicator=2&points=abc", "tochigi");
        assertThat(PageHtml.group(points, "id=\"what-if-problem\">([^<]*)<", "problem"))
                .contains("「ポイント」欄", "abc");
        assertThat(points).doesNotContain("id=\"what-if-result\"");
        String empty = DemoUsers.page(mvc, "/incentive/09?year=2023&indicator=2&points=", "tochigi");
        assertThat(empty).contains("「ポイント」欄を入力してください");
        String tooFar = DemoUsers.page(mvc, "/incentive/09?year=2023&indicator=2&points=150", "tochigi");
        assertThat(tooFar).contains("「ポイント」欄は -100 から 100 の間で");
        String indicator = DemoUsers.page(mvc, "/incentive/09?year=2023&indicator=9&points=1.0", "tochigi");
        assertThat(indicator).contains("「指標」欄の「9」はありません");
        String third = DemoUsers.page(mvc, "/incentive/09?year=2023&indicator=3&points=1.0", "tochigi");
        assertThat(PageHtml.group(third, "id=\"what-if-problem\">([^<]*)<", "problem"))
                .contains("「指標」欄");
        // full-width digits as typed on a Japanese keyboard read as points
        assertThat(mvc.perform(get("/incentive/09")
                                .param("year", "2023")
                                .param("indicator", "2")
                                .param("points", "１．０")
                                .with(as("tochigi")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"what-if-result\"");
        mvc.perform(get("/incentive/00?year=2023").with(as("tochigi"))).andExpect(status().isNotFound());
        mvc.perform(get("/incentive?year=2019").with(as("tochigi"))).andExpect(status().isNotFound());
    }

    @Test
    void theExcelAndPdfFilesCarryThePagesFigures() throws Exception {
        String html = DemoUsers.page(mvc, "/incentive?year=2023", "honbu");
        String ranking = table(html, "incentive-ranking");
        List<String> totals = column(ranking, "total");
        List<String> shares =
                column(ranking, "share").stream().filter(s -> !s.isEmpty()).toList();
        assertThat(totals).hasSize(47);

        byte[] xlsx = DemoUsers.download(mvc, "/reports/incentive.xlsx?year=2023", "etsuran", "incentive-2023.xlsx");
        List<String> cells = cells(xlsx);
        assertThat(cells).containsAll(totals).containsAll(shares);
        // The shares are numbers in Excel, as printed: headquarters adds them up to the fund there.
        long printedSum = shares.stream()
                .mapToLong(v -> Long.parseLong(v.replace(",", "")))
                .sum();
        assertThat(numericCellsSum(xlsx, shares)).isEqualTo(printedSum);
        assertThat(String.join("\n", cells)).contains("（原資と一致）", "架空");

        byte[] pdf = DemoUsers.download(mvc, "/reports/incentive.pdf?year=2023", "etsuran", "incentive-2023.pdf");
        String text = pdfText(pdf);
        for (String s : shares) assertThat(text).contains(s);
        assertThat(text).contains(totals.get(0), totals.get(46)).doesNotContain("#");

        String sheet = DemoUsers.page(mvc, "/incentive/09?year=2023", "tochigi");
        List<String> points = column(table(sheet, "incentive-sheet"), "points");
        byte[] sheetXlsx = DemoUsers.download(
                mvc, "/reports/incentive-branch.xlsx?branch=09&year=2023", "tochigi", "incentive-branch-09-2023.xlsx");
        assertThat(cells(sheetXlsx))
                .containsAll(points.stream().filter(p -> !p.isEmpty()).toList());
        byte[] sheetPdf = DemoUsers.download(
                mvc, "/reports/incentive-branch.pdf?branch=09&year=2023", "tochigi", "incentive-branch-09-2023.pdf");
        assertThat(pdfText(sheetPdf)).contains("71.90%", "199,728");
    }

    /** The sum of the numeric cells that print as one of the given texts (each text once per cell). */
    private static long numericCellsSum(byte[] xlsx, List<String> printed) throws Exception {
        DataFormatter format = new DataFormatter();
        long sum = 0;
        int found = 0;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            && printed.contains(format.formatCellValue(cell))) {
                        sum += Math.round(cell.getNumericCellValue());
                        found++;
                    }
                }
            }
        }
        assertThat(found).as("every share is a number cell").isEqualTo(printed.size());
        return sum;
    }

    private static List<String> cells(byte[] xlsx) throws Exception {
        List<String> cells = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) cells.add(format.formatCellValue(cell));
            }
        }
        return cells;
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
