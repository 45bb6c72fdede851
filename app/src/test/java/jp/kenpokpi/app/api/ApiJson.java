package jp.kenpokpi.app.api;

import static jp.kenpokpi.app.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** What the API's tests ask again and again: an address read as a user, its status checked, its JSON to query. */
final class ApiJson {

    private ApiJson() {}

    static MockHttpServletResponse response(MockMvc mvc, String url, String username) throws Exception {
        return mvc.perform(get(url).with(as(username))).andReturn().getResponse();
    }

    /** The JSON of an answer with the status expected (application/json, or problem JSON for an error). */
    static DocumentContext json(MockMvc mvc, String url, String username, int status) throws Exception {
        MockHttpServletResponse response = response(mvc, url, username);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as("status of %s: %s", url, body).isEqualTo(status);
        assertThat(response.getContentType())
                .as("content type of %s", url)
                .isEqualTo(status < 400 ? "application/json" : "application/problem+json");
        return JsonPath.parse(body);
    }

    /** A problem's JSON, its status, Japanese title and detail checked as every API error must have them. */
    static DocumentContext problem(MockMvc mvc, String url, int status) throws Exception {
        DocumentContext problem = json(mvc, url, "etsuran", status);
        assertThat(problem.read("$.status", Integer.class)).isEqualTo(status);
        assertThat(problem.read("$.title", String.class))
                .as("a Japanese title")
                .matches(".*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}].*");
        assertThat(problem.read("$.detail", String.class))
                .as("a Japanese detail")
                .matches(".*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}].*");
        return problem;
    }
}
