package jp.kenpokpi.app.importing;

import static jp.kenpokpi.app.importing.ImportForms.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.interchange.ImportClaims;
import jp.kenpokpi.interchange.ImportClaim.BranchYear;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 12 (6): an import applied on the web runs in the background; one not finished at once (here: a file over
 * ImportController.SMALL_BYTES is not waited for at all, kenpo.import.progress-after=0) goes to its progress page, whose script reads a small JSON of the stage and
 * the rows done, the user's own only; when finished the page shows the outcome as the import page always has.
 */
@SampleDataTest
@TestPropertySource(properties = "kenpo.import.progress-after=0ms")
class ImportProgressIT {

    private static final String JOB = "/import/running/([0-9a-f-]{36})";

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportClaims claims;

    /** Previews and applies the file as the user; the address the apply sends the browser to. */
    private String apply(String user, MockMultipartFile file) throws Exception {
        return applied(user, file)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    /** Previews the file as the user, then applies it: the answer to the apply. */
    private ResultActions applied(String user, MockMultipartFile file) throws Exception {
        MockHttpSession session = new MockHttpSession();
        String preview = DemoUsers.submit(mvc, ImportForms.preview(file).session(session), user, status().isOk());
        return DemoUsers.send(mvc, ImportForms.apply(ImportForms.token(preview)).session(session), user);
    }

    private Map<String, Object> progress(String id, String user) throws Exception {
        String json = mvc.perform(
                        get("/import/progress/" + id).with(DemoUsers.as(user)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(json, "$");
    }

    private void progressNotFound(String id, String user) throws Exception {
        mvc.perform(get("/import/progress/" + id).with(DemoUsers.as(user)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound());
    }

    /** The JSON of the job, asked until it says finished. */
    private Map<String, Object> finished(String id, String user) throws Exception {
        long until = System.currentTimeMillis() + 120_000;
        Map<String, Object> status = progress(id, user);
        while (!(Boolean) status.get("finished") && System.currentTimeMillis() < until) {
            Thread.sleep(100);
            status = progress(id, user);
        }
        return status;
    }

    @Test
    void aLongImportShowsItsProgressToItsUserOnlyThenItsOutcomeOnce() throws Exception {
        int rows = LongImportFile.rows(10);
        String running = apply("tochigi", csv("long.csv", LongImportFile.csv(2030, 10)));
        assertThat(running).matches(JOB);
        String id = running.substring("/import/running/".length());

        Map<String, Object> first = progress(id, "tochigi");
        assertThat(first)
                .containsKeys("id", "finished", "stageJa", "stage", "stages", "done", "total", "percent", "textJa")
                .containsEntry("id", id)
                .containsEntry("stages", List.of("読み込み", "検査", "保存", "記録", "再評価"));
        assertThat(List.of("読み込み", "検査", "保存", "記録", "再評価")).contains((String) first.get("stageJa"));

        // Nobody else reads it, not even headquarters.
        progressNotFound(id, "honbu");
        DemoUsers.notFound(mvc, running, "honbu");

        String page = DemoUsers.page(mvc, running, "tochigi");
        assertThat(page)
                .contains("id=\"import-progress-bar\"", "data-progress-url=\"/import/progress/" + id + "\"")
                .contains("/assets/import-progress.js")
                .contains("<noscript><meta http-equiv=\"refresh\" content=\"1\"></noscript>");

        Map<String, Object> done = finished(id, "tochigi");
        assertThat(done)
                .containsEntry("finished", true)
                .containsEntry("percent", 100)
                .containsEntry("textJa", "終わりました");

        DemoUsers.send(mvc, get(running), "tochigi")
                .andExpect(redirectedUrl("/import"))
                .andExpect(
                        flash().attribute("flashMessage", rows + "行を取り込みました（目標 追加0・変更0、実績 追加" + rows + "・変更0、変更なし0）"));
        // Shown once: the job is gone.
        progressNotFound(id, "tochigi");
    }

    @Test
    void theStagesAdvanceWhileTheImportRuns() throws Exception {
        String running = apply("tochigi", csv("long.csv", LongImportFile.csv(2040, 9)));
        String id = running.substring("/import/running/".length());
        long until = System.currentTimeMillis() + 120_000;
        List<String> stages = List.of("読み込み", "検査", "保存", "記録", "再評価");
        List<Integer> seen = new java.util.ArrayList<>();
        Map<String, Object> status = progress(id, "tochigi");
        while (!(Boolean) status.get("finished") && System.currentTimeMillis() < until) {
            int stage = stages.indexOf((String) status.get("stageJa"));
            assertThat((Integer) status.get("stage")).isEqualTo(stage);
            seen.add(stage);
            long done = ((Number) status.get("done")).longValue();
            long total = ((Number) status.get("total")).longValue();
            assertThat(done).isBetween(0L, total);
            if (stage == 2) assertThat(total).isEqualTo(LongImportFile.rows(9));
            assertThat(status.get("textJa")).asString().startsWith(stages.get(stage));
            Thread.sleep(20);
            status = progress(id, "tochigi");
        }
        assertThat(seen)
                .as("seen while running, in the order of the stages")
                .isNotEmpty()
                .isSorted();
        DemoUsers.send(mvc, get(running), "tochigi").andExpect(redirectedUrl("/import"));
    }

    @Test
    void aSmallFileShowsItsOutcomeAtOnceAsBefore() throws Exception {
        applied("tochigi", csv("tochigi.csv", """
                        branch_code,fiscal_year,kpi_code,actual
                        09,2022,EMPLOYER_CHECKUP_DATA_RATE,8.1%
                        """))
                .andExpect(redirectedUrl("/import"))
                .andExpect(flash().attribute("flashMessage", "1行を取り込みました（目標 追加0・変更0、実績 追加0・変更1、変更なし0）"));
    }

    @Test
    void anImportRefusedBecauseAnotherRunsShowsWhoRunsItOnTheImportPage() throws Exception {
        claims.holding(List.of(new BranchYear(OrgCode.of("09"), FiscalYear.of(2023))), "cli:kenpo", () -> {
            try {
                String page = applied("tochigi", csv("tochigi.csv", """
                                branch_code,fiscal_year,kpi_code,actual,numerator,denominator
                                09,2023,EMPLOYER_CHECKUP_DATA_RATE,8.2%,#削除,#削除
                                """))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
                assertThat(page)
                        .contains("id=\"import-busy\"")
                        .contains("栃木支部 令和5年度は cli:kenpo さんが ")
                        .contains("から取り込み中です。終わってからもう一度取り込んでください（何も取り込んでいません）")
                        .doesNotContain("取り込みました");
                return null;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
