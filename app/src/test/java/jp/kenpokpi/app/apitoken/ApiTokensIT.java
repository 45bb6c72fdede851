package jp.kenpokpi.app.apitoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.PageHtml;
import jp.kenpokpi.app.SampleDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Personal API tokens end to end: made on /account/tokens and shown once, sent as a bearer token, acting as their
 * user (a branch token writes only its branch), narrowed by their scope, refused once revoked, and every write
 * recorded as the user's through the API.
 */
@SampleDataTest
class ApiTokensIT {

    private static final String TOCHIGI_RESULT = "/api/v1/results/09/2024/LIFESTYLE_CHECKUP_RATE";
    private static final String SAITAMA_RESULT = "/api/v1/results/11/2024/LIFESTYLE_CHECKUP_RATE";
    private static final String BODY = "{\"actual\":\"66.0%\",\"note\":\"API から\"}";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private String token(String username, String scope) throws Exception {
        return TestTokens.make(mvc, username, scope);
    }

    private ResultActions putWith(String token, String url, String ifMatch) throws Exception {
        var request = put(url).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(BODY);
        if (ifMatch != null) request.header("If-Match", ifMatch);
        return mvc.perform(request);
    }

    @Test
    void aBranchTokenWritesItsOwnBranchAsItsUserThroughTheApi() throws Exception {
        String token = token("tochigi", "READ_WRITE");
        assertThat(token).startsWith("kk_").hasSizeGreaterThan(40);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_digest LIKE ?")
                        .param("%" + token.substring(3, 12) + "%")
                        .query(Integer.class)
                        .single())
                .as("only a digest of the token is stored")
                .isZero();

        String etag = putWith(token, TOCHIGI_RESULT, storedVersion(token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actual").value("66.0%"))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        assertThat(etag).matches("\"\\d+\"");
        assertThat(jdbc.sql("""
                        SELECT changed_by || ' ' || source_kind FROM data_change
                        WHERE table_name = 'kpi_result' AND row_key LIKE '09/2024/final/LIFESTYLE_CHECKUP_RATE/%'
                        ORDER BY id DESC LIMIT 1""").query(String.class).single()).isEqualTo("tochigi API");

        putWith(token, SAITAMA_RESULT, null)
                .andExpect(status().isForbidden())
                .andExpect(
                        header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.detail").value("自支部以外のデータは変更できません（埼玉支部）"));
    }

    @Test
    void aHeadquartersIndicatorIsWrittenByHeadquartersOnlyNotByTheBranchItIsAbout() throws Exception {
        String reduction = "/api/v1/results/09/2023/GUIDANCE_TARGET_REDUCTION_RATE";
        putWith(token("tochigi", "READ_WRITE"), reduction, null)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail")
                        .value("「特定保健指導対象者の減少率」（GUIDANCE_TARGET_REDUCTION_RATE）は本部の指標です。変更できるのは本部だけです"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM kpi_result WHERE kpi_code = 'GUIDANCE_TARGET_REDUCTION_RATE'"
                                + " AND org_code = '09'")
                        .query(Integer.class)
                        .single())
                .as("nothing saved")
                .isZero();

        mvc.perform(put(reduction)
                        .header("Authorization", "Bearer " + token("honbu-tanto", "READ_WRITE"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"actual\":\"30.00%\",\"numerator\":\"300\",\"denominator\":\"1000\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.actual").value("30.00%"));
        // The sample database is shared with the incentive pages' tests, which expect ③ stored for no branch.
        jdbc.sql("DELETE FROM kpi_result WHERE kpi_code = 'GUIDANCE_TARGET_REDUCTION_RATE'")
                .update();
    }

    /**
     * The stored result's version as the API names it when a write over it comes without one (428); the tests of
     * this class share one database, so the value is whatever the last test left.
     */
    private String storedVersion(String token) throws Exception {
        String answer = putWith(token, TOCHIGI_RESULT, null)
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.current.actual").isNotEmpty())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return "\"" + PageHtml.group(answer, "\"version\":(\\d+)", "the version") + "\"";
    }

    @Test
    void aNewResultIsWrittenWithoutAVersionAndAnsweredWithItsAddress() throws Exception {
        String token = token("tochigi", "READ_WRITE");
        putWith(token, TOCHIGI_RESULT + "?asOf=2024-05", null)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", TOCHIGI_RESULT + "?asOf=2024-05"))
                .andExpect(header().string("ETag", org.hamcrest.Matchers.matchesPattern("\"\\d+\"")));
    }

    @Test
    void aStaleVersionIsRefusedWithTheCurrentValueAndAMissingOneIsAskedFor() throws Exception {
        String token = token("honbu-tanto", "READ_WRITE");
        String etag = storedVersion(token);
        mvc.perform(put(TOCHIGI_RESULT)
                        .header("Authorization", "Bearer " + token)
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"actual\":\"67.0%\"}"))
                .andExpect(status().isOk());
        putWith(token, TOCHIGI_RESULT, etag)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("ほかの更新と競合しました"))
                .andExpect(jsonPath("$.current.actual").value("67.0%"));
    }

    @Test
    void aResultFailingTheEntryChecksIsRefusedFieldByFieldAndNothingIsSaved() throws Exception {
        String token = token("tochigi", "READ_WRITE");
        mvc.perform(put(TOCHIGI_RESULT)
                        .header("Authorization", "Bearer " + token)
                        .header("If-Match", storedVersion(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"actual\":\"50.0%\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("narrative"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("目標を達成していない")));
    }

    @Test
    void aReadTokenIsRefusedEveryWrite() throws Exception {
        String token = token("honbu", "READ");
        putWith(token, TOCHIGI_RESULT, null)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("読み取り専用のトークンです"));
    }

    @Test
    void withoutAValidTokenTheApiAnswers401InJsonNotTheSignInPage() throws Exception {
        mvc.perform(put(TOCHIGI_RESULT).contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")))
                .andExpect(jsonPath("$.title").value("サインインが必要です"));
        putWith("kk_not-a-token", TOCHIGI_RESULT, null)
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("トークンが無効です"));
    }

    @Test
    void aRevokedTokenIsRefusedAndTheListShowsItWithoutTheToken() throws Exception {
        String token = token("tochigi", "READ_WRITE");
        long id = jdbc.sql("SELECT MAX(id) FROM api_token WHERE username = 'tochigi'")
                .query(Long.class)
                .single();
        // Another user cannot revoke it: the token is looked up among the user's own.
        DemoUsers.send(mvc, post("/account/tokens/" + id + "/revoke"), "honbu").andExpect(status().is3xxRedirection());
        putWith(token, TOCHIGI_RESULT, null).andExpect(status().isPreconditionRequired());

        DemoUsers.send(mvc, post("/account/tokens/" + id + "/revoke"), "tochigi")
                .andExpect(status().is3xxRedirection());
        putWith(token, TOCHIGI_RESULT, null).andExpect(status().isUnauthorized());

        String list = DemoUsers.page(mvc, "/account/tokens", "tochigi");
        assertThat(list).contains("テスト用 READ_WRITE", "失効").doesNotContain(token);
        assertThat(jdbc.sql("SELECT changed_by FROM data_change WHERE table_name = 'api_token' AND row_key = ?")
                        .param("tochigi/" + id)
                        .query(String.class)
                        .list())
                .as("made and revoked, both in the change log, by the token's user")
                .containsExactly("tochigi", "tochigi");
    }

    @Test
    void aBrowserSessionStillNeedsItsCsrfTokenForAnApiWrite() throws Exception {
        mvc.perform(put(TOCHIGI_RESULT)
                        .with(DemoUsers.as("tochigi"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BODY))
                .andExpect(status().isForbidden());
        mvc.perform(put(TOCHIGI_RESULT)
                        .with(DemoUsers.as("tochigi"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BODY))
                .andExpect(status().isPreconditionRequired());
    }

    @Test
    void badFormFieldsAreNamedAndNothingIsMade() throws Exception {
        String page = DemoUsers.submit(
                mvc,
                post("/account/tokens").param("name", "").param("scope", "ALL").param("lifetimeDays", "9999"),
                "etsuran",
                status().isOk());
        assertThat(page).contains("名前を入力してください", "権限の範囲を", "有効期間を");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE username = 'etsuran'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
