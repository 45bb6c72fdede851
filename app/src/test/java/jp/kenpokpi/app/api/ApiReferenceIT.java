package jp.kenpokpi.app.api;

import static jp.kenpokpi.app.api.ApiJson.json;
import static jp.kenpokpi.app.api.ApiJson.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import java.util.List;
import jp.kenpokpi.app.SampleDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The catalogue, organisations and blocks, a branch's plan and budget, and the cycle's states, on the sample data. */
@SampleDataTest
class ApiReferenceIT {

    @Autowired
    MockMvc mvc;

    @Test
    void theCatalogueListsEachKpiWithItsDefinitionVersions() throws Exception {
        DocumentContext kpi = json(mvc, "/api/v1/catalogue/LIFESTYLE_CHECKUP_RATE", "etsuran", 200);
        assertThat(kpi.read("$.name", String.class)).isEqualTo("生活習慣病予防健診実施率");
        assertThat(kpi.read("$.versions[0].validFrom", Integer.class)).isEqualTo(2021);
        assertThat(kpi.read("$.versions[0].unit", String.class)).isEqualTo("%");
        assertThat(kpi.read("$.versions[0].directionJa", String.class)).isEqualTo("高いほど良い");
        DocumentContext all = json(mvc, "/api/v1/catalogue", "etsuran", 200);
        DocumentContext of2023 = json(mvc, "/api/v1/catalogue?year=2023", "etsuran", 200);
        // バイオシミラー came in 2025: listed in the catalogue, not among 2023's KPIs.
        assertThat(all.read("$.items[*].code", List.class)).contains("BIOSIMILAR_PROMOTION");
        assertThat(of2023.read("$.items[*].code", List.class))
                .doesNotContain("BIOSIMILAR_PROMOTION")
                .contains("LIFESTYLE_CHECKUP_RATE");
        // Headquarters' indicator ③ is listed, and says what it is; a plan KPI says it is none.
        assertThat(of2023.read(
                        "$.items[?(@.code == 'GUIDANCE_TARGET_REDUCTION_RATE')].headquartersIndicator", List.class))
                .containsExactly(true);
        assertThat(kpi.read("$.headquartersIndicator", Boolean.class)).isFalse();
        problem(mvc, "/api/v1/catalogue/NO_SUCH_KPI", 404);
    }

    @Test
    void theOrganisationsAreTheAssociationAndThe47BranchesAndTheBlocksTheirGroups() throws Exception {
        DocumentContext all = json(mvc, "/api/v1/organisations", "etsuran", 200);
        assertThat(all.read("$.total", Integer.class)).isEqualTo(48);
        assertThat(all.read("$.items[0].code", String.class)).isEqualTo("00");
        assertThat(all.read("$.items[9].name", String.class)).isEqualTo("栃木支部");
        assertThat(all.read("$.items[9].blockName", String.class)).isEqualTo("関東");
        DocumentContext tohoku = json(mvc, "/api/v1/organisations?block=TOHOKU", "etsuran", 200);
        assertThat(tohoku.read("$.items[*].code", List.class)).containsExactly("02", "03", "04", "05", "06", "07");
        DocumentContext blocks = json(mvc, "/api/v1/blocks", "etsuran", 200);
        assertThat(blocks.read("$[*].name", List.class))
                .containsExactly("北海道", "東北", "関東", "中部", "近畿", "中国", "四国", "九州・沖縄");
        assertThat(blocks.read("$[*].branches[*]", List.class)).hasSize(47);
    }

    @Test
    void tochigisPlanNamesTheKpiItsItem9() throws Exception {
        DocumentContext plan = json(mvc, "/api/v1/plans/09/2023", "etsuran", 200);
        assertThat(plan.read("$.branchName", String.class)).isEqualTo("栃木支部");
        assertThat(plan.read("$.measures[*].kpis[?(@.kpiCode == 'LIFESTYLE_CHECKUP_RATE')].item", List.class))
                .containsExactly(9);
        assertThat(plan.read("$.measures[0].title", String.class)).isEqualTo("健全な財政運営");
        assertThat(problem(mvc, "/api/v1/plans/09/2010", 404).read("$.detail", String.class))
                .isEqualTo("栃木支部 平成22年度の事業計画は登録されていません");
    }

    @Test
    void tochigisBudgetHasTheItemsTotalsAndTheOverExecutedItem() throws Exception {
        DocumentContext budget = json(mvc, "/api/v1/budgets/09/2023", "etsuran", 200);
        assertThat(budget.read("$.sections[0].name", String.class)).isEqualTo("医療費適正化等予算");
        assertThat(budget.read("$.sections[0].total.budget", Long.class)).isEqualTo(12_586_000L);
        assertThat(budget.read("$.sections[0].total.rate", Double.class)).isEqualTo(92.1);
        assertThat(budget.read("$.sections[0].categories[1].items[1].amounts.overExecuted", Boolean.class))
                .isTrue();
        problem(mvc, "/api/v1/budgets/09/2010", 404);
    }

    @Test
    void theCyclesStatesAreTheBranchsThreeReportsWithHistory() throws Exception {
        DocumentContext tochigi = json(mvc, "/api/v1/submissions?year=2023&branch=09", "etsuran", 200);
        assertThat(tochigi.read("$.items[*].kindName", List.class)).containsExactly("事業計画・目標", "上期実施状況", "年度実績・自己評価");
        assertThat(tochigi.read("$.items[0].stateName", String.class)).isEqualTo("承認済");
        assertThat(tochigi.read("$.items[0].history[*].actionName", List.class)).containsExactly("提出", "承認");
        assertThat(tochigi.read("$.items[0].deadline", String.class)).isEqualTo("2023-03-31");
        // Without a branch: every branch's three reports for headquarters and the viewer, the own branch for its staff.
        assertThat(json(mvc, "/api/v1/submissions?year=2023", "etsuran", 200).read("$.total", Integer.class))
                .isEqualTo(47 * 3);
        assertThat(json(mvc, "/api/v1/submissions?year=2023", "tochigi", 200).read("$.items[*].branch", List.class))
                .containsOnly("09");
        assertThat(json(mvc, "/api/v1/submissions?year=2023&block=TOHOKU", "honbu", 200)
                        .read("$.total", Integer.class))
                .isEqualTo(6 * 3);
        assertThat(problem(mvc, "/api/v1/submissions?year=2023&branch=00", 400).read("$.parameter", String.class))
                .isEqualTo("branch");
    }

    @Test
    void theIndexNamesTheDocumentAndTheResources() throws Exception {
        DocumentContext index = json(mvc, "/api/v1", "etsuran", 200);
        assertThat(index.read("$.openApi", String.class)).isEqualTo("/v3/api-docs");
        assertThat(index.read("$.resources", List.class)).contains("/api/v1/evaluations", "/api/v1/reports");
    }
}
