package jp.kenpokpi.app.api;

import static jp.kenpokpi.app.api.ApiJson.json;
import static jp.kenpokpi.app.api.ApiJson.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import java.util.List;
import java.util.Map;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.report.KpiSummaryReports;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.report.KpiSummaryReport;
import jp.kenpokpi.report.ReportTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * /api/v1/evaluations, /ranks and /comparisons on the sample data: the dashboard's and R1's figures (Tochigi FY2023),
 * the ranking of the KPI page, the comparison's cells; paging and filters; problems for bad parameters. Read as the
 * viewer (閲覧者), who reads every page.
 */
@SampleDataTest
class ApiEvaluationsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    KpiSummaryReports reports;

    @Test
    void tochigisLifestyleCheckupRateIsTheRowR1PrintsWithMarkReasonNationalValueAndRank() throws Exception {
        DocumentContext row =
                json(mvc, "/api/v1/evaluations?branch=09&year=2023&kpi=LIFESTYLE_CHECKUP_RATE", "etsuran", 200);
        assertThat(row.read("$.total", Integer.class)).isEqualTo(1);
        assertThat(row.read("$.items[0].item", Integer.class)).isEqualTo(9);
        assertThat(row.read("$.items[0].kpiName", String.class)).isEqualTo("生活習慣病予防健診実施率");
        assertThat(row.read("$.items[0].target.text", String.class)).isEqualTo("71.7%以上");
        assertThat(row.read("$.items[0].actual.text", String.class)).isEqualTo("72.2%");
        assertThat(row.read("$.items[0].actual.number", Double.class)).isEqualTo(72.2);
        assertThat(row.read("$.items[0].actual.unit", String.class)).isEqualTo("%");
        assertThat(row.read("$.items[0].mark.symbol", String.class)).isEqualTo("◎");
        assertThat(row.read("$.items[0].mark.meaning", String.class)).isEqualTo("計画を上回る実施状況");
        assertThat(row.read("$.items[0].reason", String.class)).isEqualTo("目標（71.7%以上）に対し実績72.2%：0.5ポイント上回り達成");
        assertThat(row.read("$.items[0].nationalValue.text", String.class)).isEqualTo("57.7%");
        assertThat(row.read("$.items[0].rank", Integer.class)).isEqualTo(3);
        assertThat(row.read("$.items[0].rankedBranches", Integer.class)).isEqualTo(47);
        assertThat(row.read("$.items[0].priorYears[*].figure.text", List.class)).containsExactly("68.1%", "71.9%");
        assertThat(row.read("$.items[0].nextYearTarget.text", String.class)).isEqualTo("※算出方法変更 65.9%以上");
    }

    @Test
    void everyRowOfR1HasTheSameMarkAndResultInTheApiInTheSame項番() throws Exception {
        ReportTable r1 = reports.table(Organisations.all().find("09").orElseThrow(), FiscalYear.of(2023));
        DocumentContext api = json(mvc, "/api/v1/evaluations?branch=09&year=2023", "etsuran", 200);
        List<Map<String, Object>> items = api.read("$.items");
        int kpi = r1.columnIndex(KpiSummaryReport.KPI);
        int item = r1.columnIndex(KpiSummaryReport.ITEM);
        int mark = r1.columnIndex(KpiSummaryReport.MARK);
        int actual = r1.columnIndex(KpiSummaryReport.ACTUAL);
        assertThat(r1.rows()).hasSize(19);
        for (var printed : r1.rows()) {
            Map<String, Object> row = items.stream()
                    .filter(i -> i.get("kpiName").equals(printed.get(kpi).text()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(
                            "no API row for " + printed.get(kpi).text()));
            assertThat("（" + row.get("item") + "）").isEqualTo(printed.get(item).text());
            assertThat(((Map<?, ?>) row.get("mark")).get("symbol"))
                    .isEqualTo(printed.get(mark).text());
            Object shown = row.get("actual") == null ? "" : ((Map<?, ?>) row.get("actual")).get("text");
            assertThat(shown)
                    .as(printed.get(kpi).text())
                    .isEqualTo(printed.get(actual).text());
        }
    }

    @Test
    void aSyntheticValueCarriesTheLabelAndItsMeaningAsThePagesLegendWordsIt() throws Exception {
        // Hokkaido's results are generated (架空) in the sample data; Tochigi's come from its report.
        DocumentContext rows = json(mvc, "/api/v1/evaluations?branch=01&year=2023", "etsuran", 200);
        List<Map<String, Object>> labels = rows.read("$.items[*].actual.labels[*]");
        assertThat(labels).contains(Map.of("label", "架空", "meaning", "報告書にない架空の値（サンプルデータ）、または架空の値を含む算出値"));
        DocumentContext real = json(mvc, "/api/v1/evaluations?branch=09&year=2023", "etsuran", 200);
        assertThat(real.read("$.items[*].actual.labels[*].label", List.class)).doesNotContain("架空");
    }

    @Test
    void evaluationsArePagedAndFilteredByArea() throws Exception {
        DocumentContext all = json(mvc, "/api/v1/evaluations?branch=09&year=2023", "etsuran", 200);
        int total = all.read("$.total", Integer.class);
        DocumentContext second = json(mvc, "/api/v1/evaluations?branch=09&year=2023&page=1&size=5", "etsuran", 200);
        assertThat(second.read("$.total", Integer.class)).isEqualTo(total);
        assertThat(second.read("$.page", Integer.class)).isEqualTo(1);
        assertThat(second.read("$.size", Integer.class)).isEqualTo(5);
        assertThat(second.read("$.items[*].kpiCode", List.class))
                .isEqualTo(all.read("$.items[5:10].kpiCode", List.class));
        DocumentContext area = json(mvc, "/api/v1/evaluations?branch=09&year=2023&area=基盤的保険者機能", "etsuran", 200);
        assertThat(area.read("$.items[*].area", List.class)).isNotEmpty().containsOnly("基盤的保険者機能");
        assertThat(area.read("$.total", Integer.class)).isLessThan(total);
    }

    @Test
    void theRankingIsTheKpiPagesBestFirstWithTheAssociationsValue() throws Exception {
        DocumentContext ranks = json(mvc, "/api/v1/ranks?year=2023&kpi=LIFESTYLE_CHECKUP_RATE&size=3", "etsuran", 200);
        assertThat(ranks.read("$.ranking.total", Integer.class)).isEqualTo(47);
        assertThat(ranks.read("$.ranking.items[*].branch", List.class)).containsExactly("06", "04", "09");
        assertThat(ranks.read("$.ranking.items[2].rank", Integer.class)).isEqualTo(3);
        assertThat(ranks.read("$.ranking.items[2].value.text", String.class)).isEqualTo("72.2%");
        assertThat(ranks.read("$.nationalValue.text", String.class)).isEqualTo("57.7%");
    }

    @Test
    void theComparisonHasTheAssociationAndTheBlocksBranchesInEachRow() throws Exception {
        DocumentContext tohoku =
                json(mvc, "/api/v1/comparisons?year=2023&block=TOHOKU&kpi=LIFESTYLE_CHECKUP_RATE", "etsuran", 200);
        assertThat(tohoku.read("$.total", Integer.class)).isEqualTo(1);
        assertThat(tohoku.read("$.items[0].cells[*].organisation", List.class))
                .containsExactly("00", "02", "03", "04", "05", "06", "07");
        assertThat(tohoku.read("$.items[0].cells[5].actual.text", String.class)).isEqualTo("82.6%");
        DocumentContext all = json(mvc, "/api/v1/comparisons?year=2023&size=1", "etsuran", 200);
        assertThat(all.read("$.items[0].cells.length()", Integer.class)).isEqualTo(48);
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() throws Exception {
        assertThat(problem(mvc, "/api/v1/evaluations?branch=99&year=2023", 400).read("$.parameter", String.class))
                .isEqualTo("branch");
        assertThat(problem(mvc, "/api/v1/evaluations?year=2023", 400).read("$.detail", String.class))
                .isEqualTo("パラメータ「branch」を指定してください");
        assertThat(problem(mvc, "/api/v1/evaluations?branch=09&year=1999", 400).read("$.parameter", String.class))
                .isEqualTo("year");
        assertThat(problem(mvc, "/api/v1/evaluations?branch=09&year=2023&policy=strict", 400)
                        .read("$.parameter", String.class))
                .isEqualTo("policy");
        assertThat(problem(mvc, "/api/v1/evaluations?branch=09&year=2023&size=1001", 400)
                        .read("$.detail", String.class))
                .contains("1000");
        assertThat(problem(mvc, "/api/v1/comparisons?year=2023&block=KANSAI", 400)
                        .read("$.parameter", String.class))
                .isEqualTo("block");
        assertThat(problem(mvc, "/api/v1/ranks?year=2023&kpi=NO_SUCH_KPI", 400).read("$.detail", String.class))
                .isEqualTo("KPIコード「NO_SUCH_KPI」はカタログにありません");
    }
}
