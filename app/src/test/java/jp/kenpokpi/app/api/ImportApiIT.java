package jp.kenpokpi.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.apitoken.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * An import through the API with a token: the dry run answers the preview the page shows and saves nothing, the
 * apply writes all or nothing as the token's user through the API, a second apply of the same file changes nothing,
 * and a file with problems is answered 422 with each problem's file, row and column.
 */
@SampleDataTest
class ImportApiIT {

    private static final String TOCHIGI_CSV = """
            branch_code,fiscal_year,kpi_code,actual,numerator,denominator
            09,2023,EMPLOYER_CHECKUP_DATA_RATE,8.5%,73355,862997
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private ResultActions upload(String token, String csv, boolean dryRun) throws Exception {
        return mvc.perform(multipart("/api/v1/imports")
                .file(new MockMultipartFile("files", "tochigi.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("kind", "kpi")
                .param("dryRun", Boolean.toString(dryRun))
                .header("Authorization", "Bearer " + token));
    }

    private String actual() {
        return jdbc.sql("""
                        SELECT actual_text FROM kpi_result WHERE org_code = '09' AND fiscal_year = 2023
                        AND kpi_code = 'EMPLOYER_CHECKUP_DATA_RATE' AND as_of = ''""").query(String.class).single();
    }

    @Test
    void aDryRunPreviewsThenTheApplyWritesAsTheUserThroughTheApiAndOnceOnly() throws Exception {
        String token = TestTokens.make(mvc, "tochigi", "READ_WRITE");
        upload(token, TOCHIGI_CSV, true)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.changes").value(1))
                .andExpect(jsonPath("$.preview[0].place").value("tochigi.csv 2行目"))
                .andExpect(jsonPath("$.preview[0].actionJa").value("変更"))
                .andExpect(jsonPath("$.preview[0].differencesJa[0]").value("実績: 8.9% → 8.5%"));
        assertThat(actual()).as("nothing saved by a dry run").isEqualTo("8.9%");

        upload(token, TOCHIGI_CSV, false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.batchId").isNumber())
                .andExpect(jsonPath("$.message").value("1行を取り込みました（目標 追加0・変更0、実績 追加0・変更1、変更なし0）"));
        assertThat(actual()).isEqualTo("8.5%");
        assertThat(jdbc.sql("""
                        SELECT changed_by || ' ' || source_kind || ' ' || source_file FROM data_change
                        WHERE table_name = 'kpi_result' ORDER BY id DESC LIMIT 1""").query(String.class).single()).isEqualTo("tochigi API tochigi.csv");

        upload(token, TOCHIGI_CSV, true)
                .andExpect(jsonPath("$.changes").value(0))
                .andExpect(jsonPath("$.message").value("取り込んでも変わる値はありません（1件すべて登録済みです）"));
    }

    @Test
    void aFileWithProblemsIsAnswered422WithEachProblemsFileRowAndColumn() throws Exception {
        String token = TestTokens.make(mvc, "tochigi", "READ_WRITE");
        upload(token, """
                        branch_code,fiscal_year,kpi_code,actual
                        09,2023,EMPLOYER_CHECKUP_DATA_RATE,8.x%
                        13,2023,EMPLOYER_CHECKUP_DATA_RATE,8.5%
                        """, false)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].file").value("tochigi.csv"))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("actual"));
        assertThat(actual()).isEqualTo("8.9%");
    }

    @Test
    void anotherBranchsRowsAreRefusedToABranchToken() throws Exception {
        String token = TestTokens.make(mvc, "tochigi", "READ_WRITE");
        upload(token, """
                        branch_code,fiscal_year,kpi_code,actual,numerator,denominator
                        11,2023,EMPLOYER_CHECKUP_DATA_RATE,8.5%,73355,862997
                        """, false)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("11")));
    }

    @Test
    void aReadTokenMayNotImportNotEvenADryRun() throws Exception {
        String token = TestTokens.make(mvc, "honbu", "READ");
        upload(token, TOCHIGI_CSV, true).andExpect(status().isForbidden());
    }
}
