package jp.kenpokpi.app.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.PageHtml;
import jp.kenpokpi.app.SampleDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * 記録から算出 on the web (issue 13, part 3): headquarters chooses the proof data set (the folder proof under
 * kenpo.records.data-root, here records' test resources), previews FY2023's 生活習慣病予防健診実施率 (the progress
 * page first: kenpo.records.progress-after=0ms), applies it as themselves; the run history says プレビューのみ, then
 * 反映 with its import batch, and the stored result carries the data set's source. Branch staff and viewers are refused;
 * a data set that is not one of the folders, or a month outside the year, is named at its field and nothing runs.
 */
@SampleDataTest
@TestPropertySource(
        properties = {"kenpo.records.data-root=../records/src/test/resources", "kenpo.records.progress-after=0ms"})
class ComputePageIT {

    private static final String RUNNING = "/compute/running/([0-9a-f-]{36})";

    @Autowired
    MockMvc mvc;

    @Autowired
    ComputeRuns runs;

    @Autowired
    JdbcClient jdbc;

    @Test
    void headquartersPreviewsThenAppliesAndTheHistoryRecordsBoth() throws Exception {
        String page = DemoUsers.page(mvc, "/compute", "honbu-tanto");
        assertThat(page)
                .contains("<option value=\"proof\"")
                .contains("架空の記録データセット（kenpo-kpi の証明用")
                .doesNotContain("id=\"no-data-sets\"")
                .contains("data-nav=\"compute\"");

        String running = redirect(DemoUsers.send(
                        mvc,
                        post("/compute/preview")
                                .param("dataSet", "proof")
                                .param("year", "2023")
                                .param("asOf", "")
                                .param("kpi", "LIFESTYLE_CHECKUP_RATE"),
                        "honbu-tanto")
                .andReturn()
                .getResponse());
        String id = running.replaceAll(".*/", "");
        String json = mvc.perform(get("/compute/progress/" + id)
                        .with(DemoUsers.as("honbu-tanto"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<List<String>>read(json, "$.stages")).containsExactly("記録の読み込み", "KPIの算出", "検査");
        // Another user's run is not theirs to watch.
        mvc.perform(get("/compute/progress/" + id).with(DemoUsers.as("honbu")).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound());

        String preview = outcome("/compute/running/" + id);
        assertThat(preview).contains("id=\"compute-preview\"");
        assertThat(PageHtml.find(preview, "確認: \\d+件のうち\\d+件が変わります", "the preview's heading"))
                .isEqualTo("確認: 8件のうち8件が変わります");
        assertThat(preview)
                .contains("令和5年度（2023年度）をデータセット「proof」から算出しました（記録 1,009行を読み、分子・分母 8件、架空。実行#")
                .contains("栃木支部 令和5年度 生活習慣病予防健診実施率 実績")
                .contains("実績: 72.2% → 60.3%")
                // the proof's records are three branches': the others are named as having no value, as on the CLI
                .contains(
                        "<li>値なし（分母が0件）: 生活習慣病予防健診実施率（LIFESTYLE_CHECKUP_RATE@2021）: 北海道支部、青森支部、岩手支部、" + "宮城支部、秋田支部 ほか");
        ComputeRuns.HistoryRow previewed = runs.recent(1).get(0);
        assertThat(previewed.outcome()).isEqualTo(ComputeRuns.Outcome.PREVIEW);
        assertThat(previewed.runBy()).isEqualTo("honbu-tanto");
        assertThat(previewed.dataSet()).isEqualTo("proof");
        assertThat(previewed.kpiCodes()).containsExactly("LIFESTYLE_CHECKUP_RATE");
        assertThat(previewed.rowsRead()).contains(1009L);
        assertThat(previewed.figures()).contains(8);
        assertThat(previewed.importBatchId()).isEmpty();
        assertThat(preview)
                .containsPattern(
                        "<tr class=\"compute-run\" data-id=\"" + previewed.id() + "\" data-outcome=\"PREVIEW\">");

        assertThat(DemoUsers.page(mvc, "/compute", "honbu"))
                .as("headquarters' administrator sees the run too, but the preview is honbu-tanto's")
                .contains("data-id=\"" + previewed.id() + "\"")
                .doesNotContain("id=\"compute-preview\"");
        // Nothing stored yet; then 反映 as the signed-in user.
        assertThat(source()).singleElement().asString().doesNotContain("記録から算出");
        String token = PageHtml.group(preview, "name=\"token\" value=\"([^\"]+)\"", "the apply's token");
        String applying = redirect(DemoUsers.send(mvc, post("/compute/apply").param("token", token), "honbu-tanto")
                .andReturn()
                .getResponse());
        MvcResult done = finished(applying);
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/compute");
        assertThat((String) done.getFlashMap().get("flashMessage")).startsWith("反映しました: 8行を取り込みました（目標 追加0・変更0、実績 ");

        ComputeRuns.HistoryRow applied = runs.find(previewed.id()).orElseThrow();
        assertThat(applied.outcome()).isEqualTo(ComputeRuns.Outcome.APPLIED);
        long batch = applied.importBatchId().orElseThrow();
        Map<String, Object> batchRow = jdbc.sql("SELECT kind, imported_by FROM import_batch WHERE id = ?")
                .param(batch)
                .query()
                .singleRow();
        assertThat(batchRow).containsEntry("kind", "compute").containsEntry("imported_by", "honbu-tanto");
        assertThat(source()).containsExactly("架空 記録から算出（データ proof） LIFESTYLE_CHECKUP_RATE@2021");
        assertThat(jdbc.sql("SELECT changed_by FROM kpi_result WHERE org_code = '09' AND fiscal_year = 2023"
                                + " AND as_of = '' AND kpi_code = 'LIFESTYLE_CHECKUP_RATE' AND definition_fy = 2021")
                        .query(String.class)
                        .single())
                .isEqualTo("honbu-tanto");

        String after = DemoUsers.page(mvc, "/compute", "honbu-tanto");
        String row = PageHtml.find(
                after, "(?s)<tr class=\"compute-run\" data-id=\"" + previewed.id() + "\".*?</tr>", "the run's row");
        assertThat(row)
                .contains("反映")
                .contains("href=\"/imports/history#batch-" + batch + "\"")
                .contains("令和5年度（2023年度）")
                .contains("DuckDB")
                .contains("1,009");
        assertThat(DemoUsers.page(mvc, "/imports/history", "honbu-tanto")).contains("id=\"batch-" + batch + "\"");

        // The token is spent: a second apply is told to preview again, and nothing more is stored.
        String again =
                DemoUsers.submit(mvc, post("/compute/apply").param("token", token), "honbu-tanto", status().isOk());
        assertThat(again).contains("算出結果の確認が古くなりました。もう一度プレビューしてください");
    }

    @Test
    void branchStaffAndViewersAreRefusedAndSeeNoLink() throws Exception {
        for (String user : List.of("tochigi", "tochigi-shibucho", "etsuran")) {
            assertThat(DemoUsers.forbidden(mvc, "/compute", user)).contains("記録からの算出は本部が行います");
            assertThat(DemoUsers.page(mvc, "/dashboard?branch=09&year=2023", user))
                    .doesNotContain("data-nav=\"compute\"");
        }
        DemoUsers.send(mvc, post("/compute/preview").param("dataSet", "proof").param("year", "2023"), "tochigi")
                .andExpect(status().isForbidden());
        assertThat(DemoUsers.page(mvc, "/dashboard?branch=09&year=2023", "honbu"))
                .contains("data-nav=\"compute\"");
    }

    @Test
    void aDataSetNotOfferedOrAMonthOutsideTheYearIsNamedAtItsFieldAndNothingRuns() throws Exception {
        int before = runs.recent(1000).size();
        String outside = DemoUsers.submit(
                mvc,
                post("/compute/preview").param("dataSet", "../../..").param("year", "2023"),
                "honbu",
                status().isOk());
        assertThat(PageHtml.find(outside, "id=\"dataSet-error\">[^<]*", "the field's error"))
                .contains("データセット「../../..」はありません");
        String month = DemoUsers.submit(
                mvc,
                post("/compute/preview")
                        .param("dataSet", "proof")
                        .param("year", "2023")
                        .param("asOf", "2025-01"),
                "honbu",
                status().isOk());
        assertThat(PageHtml.find(month, "id=\"asOf-error\">[^<]*", "the field's error"))
                .contains("基準月「2025-01」は令和5年度（2023年度）の月末として読めません");
        String kpi = DemoUsers.submit(
                mvc,
                post("/compute/preview")
                        .param("dataSet", "proof")
                        .param("year", "2023")
                        .param("kpi", "NO_SUCH_KPI"),
                "honbu",
                status().isOk());
        assertThat(kpi).contains("KPI「NO_SUCH_KPI」は記録から算出できません");
        assertThat(runs.recent(1000)).hasSize(before);
    }

    /** The stored FY2023 result of Tochigi's 生活習慣病予防健診実施率 under the FY2021 definition: its source. */
    private List<String> source() {
        return jdbc.sql("SELECT source FROM kpi_result WHERE org_code = '09' AND fiscal_year = 2023"
                        + " AND as_of = '' AND kpi_code = 'LIFESTYLE_CHECKUP_RATE' AND definition_fy = 2021")
                .query(String.class)
                .list();
    }

    private static String redirect(MockHttpServletResponse response) {
        assertThat(response.getStatus()).isEqualTo(302);
        String to = response.getRedirectedUrl();
        assertThat(to).matches(RUNNING);
        return to;
    }

    /** The running page, asked again until the run has finished: the answer then (a page, or a redirect). */
    private MvcResult finished(String address) throws Exception {
        for (int i = 0; i < 600; i++) {
            MvcResult result = mvc.perform(
                            get(address).with(DemoUsers.as("honbu-tanto")).accept(MediaType.TEXT_HTML))
                    .andReturn();
            MockHttpServletResponse response = result.getResponse();
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            if (response.getStatus() != 200 || !body.contains("id=\"import-progress-page\"")) return result;
            assertThat(body).contains("記録から算出中").contains("data-progress-url=\"/compute/progress/");
            Thread.sleep(100);
        }
        throw new AssertionError("the run did not finish within a minute");
    }

    private String outcome(String address) throws Exception {
        MockHttpServletResponse response = finished(address).getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
