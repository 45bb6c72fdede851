package jp.kenpokpi.app.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.PageHtml;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.summary.SummaryService;
import jp.kenpokpi.organisation.Block;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.performance.BlockEvaluation;
import jp.kenpokpi.performance.BranchEvaluation;
import jp.kenpokpi.performance.KpiStanding;
import jp.kenpokpi.performance.PerformanceYear;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.ranking.BranchRanking;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** 支部業績評価 on the sample data: 栃木 FY2023, 東北ブロック and headquarters' table of the 47 branches. */
@SampleDataTest
class PerformancePageIT {

    private static final FiscalYear FY2023 = FiscalYear.of(2023);
    private static final OrgCode TOCHIGI = OrgCode.of("09");
    private static final String CHECKUP = "LIFESTYLE_CHECKUP_RATE";

    @Autowired
    MockMvc mvc;

    @Autowired
    PerformanceService performance;

    @Autowired
    SummaryService summaries;

    /** The table row of a KPI on the branch page. */
    private static String row(String html, String kpi) {
        return PageHtml.find(html, "<tr data-kpi=\"" + kpi + "\">.*?</tr>", "the row of " + kpi);
    }

    @Test
    void tochigiFy2023ShowsEachKpisRankAndDeviationScoreAndItsStrengthsAndWeaknessesInWords() throws Exception {
        String html = DemoUsers.page(mvc, "/performance?year=2023&branch=09", "honbu");
        BranchEvaluation tochigi = performance.year(FY2023).branch(TOCHIGI);
        KpiStanding checkup = tochigi.standing(CHECKUP).orElseThrow();

        assertThat(html).contains("支部業績評価 令和5年度（2023年度） 栃木支部", "data-mode=\"branch\"");
        // the rank is the one the KPI page's ranking gives (the same BranchRanking over the same results)
        int ranked = BranchRanking.rankOf(
                        TOCHIGI, summaries.ranking(FY2023, CHECKUP).ranking())
                .orElseThrow()
                .rank();
        assertThat(checkup.rank()).isEqualTo(ranked);
        assertThat(row(html, CHECKUP))
                .contains(
                        ">" + checkup.rank() + "位/" + checkup.branchCount() + "<",
                        ">" + checkup.deviationJa() + "<",
                        ">" + checkup.marginJa(checkup.marginOverMedian()) + "<",
                        ">" + checkup.standing().labelJa() + "<");
        // every KPI evaluated has its row, and the words of each strength and weakness are listed
        assertThat(PageHtml.every(html, "<tr data-kpi=\"([A-Z_]+)\">"))
                .containsExactlyElementsOf(tochigi.standings().stream()
                        .map(s -> s.definition().kpiCode())
                        .toList());
        assertThat(tochigi.strengths()).isNotEmpty();
        assertThat(tochigi.weaknesses()).isNotEmpty();
        String strengths = PageHtml.find(html, "<ul id=\"strengths\">.*?</ul>", "strengths");
        String weaknesses = PageHtml.find(html, "<ul id=\"weaknesses\">.*?</ul>", "weaknesses");
        tochigi.strengths().forEach(s -> assertThat(strengths).contains(s.sentenceJa()));
        tochigi.weaknesses().forEach(s -> assertThat(weaknesses).contains(s.sentenceJa()));
        assertThat(strengths).contains("強み: ", "偏差値", "上位25%の水準を");
        assertThat(weaknesses).contains("弱み: ", "中央値を");
        // Tochigi's own FY2023 values are from its report; the other branches' are 架空, so ranks and 偏差値 are too
        assertThat(checkup.valueSynthetic()).isFalse();
        assertThat(checkup.synthetic()).isTrue();
        assertThat(row(html, CHECKUP)).contains("class=\"synthetic-label\">架空<");
        assertThat(html).contains("id=\"performance-synthetic-note\"");
    }

    @Test
    void aBranchUserOpensOnTheirOwnBranchAndHeadquartersOnTheTableOfAllBranches() throws Exception {
        assertThat(DemoUsers.page(mvc, "/performance?year=2023", "tochigi"))
                .contains("data-mode=\"branch\"", "支部業績評価 令和5年度（2023年度） 栃木支部");
        assertThat(DemoUsers.page(mvc, "/performance?year=2023", "honbu")).contains("data-mode=\"all\"", "全支部一覧");
        assertThat(DemoUsers.page(mvc, "/performance?year=2023&view=all", "tochigi"))
                .contains("data-mode=\"all\"");
        assertThat(DemoUsers.page(mvc, "/performance", "tochigi")).contains("data-mode=\"branch\"");
    }

    @Test
    void theBlockPageShowsTheMeanDeviationOfItsBranchesAndTheirRanks() throws Exception {
        String html = DemoUsers.page(mvc, "/performance?year=2023&block=tohoku", "etsuran");
        BlockEvaluation tohoku = performance.year(FY2023).block(Block.TOHOKU);

        assertThat(html).contains("支部業績評価 令和5年度（2023年度） 東北ブロック", "data-mode=\"block\"");
        assertThat(PageHtml.every(html, "<th scope=\"col\" data-branch=\"(\\d\\d)\">"))
                .containsExactly("02", "03", "04", "05", "06", "07");
        tohoku.strengths().forEach(s -> assertThat(html).contains(s.sentenceJa()));
        tohoku.weaknesses().forEach(s -> assertThat(html).contains(s.sentenceJa()));
        assertThat(tohoku.strengths().size() + tohoku.weaknesses().size()).isPositive();
        // 秋田's cell of a KPI: its 偏差値 and rank as on its own page
        KpiStanding akita = performance
                .year(FY2023)
                .branch(OrgCode.of("05"))
                .standing(CHECKUP)
                .orElseThrow();
        String checkupRow = row(html, CHECKUP);
        assertThat(checkupRow).contains(">" + akita.deviationJa() + "（" + akita.rank() + "位）<");
    }

    @Test
    void headquartersTableListsThe47BranchesWithTheirCounts() throws Exception {
        String html = DemoUsers.page(mvc, "/performance?year=2023&view=all", "honbu");
        PerformanceYear year = performance.year(FY2023);

        List<String> rows = PageHtml.every(html, "<tr data-branch=\"(\\d\\d)\">");
        assertThat(rows).hasSize(47).startsWith("01").endsWith("47");
        String tochigiRow = PageHtml.find(html, "<tr data-branch=\"09\">.*?</tr>", "栃木's row");
        BranchEvaluation tochigi = year.branch(TOCHIGI);
        assertThat(tochigiRow)
                .contains(
                        "data-column=\"strengths\">" + tochigi.strengths().size() + "<",
                        "data-column=\"weaknesses\">" + tochigi.weaknesses().size() + "<");
        KpiStanding checkup = tochigi.standing(CHECKUP).orElseThrow();
        assertThat(tochigiRow).contains(">" + checkup.deviationJa() + "（" + checkup.rank() + "位）<");
    }

    @Test
    void aYearWithoutResultsSaysSoAndItsReportIsRefusedWithTheReason() throws Exception {
        assertThat(DemoUsers.page(mvc, "/performance?year=2035&branch=09", "tochigi"))
                .contains("id=\"performance-empty\"", "令和17年度の年度末の実績がどの支部にもないため、評価できるKPIがありません。");
        assertThat(DemoUsers.notFound(mvc, "/reports/performance-all.pdf?year=2035", "honbu"))
                .contains("年度末の実績がどの支部にもないため、評価できるKPIがありません");
    }

    @Test
    void badParametersAreRefusedInJapanese() throws Exception {
        assertThat(DemoUsers.notFound(mvc, "/performance?year=2023&block=NOWHERE", "honbu"))
                .contains("ブロック「NOWHERE」はありません");
        assertThat(DemoUsers.notFound(mvc, "/performance?year=2023&branch=00", "honbu"))
                .contains("支部業績評価は支部ごとです");
        assertThat(DemoUsers.notFound(mvc, "/performance?year=2023&branch=<b>", "honbu"))
                .contains("支部コード「<b>」はありません");
    }

    @Test
    void theBranchSheetAndTheTableOfAllBranchesDownloadThroughTheReportRegistry() throws Exception {
        BranchEvaluation tochigi = performance.year(FY2023).branch(TOCHIGI);
        byte[] pdf = DemoUsers.pdf(mvc, "/reports/performance-branch.pdf?branch=09&year=2023", "tochigi");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("支部業績評価令和5年度（2023年度）栃木支部");
            assertThat(text).contains(tochigi.strengths().get(0).sentenceJa().replaceAll("\\s+", ""));
        }
        byte[] xlsx = DemoUsers.download(
                mvc, "/reports/performance-all.xlsx?year=2023", "honbu", "performance-all-2023.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            // title, header, group heading, 47 rows (and the notes)
            StringBuilder branches = new StringBuilder();
            for (var row : sheet) {
                if (row.getCell(0) != null)
                    branches.append(row.getCell(0).toString()).append(' ');
            }
            assertThat(branches.toString()).contains("北海道", "栃木", "沖縄");
        }
    }
}
