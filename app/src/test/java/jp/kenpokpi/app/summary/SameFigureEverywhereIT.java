package jp.kenpokpi.app.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.PageHtml;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.cli.Commands;
import jp.kenpokpi.app.comparison.ComparisonPageCells;
import jp.kenpokpi.app.entry.ResultEntryService;
import jp.kenpokpi.app.report.KpiSummaryReports;
import jp.kenpokpi.app.report.PlanReports;
import jp.kenpokpi.app.report.ReportHtml;
import jp.kenpokpi.app.security.DemoAccounts;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.entry.ResultEntry;
import jp.kenpokpi.evaluation.MarkPolicies;
import jp.kenpokpi.evaluation.SelfEvaluation;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.report.KpiSummaryReport;
import jp.kenpokpi.report.PlanResultReport;
import jp.kenpokpi.report.ReportCell;
import jp.kenpokpi.report.ReportTable;
import jp.kenpokpi.summary.SummaryRow;
import jp.kenpokpi.target.Bound;
import jp.kenpokpi.target.RelativeToPriorYear;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The same figure reads the same everywhere (issue 8, points 2, 3, 7, 8, 9): one national value per KPI and year,
 * one rule for a value's labels (算, 架空), one numbering and formatting of the rows, and the branch's narrative
 * wherever its result is reported — on the dashboard, the KPI page, the comparison, R1, R2 and the command line.
 */
@SampleDataTest
class SameFigureEverywhereIT {

    private static final FiscalYear FY2023 = FiscalYear.of(2023);
    private static final String GENERIC = "GENERIC_DRUG_SHARE";

    @Autowired
    MockMvc mvc;

    @Autowired
    SummaryService summaries;

    @Autowired
    KpiSummaryReports r1;

    @Autowired
    PlanReports planReports;

    @Autowired
    ResultEntryService entries;

    @Autowired
    Commands commands;

    private String page(String url) throws Exception {
        return DemoUsers.page(mvc, url, "etsuran");
    }

    /** One KPI's line of a dashboard. */
    private static String dashboardRow(String html, String kpi) {
        return PageHtml.find(html, "<tr data-kpi=\"" + kpi + "\".*?</tr>", "dashboard row " + kpi);
    }

    private static String cellOf(String row, String cssClass) {
        return PageHtml.group(row, "<td class=\"" + cssClass + "\"[^>]*>(.*?)</td>", "td." + cssClass);
    }

    /** The row of an R1 table holding the KPI's name, cell by column key. */
    private static List<ReportCell> r1Row(ReportTable table, String nameJa) {
        return table.groups().stream()
                .flatMap(g -> g.rows().stream())
                .filter(r -> r.get(index(table, KpiSummaryReport.KPI)).text().equals(nameJa))
                .findFirst()
                .orElseThrow();
    }

    private static int index(ReportTable table, String key) {
        for (int i = 0; i < table.columns().size(); i++)
            if (table.columns().get(i).key().equals(key)) return i;
        throw new AssertionError(key);
    }

    /** The labels' legend reads alike on the dashboard, 支部比較, 中間実績 and the command line (Figure.Label). */
    @Test
    void theLabelsAreExplainedInTheSameWordsEverywhere() throws Exception {
        String computed = "支部の値から算出（公表値ではない）";
        String synthetic = "報告書にない架空の値（サンプルデータ）、または架空の値を含む算出値";
        for (String url : List.of(
                "/dashboard?branch=09&year=2023",
                "/comparison?year=2023&block=TOHOKU",
                "/interim?branch=00&asOf=2021-09")) {
            assertThat(page(url))
                    .as(url)
                    .contains(
                            "<span class=\"computed-label\">算</span> " + computed,
                            "<span class=\"synthetic-label\">架空</span> " + synthetic);
        }
        assertThat(cli("evaluate", "--branch", "00", "--as-of", "2021-09"))
                .contains("算＝" + computed + "　架空＝" + synthetic);
    }

    private String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = commands.run(
                jp.kenpokpi.app.cli.CliArguments.parse(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()));
        assertThat(status).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theGenericDrugShareOfFy2023HasOneNationalValueOnEveryBranchTheComparisonR1AndTheExport() throws Exception {
        // Tochigi's report printed the association's 82.0%; the association published no share for FY2023.
        for (String branch : List.of("09", "01", "13", "05")) {
            String national =
                    cellOf(dashboardRow(page("/dashboard?branch=" + branch + "&year=2023"), GENERIC), "national");
            assertThat(national)
                    .as("branch " + branch)
                    .contains("<span>82.0%</span>")
                    .doesNotContain("－", "算", "架空");
            ReportTable table = r1.table(Organisations.all().get(OrgCode.of(branch)), FY2023);
            ReportCell cell = r1Row(table, "ジェネリック医薬品使用割合（数量ベース）").get(index(table, KpiSummaryReport.NATIONAL));
            assertThat(cell.text()).as("R1 of " + branch).isEqualTo("82.0%");
            assertThat(cell.labels()).isEmpty();
        }
        String association = ComparisonPageCells.cell(page("/comparison?year=2023&block=TOHOKU"), "00", GENERIC);
        assertThat(association).contains(">82.0%<").doesNotContain("computed-label", "synthetic-label");
        assertThat(cellOf(dashboardRow(page("/dashboard?branch=00&year=2023"), GENERIC), "actual"))
                .isEqualTo("<span>82.0%</span>");

        String csv = cli("evaluate", "--branch", "01", "--year", "2023", "--format", "csv");
        String line = csv.lines()
                .filter(l -> l.contains("," + GENERIC + ","))
                .findFirst()
                .orElseThrow();
        assertThat(line).contains(",82.0%,published,false,false,");
    }

    @Test
    void aComputedAndPartlySyntheticValueIsLabelled算And架空OnEveryPageReportAndTheCommandLine() throws Exception {
        FiscalYear fy2024 = FiscalYear.of(2024);
        SummaryRow association = summaries.branchYear(OrgCode.ASSOCIATION, fy2024, MarkPolicies.EXCEEDS).stream()
                .filter(r -> r.definition().kpiCode().equals(GENERIC))
                .findFirst()
                .orElseThrow();
        String value = association.actualFigure().text().orElseThrow();
        assertThat(association.actualFigure().labels()).extracting(l -> l.ja()).containsExactly("算", "架空");

        String label = "<span>" + value
                + "</span><span class=\"computed-label\">算</span><span class=\"synthetic-label\">架空</span>";
        assertThat(cellOf(dashboardRow(page("/dashboard?branch=00&year=2024"), GENERIC), "actual"))
                .isEqualTo(label);
        // Every branch sets the same value, labelled the same, beside its own.
        assertThat(cellOf(dashboardRow(page("/dashboard?branch=13&year=2024"), GENERIC), "national"))
                .contains("<span>" + value + "</span>", "computed-label\">算<", "synthetic-label\">架空<");
        assertThat(ComparisonPageCells.cell(page("/comparison?year=2024&block=TOHOKU"), "00", GENERIC))
                .contains(">" + value
                        + "</span><span class=\"computed-label\">算</span><span class=\"synthetic-label\">架空</span>");
        assertThat(page("/kpi/" + GENERIC + "?branch=00&year=2024"))
                .contains(value, "支部の値から算出", "synthetic-label\">架空<");

        ReportTable table = r1.table(Organisations.all().get(OrgCode.ASSOCIATION), fy2024);
        ReportCell actual = r1Row(table, "ジェネリック医薬品使用割合（数量ベース）").get(index(table, KpiSummaryReport.ACTUAL));
        assertThat(actual.text()).isEqualTo(value);
        assertThat(actual.labels()).extracting(l -> l.ja()).containsExactly("算", "架空");
        assertThat(ReportHtml.document(table))
                .contains(value + "<span class=\"computed-label\">算</span><span class=\"synthetic-label\">架空</span>");

        String out = cli("evaluate", "--branch", "00", "--year", "2024");
        String line =
                out.lines().filter(l -> l.contains("ジェネリック医薬品使用割合")).findFirst().orElseThrow();
        assertThat(line).contains(value + " 算 架空");
    }

    @Test
    void aSyntheticResultIsLabelledInIts実績CellAndNotInTheNote() throws Exception {
        String row = dashboardRow(page("/dashboard?branch=01&year=2023"), "LIFESTYLE_CHECKUP_RATE");
        assertThat(cellOf(row, "actual")).contains("class=\"synthetic-label\">架空</span>");
        assertThat(cellOf(row, "note")).doesNotContain("架空");
    }

    @Test
    void theCommandLineNumbersAndFormatsTochigisRowsAsR1DoesRowByRow() {
        String out = cli("evaluate", "--branch", "09", "--year", "2023");
        ReportTable table = r1.table(Organisations.all().get(OrgCode.of("09")), FY2023);
        List<String> fromR1 = new ArrayList<>();
        for (ReportTable.Group g : table.groups()) {
            for (List<ReportCell> r : g.rows()) {
                String item = r.get(index(table, KpiSummaryReport.ITEM))
                        .text()
                        .replace("（", "(")
                        .replace("）", ")");
                fromR1.add(item + " "
                        + r.get(index(table, KpiSummaryReport.TARGET)).text() + " "
                        + r.get(index(table, KpiSummaryReport.ACTUAL)).text() + " "
                        + r.get(index(table, KpiSummaryReport.MARK)).text());
            }
        }
        List<String> fromCli = new ArrayList<>();
        String tableOnly = out.substring(0, out.indexOf("判定の内訳"));
        Matcher m = Pattern.compile("(?m)^(\\(\\d+\\)) +\\S+ +\\S+ +\\S+ +(\\S+) +(\\S+) +\\S+ +(\\S) ")
                .matcher(tableOnly);
        while (m.find()) fromCli.add(m.group(1) + " " + m.group(2) + " " + m.group(3) + " " + m.group(4));
        assertThat(fromCli).hasSize(19).containsExactlyElementsOf(fromR1);
        assertThat(fromCli.get(7)).startsWith("(8) 94.0%以上 89.60% △");
        assertThat(out).doesNotContain("％");
    }

    @Test
    void aNarrativeEnteredOnTheFormIsShownOnTheDashboardR1AndR2() throws Exception {
        KpiDefinition definition = summaries
                .catalogue()
                .get("DEPENDENT_CHECKUP_RATE")
                .definitionIn(FY2023)
                .orElseThrow();
        UserAccount tochigi = DemoAccounts.ACCOUNTS.stream()
                .filter(a -> a.username().equals("tochigi"))
                .findFirst()
                .orElseThrow();
        int version = entries.page(OrgCode.of("09"), FY2023, definition)
                .stored()
                .orElseThrow()
                .version();
        String narrative = "未受診者への再勧奨を実施したが、集団健診の会場確保が遅れた。";
        ResultEntryService.SaveOutcome saved = entries.save(
                tochigi,
                OrgCode.of("09"),
                FY2023,
                definition,
                ResultEntry.of("30.7%", null, null, null, Optional.of(SelfEvaluation.C), "目標を2.5ポイント下回った", narrative),
                Optional.of(version));
        assertThat(saved).isInstanceOf(ResultEntryService.Saved.class);

        String note = cellOf(dashboardRow(page("/dashboard?branch=09&year=2023"), "DEPENDENT_CHECKUP_RATE"), "note");
        assertThat(note).contains("自己評価 C：目標を2.5ポイント下回った", "取組内容と理由：" + narrative);

        ReportTable table = r1.table(Organisations.all().get(OrgCode.of("09")), FY2023);
        assertThat(r1Row(table, "被扶養者の特定健診実施率")
                        .get(index(table, KpiSummaryReport.NOTE))
                        .text())
                .contains("自己評価 C：目標を2.5ポイント下回った", "取組内容と理由：" + narrative);

        ReportTable r2 = planReports
                .table(PlanReports.Kind.PLAN_RESULT, Organisations.all().get(OrgCode.of("09")), FY2023)
                .orElseThrow();
        String actuals = r2.groups().stream()
                .flatMap(g -> g.rows().stream())
                .map(r -> r.get(index(r2, PlanResultReport.ACTUAL)).text())
                .filter(t -> t.contains("30.7%"))
                .findFirst()
                .orElseThrow();
        assertThat(actuals).containsSubsequence("30.7% △", "\n自己評価 C：", "\n取組内容と理由：" + narrative);
    }

    @Test
    void akitaFy2025CounterReceiptRateIsJudgedAtMostThePriorYear() {
        SummaryRow row = summaries.branchYear(OrgCode.of("05"), FiscalYear.of(2025), MarkPolicies.EXCEEDS).stream()
                .filter(r -> r.definition().kpiCode().equals("COUNTER_RECEIPT_RATE"))
                .findFirst()
                .orElseThrow();
        assertThat(row.targetText()).contains("対前年度以下");
        assertThat(row.evaluation().rule())
                .hasValueSatisfying(rule -> assertThat(rule)
                        .isInstanceOfSatisfying(
                                RelativeToPriorYear.class,
                                r -> assertThat(r.bound()).isEqualTo(Bound.AT_MOST)));
        // The mark follows the reading: judged against the prior year's value (the synthetic FY2024 value restated
        // under the FY2025 definition), a rate above it is missed.
        String reason = row.evaluation().outcome().reason();
        Matcher m = Pattern.compile("前年度実績([0-9.]+)%[^）]*）?以下）に対し実績([0-9.]+)%").matcher(reason);
        assertThat(m.find()).as(reason).isTrue();
        BigDecimal prior = new BigDecimal(m.group(1));
        BigDecimal actual = new BigDecimal(m.group(2));
        assertThat(row.evaluation().achieved()).contains(actual.compareTo(prior) <= 0);
    }
}
