package jp.kenpokpi.app.api;

import static jp.kenpokpi.app.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpokpi.app.SampleDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI document (/v3/api-docs) against the application's own handler mappings: every {@code /api/**} route and
 * method the application answers must be in the document with a Japanese summary and description, every parameter
 * described, and a schema for what it answers. A new endpoint without its annotations fails here (docs/ARCHITECTURE.md,
 * "A new API endpoint").
 */
@SampleDataTest
class OpenApiDocumentIT {

    /** Kana or kanji: what makes a text Japanese here. */
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

    /** {id:[a-z]+} as the document writes it: {id}. */
    private static final Pattern VARIABLE_WITH_REGEX = Pattern.compile("\\{(\\w+):[^}]*}");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    private DocumentContext document() throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get("/v3/api-docs").with(as("etsuran"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return JsonPath.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    /** Every (method, path) of the application under /api/, as the document would name it. */
    private Set<String> apiOperations() {
        Set<String> operations = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) continue;
                String path = VARIABLE_WITH_REGEX.matcher(pattern).replaceAll("{$1}");
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.values()) : methods) {
                    operations.add(method.name().toLowerCase(java.util.Locale.ROOT) + " " + path);
                }
            }
        }
        return operations;
    }

    @Test
    void everyApiRouteIsDocumentedInJapaneseWithItsParametersAndAnswer() throws Exception {
        DocumentContext document = document();
        Map<String, Map<String, Object>> paths = document.read("$.paths");
        Set<String> operations = apiOperations();
        assertThat(operations).as("the API's routes").contains("get /api/v1/evaluations", "get /api/v1/reports/{kind}");
        List<String> problems = new ArrayList<>();
        for (String operation : operations) {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = operation.substring(operation.indexOf(' ') + 1);
            Map<String, Object> item = paths.getOrDefault(path, Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> op = (Map<String, Object>) item.get(method);
            if (op == null) {
                problems.add(operation + ": not in the document");
                continue;
            }
            if (!japanese(op.get("summary"))) problems.add(operation + ": no Japanese summary");
            if (!japanese(op.get("description"))) problems.add(operation + ": no Japanese description");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) op.getOrDefault("parameters", List.of());
            for (Map<String, Object> p : parameters) {
                if (!japanese(p.get("description"))) {
                    problems.add(operation + ": parameter " + p.get("name") + " without a Japanese description");
                }
            }
            Matcher variable = Pattern.compile("\\{(\\w+)}").matcher(path);
            while (variable.find()) {
                String name = variable.group(1);
                if (parameters.stream().noneMatch(p -> name.equals(p.get("name")))) {
                    problems.add(operation + ": path variable " + name + " not documented");
                }
            }
            if (!answersWithASchema(op)) problems.add(operation + ": no schema for its answer");
        }
        assertThat(problems)
                .as("API routes the OpenAPI document leaves out or leaves undescribed")
                .isEmpty();
    }

    @Test
    void theDocumentIsTheApisAloneWithAJapaneseTitleAndItsBodiesSchemas() throws Exception {
        DocumentContext document = document();
        assertThat(document.read("$.info.title", String.class)).isEqualTo("健保KPI管理システム API");
        Map<String, Object> paths = document.read("$.paths");
        assertThat(paths.keySet()).isNotEmpty().allMatch(p -> p.startsWith("/api/v1"));
        Map<String, Object> schemas = document.read("$.components.schemas");
        assertThat(schemas).containsKeys("EvaluationJson", "TargetJson", "ResultJson", "FigureJson");
        assertThat(document.read("$.components.schemas.TargetJson.properties.version.description", String.class))
                .contains("版");
        assertThat(document.read("$.components.schemas.TargetJson.description", String.class))
                .contains("If-Match");
    }

    @Test
    void theDocumentAndItsPageAreBehindSignIn() throws Exception {
        for (String address : List.of("/v3/api-docs", "/swagger-ui.html", "/swagger-ui/index.html")) {
            MockHttpServletResponse signedOut =
                    mvc.perform(get(address)).andReturn().getResponse();
            assertThat(signedOut.getStatus()).as(address).isEqualTo(302);
            assertThat(signedOut.getRedirectedUrl()).as(address).endsWith("/login");
        }
        MockHttpServletResponse page = mvc.perform(get("/swagger-ui.html").with(as("etsuran")))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(302);
        assertThat(page.getRedirectedUrl()).isEqualTo("/swagger-ui/index.html");
        assertThat(mvc.perform(get("/swagger-ui/index.html").with(as("etsuran")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    private static boolean japanese(Object text) {
        return text instanceof String s && JAPANESE.matcher(s).find();
    }

    @SuppressWarnings("unchecked")
    private static boolean answersWithASchema(Map<String, Object> op) {
        Map<String, Object> responses = (Map<String, Object>) op.getOrDefault("responses", Map.of());
        for (Map.Entry<String, Object> r : responses.entrySet()) {
            if (!r.getKey().startsWith("2")) continue;
            Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) r.getValue()).get("content");
            if (content == null) return r.getKey().equals("204");
            return content.values().stream().allMatch(c -> ((Map<String, Object>) c).get("schema") != null);
        }
        return false;
    }
}
