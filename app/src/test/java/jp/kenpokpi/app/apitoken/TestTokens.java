package jp.kenpokpi.app.apitoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.PageHtml;
import org.springframework.test.web.servlet.MockMvc;

/** A personal API token made the way a user makes one: on /account/tokens, read from the page that shows it once. */
public final class TestTokens {

    private TestTokens() {}

    /** @param scope READ or READ_WRITE */
    public static String make(MockMvc mvc, String username, String scope) throws Exception {
        String page = DemoUsers.submit(
                mvc,
                post("/account/tokens")
                        .param("name", "テスト用 " + scope)
                        .param("scope", scope)
                        .param("lifetimeDays", "30"),
                username,
                status().isOk());
        assertThat(page).contains("API トークンを作りました", "この画面でだけ表示されます");
        return PageHtml.group(page, "id=\"api-token\">([^<]+)<", "the token");
    }
}
