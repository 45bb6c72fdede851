package jp.kenpokpi.app.security;

import static jp.kenpokpi.app.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.importing.ImportForms;
import jp.kenpokpi.app.importing.LongImportFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 11: the security headers on the response of every page and download the application answers a GET with,
 * as enumerated from Spring's own handler mapping (a new GET route without a sample address below fails the test),
 * plus the sign-in page signed out, a static file, the health check and a page not found. HSTS only over TLS.
 */
@SampleDataTest
// Every import applied (and every computation from records) goes to its progress page, so that the test has one to
// check; the records' proof data set is the one data set offered.
@TestPropertySource(
        properties = {
            "kenpo.import.progress-after=0ms",
            "kenpo.records.progress-after=0ms",
            "kenpo.records.data-root=../records/src/test/resources"
        })
class SecurityHeadersIT {

    /** Each GET route's pattern, with an address that calls it with realistic parameters. */
    static final Map<String, String> SAMPLE_ADDRESSES = Map.ofEntries(
            Map.entry("/", "/"),
            Map.entry("/login", "/login"),
            Map.entry("/error", "/error"),
            Map.entry("/branches", "/branches"),
            Map.entry("/summary/{code}/{year}", "/summary/09/2023"),
            Map.entry("/dashboard", "/dashboard?branch=09&year=2023"),
            Map.entry("/dashboard.{format}", "/dashboard.csv?branch=09&year=2023"),
            Map.entry("/kpi/{code}", "/kpi/LIFESTYLE_CHECKUP_RATE?branch=09&year=2023"),
            Map.entry(
                    "/kpi/{code}/{table:trend|ranking}.{format}",
                    "/kpi/LIFESTYLE_CHECKUP_RATE/ranking.xlsx?branch=09&year=2023"),
            Map.entry("/comparison", "/comparison?year=2023&block=TOHOKU"),
            Map.entry("/comparison.{format}", "/comparison.csv?year=2023&block=TOHOKU"),
            Map.entry("/performance", "/performance?year=2023&branch=09"),
            Map.entry("/incentive", "/incentive?year=2023"),
            Map.entry("/incentive/{code}", "/incentive/09?year=2023&indicator=2&points=1.0"),
            Map.entry("/interim", "/interim?branch=00&asOf=2021-09"),
            Map.entry("/interim.{format}", "/interim.csv?branch=00&asOf=2021-09"),
            Map.entry("/interim/entry/{kpiCode}", "/interim/entry/LIFESTYLE_CHECKUP_RATE?branch=09&asOf=2025-09"),
            Map.entry("/entry/{kpiCode}", "/entry/LIFESTYLE_CHECKUP_RATE?branch=09&year=2023"),
            Map.entry("/budget", "/budget?branch=09&year=2023"),
            Map.entry("/budget.{format}", "/budget.csv?branch=09&year=2023"),
            Map.entry("/budget/line", "/budget/line?branch=09&year=2025"),
            Map.entry("/budget/item", "/budget/item?branch=09&year=2023&section=1&item=1"),
            Map.entry("/plan", "/plan?branch=09&year=2023"),
            Map.entry("/plan.csv", "/plan.csv?branch=09&year=2023"),
            Map.entry("/plan.xlsx", "/plan.xlsx?branch=09&year=2023"),
            Map.entry("/plan/edit", "/plan/edit?branch=09&year=2023&area=CORE&measure=2"),
            Map.entry("/plan/measure", "/plan/measure?branch=09&year=2023&area=CORE&measure=2"),
            Map.entry("/import", "/import"),
            Map.entry("/import/kpi-template.xlsx", "/import/kpi-template.xlsx"),
            Map.entry("/import/budget-template.xlsx", "/import/budget-template.xlsx?branch=09&year=2024"),
            // {job}: an import honbu applies in the test (its progress is honbu's only).
            Map.entry("/import/progress/{id}", "/import/progress/{job}"),
            Map.entry("/import/running/{id}", "/import/running/{job}"),
            // {compute}: a computation from records honbu previews in the test.
            Map.entry("/compute", "/compute"),
            Map.entry("/compute/progress/{id}", "/compute/progress/{compute}"),
            Map.entry("/compute/running/{id}", "/compute/running/{compute}"),
            Map.entry("/submissions", "/submissions?branch=09&year=2023"),
            Map.entry("/submissions/board", "/submissions/board?year=2023"),
            Map.entry("/submissions/board.{format}", "/submissions/board.csv?year=2023"),
            Map.entry("/targets", "/targets?year=2025&block=TOHOKU"),
            Map.entry("/targets.{format}", "/targets.csv?year=2025&block=TOHOKU"),
            Map.entry("/targets/history", "/targets/history?branch=09&year=2025"),
            Map.entry("/targets/proposals", "/targets/proposals?year=2025"),
            Map.entry("/audit", "/audit"),
            Map.entry("/audit/{id:\\d+}/undo", "/audit/1/undo"),
            Map.entry("/imports/history", "/imports/history"),
            Map.entry("/imports/{id:\\d+}/undo", "/imports/1/undo"),
            Map.entry("/account", "/account"),
            Map.entry("/account/password", "/account/password"),
            Map.entry("/admin/users", "/admin/users"),
            Map.entry("/admin/users/new", "/admin/users/new"),
            Map.entry("/admin/users/import", "/admin/users/import"),
            Map.entry("/admin/users/{username}", "/admin/users/tochigi"),
            Map.entry("/notifications", "/notifications"),
            Map.entry("/notifications/settings", "/notifications/settings"),
            Map.entry("/audit.{format}", "/audit.csv?branch=09"),
            Map.entry("/reports", "/reports?branch=09&year=2023"),
            Map.entry("/reports/{id:[a-z0-9-]+}", "/reports/kpi-summary?branch=09&year=2023"),
            Map.entry("/reports/{id:[a-z0-9-]+}.{extension:xlsx|pdf|html}", "/reports/book.html?branch=09&year=2023"),
            Map.entry("/account/sessions", "/account/sessions"),
            Map.entry("/api/v1", "/api/v1"),
            Map.entry("/api/v1/catalogue", "/api/v1/catalogue?year=2023"),
            Map.entry("/api/v1/catalogue/{kpiCode}", "/api/v1/catalogue/LIFESTYLE_CHECKUP_RATE"),
            Map.entry("/api/v1/organisations", "/api/v1/organisations?block=TOHOKU"),
            Map.entry("/api/v1/blocks", "/api/v1/blocks"),
            Map.entry("/api/v1/targets", "/api/v1/targets?branch=09&year=2023"),
            Map.entry("/api/v1/targets/{branch}/{year}/{kpiCode}", "/api/v1/targets/09/2023/LIFESTYLE_CHECKUP_RATE"),
            Map.entry("/api/v1/results", "/api/v1/results?branch=09&year=2023"),
            Map.entry("/api/v1/results/{branch}/{year}/{kpiCode}", "/api/v1/results/09/2023/LIFESTYLE_CHECKUP_RATE"),
            Map.entry("/api/v1/evaluations", "/api/v1/evaluations?branch=09&year=2023"),
            Map.entry("/api/v1/ranks", "/api/v1/ranks?year=2023&kpi=LIFESTYLE_CHECKUP_RATE"),
            Map.entry("/api/v1/comparisons", "/api/v1/comparisons?year=2023&block=TOHOKU"),
            Map.entry("/api/v1/plans/{branch}/{year}", "/api/v1/plans/09/2023"),
            Map.entry("/api/v1/budgets/{branch}/{year}", "/api/v1/budgets/09/2023"),
            Map.entry("/api/v1/submissions", "/api/v1/submissions?year=2023&branch=09"),
            Map.entry("/api/v1/incentive", "/api/v1/incentive"),
            Map.entry("/api/v1/incentive/{year}", "/api/v1/incentive/2023"),
            Map.entry("/api/v1/incentive/{year}/branches/{branch}", "/api/v1/incentive/2023/branches/09?whatIf=2:1.0"),
            Map.entry("/api/v1/reports", "/api/v1/reports"),
            Map.entry("/api/v1/reports/{kind}", "/api/v1/reports/kpi-summary?branch=09&year=2023&format=pdf"),
            Map.entry("/v3/api-docs", "/v3/api-docs"),
            Map.entry("/v3/api-docs.yaml", "/v3/api-docs.yaml"),
            Map.entry("/v3/api-docs/swagger-config", "/v3/api-docs/swagger-config"),
            Map.entry("/swagger-ui.html", "/swagger-ui.html"),
            Map.entry("/api/v1/export", "/api/v1/export?format=xlsx"),
            Map.entry("/account/tokens", "/account/tokens"));

    /** Answered by other handler mappings than the controllers': checked too. */
    private static final Set<String> BEYOND_THE_CONTROLLERS = Set.of(
            "/assets/kenpo.css",
            "/assets/forms.js",
            "/actuator/health",
            "/no-such-page",
            "/swagger-ui/index.html",
            "/swagger-ui/swagger-ui-bundle.js");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    /** Every pattern a GET reaches (a mapping without methods answers every method, GET included). */
    static Set<String> routes(RequestMappingHandlerMapping mapping, Set<RequestMethod> methods) {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
            if (declared.isEmpty() || declared.stream().anyMatch(methods::contains)) {
                routes.addAll(info.getPatternValues());
            }
        }
        return routes;
    }

    @Test
    void everyGetRouteHasASampleAddress() {
        assertThat(SAMPLE_ADDRESSES.keySet())
                .as("SAMPLE_ADDRESSES: a GET route without an address to check its headers")
                .containsAll(routes(mapping, Set.of(RequestMethod.GET)));
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyPageAndDownloadCarriesTheSecurityHeaders() throws Exception {
        String job = importApplied();
        String compute = computeStarted();
        Map<String, String> problems = new TreeMap<>();
        for (String route : routes(mapping, Set.of(RequestMethod.GET))) {
            String address = SAMPLE_ADDRESSES.get(route);
            if (address == null) continue; // everyGetRouteHasASampleAddress names it
            address = address.replace("{job}", job).replace("{compute}", compute);
            MockHttpServletResponse response = mvc.perform(
                            get(address).with(as("honbu")).accept(MediaType.TEXT_HTML, MediaType.ALL))
                    .andReturn()
                    .getResponse();
            String expectedPolicy = route.endsWith("{extension:xlsx|pdf|html}")
                    ? SecurityHeaders.DOCUMENT_POLICY
                    : SecurityHeaders.PAGE_POLICY;
            check(address, response, expectedPolicy, problems);
            if (response.getStatus() == 404 || response.getStatus() >= 500 && !route.equals("/error")) {
                problems.put(
                        address, "status " + response.getStatus() + ": the sample address does not reach the page");
            }
        }
        for (String address : BEYOND_THE_CONTROLLERS) {
            check(
                    address,
                    mvc.perform(get(address).with(as("honbu"))).andReturn().getResponse(),
                    address.startsWith("/swagger-ui/")
                            ? SecurityHeaders.API_DOCUMENT_PAGE_POLICY
                            : SecurityHeaders.PAGE_POLICY,
                    problems);
        }
        check(
                "/login (signed out)",
                mvc.perform(get("/login")).andReturn().getResponse(),
                SecurityHeaders.PAGE_POLICY,
                problems);
        assertThat(problems).as("responses without the headers they need").isEmpty();
    }

    /** An import honbu applies, long enough to have a progress page: the id of its job. */
    private String importApplied() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String preview = DemoUsers.submit(
                mvc,
                ImportForms.preview(ImportForms.csv("headers.csv", LongImportFile.csv(2030, 10)))
                        .session(session),
                "honbu",
                status().isOk());
        String running = DemoUsers.send(
                        mvc, ImportForms.apply(ImportForms.token(preview)).session(session), "honbu")
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(running).startsWith("/import/running/");
        return running.substring("/import/running/".length());
    }

    /** A computation from records honbu previews: the id of its job (its progress page, then its outcome once). */
    private String computeStarted() throws Exception {
        String running = DemoUsers.send(
                        mvc,
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/compute/preview")
                                .param("dataSet", "proof")
                                .param("year", "2023")
                                .param("kpi", "LIFESTYLE_CHECKUP_RATE"),
                        "honbu")
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(running).startsWith("/compute/running/");
        return running.substring("/compute/running/".length());
    }

    private static void check(
            String address, MockHttpServletResponse response, String policy, Map<String, String> problems) {
        StringBuilder wrong = new StringBuilder();
        expect(wrong, response, "Content-Security-Policy", policy);
        expect(wrong, response, "X-Frame-Options", "DENY");
        expect(wrong, response, "X-Content-Type-Options", "nosniff");
        expect(wrong, response, "Referrer-Policy", "strict-origin-when-cross-origin");
        expect(wrong, response, "Permissions-Policy", SecurityHeaders.PERMISSIONS_POLICY);
        if (response.getHeader("Strict-Transport-Security") != null) wrong.append("HSTS over plain HTTP; ");
        if (!wrong.isEmpty()) problems.put(address, wrong.toString());
    }

    private static void expect(StringBuilder wrong, MockHttpServletResponse response, String name, String value) {
        if (!value.equals(response.getHeader(name))) {
            wrong.append(name).append(": ").append(response.getHeader(name)).append("; ");
        }
    }

    @Test
    void thePagePolicyRunsNoInlineScriptAndCannotBeFramed() {
        assertThat(SecurityHeaders.PAGE_POLICY)
                .contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'self'")
                .contains("form-action 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-eval", "script-src 'self' 'unsafe-inline'", "*");
        // The API's document page differs from the page policy only by one style element's hash.
        assertThat(SecurityHeaders.API_DOCUMENT_PAGE_POLICY)
                .isEqualTo(SecurityHeaders.PAGE_POLICY.replace(
                        "style-src-elem 'self'",
                        "style-src-elem 'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='"));
        assertThat(SecurityHeaders.DOCUMENT_POLICY)
                .contains("default-src 'none'", "frame-ancestors 'none'")
                .doesNotContain("script-src");
    }

    @Test
    void strictTransportSecurityOnlyOverTls() throws Exception {
        MockHttpServletResponse overTls = mvc.perform(
                        get("/dashboard?branch=09&year=2023").secure(true).with(as("tochigi")))
                .andReturn()
                .getResponse();
        assertThat(overTls.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
        MockHttpServletResponse signInOverTls =
                mvc.perform(get("/login").secure(true)).andReturn().getResponse();
        assertThat(signInOverTls.getHeader("Strict-Transport-Security")).startsWith("max-age=31536000");
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getHeader("Strict-Transport-Security"))
                .isNull();
    }
}
