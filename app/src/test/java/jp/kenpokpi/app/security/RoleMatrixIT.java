package jp.kenpokpi.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.organisation.OrgCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 11: the role × endpoint matrix. Every route that changes something (POST, PUT, PATCH, DELETE in Spring's
 * handler mapping) is sent by seven principals, with a valid CSRF token and the parameters its page sends, aimed at
 * 栃木支部 (09), and answers as {@link #MATRIX} declares. A mutating route without a row (or a reason in
 * {@link #NOT_SENT}) fails the test. Without a CSRF token every mutating route is refused (403), even for
 * headquarters. The class has its own copy of the sample database (@SampleDataTest): what the rows write stays here.
 */
@SampleDataTest
class RoleMatrixIT {

    /** The principals, in the order each row's outcomes are written and sent. */
    enum Principal {
        ANONYMOUS,
        VIEWER,
        /** 埼玉支部 (11)'s 支部担当者, acting on 栃木支部's data. */
        OTHER_BRANCH_EDITOR,
        BRANCH_EDITOR,
        BRANCH_MANAGER,
        HQ_STAFF,
        HQ_ADMIN;

        Optional<RequestPostProcessor> user() {
            return switch (this) {
                case ANONYMOUS -> Optional.empty();
                case VIEWER -> Optional.of(DemoUsers.as("etsuran"));
                case OTHER_BRANCH_EDITOR ->
                    Optional.of(SecurityMockMvcRequestPostProcessors.user(new SignedInUser(
                            new UserAccount("saitama", "埼玉支部 担当者", Role.BRANCH_EDITOR, Optional.of(OrgCode.of("11"))),
                            "unused",
                            true)));
                case BRANCH_EDITOR -> Optional.of(DemoUsers.as("tochigi"));
                case BRANCH_MANAGER -> Optional.of(DemoUsers.as("tochigi-shibucho"));
                case HQ_STAFF -> Optional.of(DemoUsers.as("honbu-tanto"));
                case HQ_ADMIN -> Optional.of(DemoUsers.as("honbu"));
            };
        }
    }

    /** What a request is built from: the application (to read a form as its page offers it) and the sender. */
    record Context(MockMvc mvc, Principal principal, MockHttpSession session) {}

    interface Request {
        AbstractMockHttpServletRequestBuilder<?> build(Context context) throws Exception;
    }

    /**
     * @param outcomes one letter per {@link Principal}, in its order: A allowed (the handler did the work, or gave an
     *     answer about the data rather than the user: a 409 "already started", a 404 "already removed", a form's
     *     problem), F forbidden (403, the page giving the reason {@code refusals} has for the principal), R refused
     *     on the answering page (the 提出・承認 page's 409, the import preview's row problem) with that reason, S sent
     *     to the sign-in page
     * @param refusals the Japanese reason each refused principal must be given
     */
    record Row(String route, Request request, String outcomes, Map<Principal, String> refusals) {}

    private static final String VIEWER_REFUSED = "閲覧者はデータを変更できません";
    private static final String OTHER_BRANCH_REFUSED = "自支部以外のデータは変更できません（栃木支部）";
    private static final String HEADQUARTERS_SETS_TARGETS = "目標の設定は本部が行います（支部は目標を提案できます）";
    private static final String ADMIN_LOCKS = "年度の確定（ロック）と解除は本部管理者だけができます";
    private static final String ADMINISTERS_ACCOUNTS = "アカウントの管理は本部管理者だけができます";
    private static final String HEADQUARTERS_COMPUTES = "記録からの算出は本部が行います";
    private static final String ACCOUNTS_CSV = "username,display_name,role,branch_code\nmatrix-import,権限の試験,閲覧者,\n";

    /** The reasons of a branch's data: a viewer changes nothing, another branch's editor not 栃木's. */
    private static final Map<Principal, String> BRANCH_DATA =
            Map.of(Principal.VIEWER, VIEWER_REFUSED, Principal.OTHER_BRANCH_EDITOR, OTHER_BRANCH_REFUSED);

    private static Map<Principal, String> everyone(String reason) {
        Map<Principal, String> all = new TreeMap<>();
        for (Principal p : Principal.values()) all.put(p, reason);
        return all;
    }

    private static final String IMPORT_CSV =
            "branch_code,fiscal_year,as_of,kpi_code,definition_fy,target,actual,numerator,denominator,national_value,"
                    + "national_rank,mark,self_evaluation,note,source\n"
                    // The stored numerator and denominator would not agree with 100%: the file clears them.
                    + "09,2024,,SS_ACHIEVEMENT,,,100%,#削除,#削除,,,,,,権限の試験\n";

    /** The table. Rows run in this order, principals in theirs: what one row writes, the next row sees. */
    static final List<Row> MATRIX = List.of(
            new Row(
                    "POST /entry/{kpiCode}",
                    c -> form(
                            c,
                            "/entry/LIFESTYLE_CHECKUP_RATE?branch=09&year=2023",
                            Map.of("actual", "72.2%", "numerator", "163860", "denominator", "226946", "note", "権限の試験")),
                    "SFFAAAA",
                    BRANCH_DATA),
            new Row(
                    "PUT /api/v1/targets/{branch}/{year}/{kpiCode}",
                    c -> put("/api/v1/targets/09/2024/LIFESTYLE_CHECKUP_RATE")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"target\":\"66.0%以上\"}"),
                    "SFFFFAA",
                    everyone(HEADQUARTERS_SETS_TARGETS)),
            // The API's import, as a dry run: the import page's rights, each refused row named in the problem.
            new Row(
                    "POST /api/v1/imports",
                    c -> multipart("/api/v1/imports")
                            .file(new MockMultipartFile(
                                    "files", "matrix.csv", "text/csv", IMPORT_CSV.getBytes(StandardCharsets.UTF_8)))
                            .param("dryRun", "true"),
                    "SFRAAAA",
                    Map.of(
                            Principal.VIEWER, "閲覧者はデータを取り込めません",
                            Principal.OTHER_BRANCH_EDITOR, "取り込みを中止しました（1件の誤り。データベースは変更していません）")),
            new Row(
                    "POST /interim/entry/{kpiCode}",
                    c -> form(
                            c,
                            "/interim/entry/LIFESTYLE_CHECKUP_RATE?branch=09&asOf=2025-10",
                            Map.of("actual", "40.0%", "note", "権限の試験")),
                    "SFFAAAA",
                    BRANCH_DATA),
            new Row(
                    "POST /budget/line",
                    c -> post("/budget/line")
                            .param("branch", "09")
                            .param("year", "2025")
                            .param("section", "保健事業")
                            .param("category", "健診")
                            .param("item", "受診勧奨")
                            .param("budget", "100000")
                            .param("executed", "0"),
                    "SFFAAAA",
                    BRANCH_DATA),
            new Row(
                    "POST /budget/item",
                    c -> form(c, "/budget/item?branch=09&year=2023&section=1&item=1", Map.of("executed", "1000")),
                    "SFFAAAA",
                    BRANCH_DATA),
            new Row(
                    "POST /plan/edit",
                    c -> form(
                            c, "/plan/edit?branch=09&year=2023&area=CORE&measure=2", Map.of("doneText", "権限の試験で実施した")),
                    "SFFAAAA",
                    BRANCH_DATA),
            // The first allowed principal starts the plan; the others are told it has started (409).
            new Row("POST /plan/start", c -> post("/plan/start?branch=09&year=2024"), "SFFAAAA", BRANCH_DATA),
            new Row(
                    "POST /plan/measures",
                    c -> post("/plan/measures?branch=09&year=2024")
                            .param("area", "STRATEGIC")
                            .param("group", "保健")
                            .param("title", "特定健診実施率の向上"),
                    "SFFAAAA",
                    BRANCH_DATA),
            new Row(
                    "POST /plan/measure",
                    c -> form(
                            c, "/plan/measure?branch=09&year=2024&area=CORE&measure=1", Map.of("planText", "権限の試験の計画")),
                    "SFFAAAA",
                    BRANCH_DATA),
            // Each allowed principal removes the measure it added above (7 to 10); the refused ones aim at 5 and 6.
            new Row(
                    "POST /plan/measure/delete",
                    c -> {
                        String page = "/plan/measure?branch=09&year=2024&area=STRATEGIC&measure="
                                + (c.principal().ordinal() + 4);
                        return post(page.replace("/plan/measure?", "/plan/measure/delete?"))
                                .param("version", hidden(c, page, "version"));
                    },
                    "SFFAAAA",
                    BRANCH_DATA),
            new Row(
                    "POST /targets",
                    c -> post("/targets").param("year", "2026").param("t_09_SS_ACHIEVEMENT", "96.0%以上"),
                    "SFFFFAA",
                    everyone(HEADQUARTERS_SETS_TARGETS)),
            new Row(
                    "POST /targets/column",
                    c -> post("/targets/column")
                            .param("kpi", "SS_ACHIEVEMENT")
                            .param("year", "2026")
                            .param("rule", "")
                            .param("branchesPropose", "true"),
                    "SFFFFAA",
                    everyone(HEADQUARTERS_SETS_TARGETS)),
            new Row(
                    "POST /targets/copy-forward",
                    c -> post("/targets/copy-forward")
                            .param("kpi", "SS_ACHIEVEMENT")
                            .param("year", "2026"),
                    "SFFFFAA",
                    everyone(HEADQUARTERS_SETS_TARGETS)),
            new Row(
                    "POST /targets/proposals",
                    c -> post("/targets/proposals")
                            .param("branch", "09")
                            .param("year", "2026")
                            .param("kpi", "SS_ACHIEVEMENT")
                            .param("target", "97.0%以上")
                            .param("reasoning", "前年度の実績から")
                            .param("version", proposalVersion(c)),
                    "SFFAAFF",
                    Map.of(
                            Principal.VIEWER, "目標の提案は支部が行います",
                            Principal.OTHER_BRANCH_EDITOR, "他支部の目標は提案できません（栃木支部）",
                            Principal.HQ_STAFF, "目標の提案は支部が行います",
                            Principal.HQ_ADMIN, "目標の提案は支部が行います")),
            new Row(
                    "POST /targets/proposals/decision",
                    c -> post("/targets/proposals/decision")
                            .param("branch", "09")
                            .param("year", "2026")
                            .param("kpi", "SS_ACHIEVEMENT")
                            .param("decision", "accept")
                            .param("version", proposalVersion(c)),
                    "SFFFFAA",
                    everyone(HEADQUARTERS_SETS_TARGETS)),
            new Row(
                    "POST /import/preview",
                    c -> multipart("/import/preview")
                            .file(new MockMultipartFile(
                                    "files", "tochigi.csv", "text/csv", IMPORT_CSV.getBytes(StandardCharsets.UTF_8))),
                    "SFRAAAA",
                    Map.of(
                            Principal.VIEWER, "閲覧者はデータを取り込めません",
                            Principal.OTHER_BRANCH_EDITOR, "取り込めません（1件の誤り。データベースは変更していません）")),
            // Applied in the session of the preview before it, with the token that preview gave.
            new Row(
                    "POST /import/apply",
                    c -> {
                        MockHttpServletResponse preview = send(
                                c,
                                multipart("/import/preview")
                                        .file(new MockMultipartFile(
                                                "files",
                                                "tochigi.csv",
                                                "text/csv",
                                                IMPORT_CSV
                                                        .replace(
                                                                "100%",
                                                                c.principal().ordinal() * 10 + "%")
                                                        .getBytes(StandardCharsets.UTF_8))));
                        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"")
                                .matcher(preview.getContentAsString(StandardCharsets.UTF_8));
                        return post("/import/apply").param("token", token.find() ? token.group(1) : "none");
                    },
                    "SFRAAAA",
                    Map.of(
                            Principal.VIEWER, "閲覧者はデータを取り込めません",
                            Principal.OTHER_BRANCH_EDITOR, "取り込めません（1件の誤り。データベースは変更していません）")),
            // 記録から算出: headquarters only. Here no data set is offered (headquarters is told so at the field, an
            // answer about the data), and no preview waits to be applied (told to preview again): ComputePageIT runs
            // both for real.
            new Row(
                    "POST /compute/preview",
                    c -> post("/compute/preview").param("dataSet", "matrix").param("year", "2023"),
                    "SFFFFAA",
                    everyone(HEADQUARTERS_COMPUTES)),
            new Row(
                    "POST /compute/apply",
                    c -> post("/compute/apply").param("token", "none"),
                    "SFFFFAA",
                    everyone(HEADQUARTERS_COMPUTES)),
            // The newest import entry of 栃木 (headquarters' import above): the branch editor undoes it first; the
            // others are then told it is undone already (409, an answer about the data).
            new Row(
                    "POST /audit/{id:\\d+}/undo",
                    c -> post("/audit/" + newest(c, "/audit?branch=09&source=IMPORT", "data-id=\"(\\d+)\"") + "/undo"),
                    "SFFAAAA",
                    Map.of(
                            Principal.VIEWER, "閲覧者は変更を取り消せません",
                            Principal.OTHER_BRANCH_EDITOR, "自支部以外の変更は取り消せません")),
            new Row(
                    "POST /imports/{id:\\d+}/undo",
                    c -> post("/imports/" + newest(c, "/imports/history", "/imports/(\\d+)/undo") + "/undo"),
                    "SFFAAAA",
                    Map.of(
                            Principal.VIEWER, "閲覧者は変更を取り消せません",
                            Principal.OTHER_BRANCH_EDITOR, "自支部のデータを変更していない取込は取り消せません")),
            new Row(
                    "POST /submissions/{branch}/{year}/{kind}/{step}",
                    c -> post("/submissions/09/2025/FIRST_HALF/SUBMIT"),
                    "SRRAARR",
                    Map.of(
                            Principal.VIEWER, "提出は支部長・支部管理者・支部担当者が行います（閲覧者は提出できません）",
                            Principal.OTHER_BRANCH_EDITOR, "他支部の報告は提出できません（栃木支部の報告です）",
                            Principal.HQ_STAFF, "提出は支部長・支部管理者・支部担当者が行います",
                            Principal.HQ_ADMIN, "提出は支部長・支部管理者・支部担当者が行います（本部は提出できません）")),
            new Row("POST /locks/{branch}/{year}", c -> post("/locks/09/2024"), "SFFFFFA", everyone(ADMIN_LOCKS)),
            new Row(
                    "POST /locks/{branch}/{year}/unlock",
                    c -> post("/locks/09/2024/unlock"),
                    "SFFFFFA",
                    everyone(ADMIN_LOCKS)),
            // Every signed-in user may end their own sessions, change their own password and notice settings.
            new Row("POST /account/sessions/end-all", c -> post("/account/sessions/end-all"), "SAAAAAA", Map.of()),
            // ... and make and revoke their own API tokens (a token acts as its user: no more than the user may).
            new Row(
                    "POST /account/tokens",
                    c -> post("/account/tokens")
                            .param("name", "権限の試験")
                            .param("scope", "READ")
                            .param("lifetimeDays", "7"),
                    "SAAAAAA",
                    Map.of()),
            new Row(
                    "POST /account/tokens/{id}/revoke",
                    c -> post("/account/tokens/" + newest(c, "/account/tokens", "/account/tokens/(\\d+)/revoke")
                            + "/revoke"),
                    "SAAAAAA",
                    Map.of()),
            // The API's writes: the rights of the entry form (a stored result without If-Match is answered 428, an
            // answer about the data).
            new Row(
                    "PUT /api/v1/results/{branch}/{year}/{kpiCode}",
                    c -> put("/api/v1/results/09/2024/LIFESTYLE_CHECKUP_RATE")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"actual\":\"66.0%\"}"),
                    "SFFAAAA",
                    BRANCH_DATA),
            new Row(
                    "POST /account/password",
                    c -> post("/account/password")
                            .param("current", "not-the-password")
                            .param("password", "a-new-password-of-the-matrix")
                            .param("confirmation", "a-new-password-of-the-matrix"),
                    "SAAAAAA",
                    Map.of()),
            new Row("POST /notifications/read-all", c -> post("/notifications/read-all"), "SAAAAAA", Map.of()),
            // Opening a notice: everyone signed in may, their own only (another's is not found: NoticesIT).
            new Row("POST /notifications/{id}", c -> post("/notifications/0"), "SAAAAAA", Map.of()),
            new Row(
                    "POST /notifications/settings",
                    c -> post("/notifications/settings").param("email", "").param("digest", "false"),
                    "SAAAAAA",
                    Map.of()),
            // Accounts: headquarters' administrators only. The administrator's new account is the one the rows after
            // it change.
            new Row(
                    "POST /admin/users",
                    c -> post("/admin/users")
                            .param(
                                    "username",
                                    "matrix-"
                                            + c.principal().name().toLowerCase().replace('_', '-'))
                            .param("displayName", "権限の試験")
                            .param("role", "VIEWER")
                            .param("branch", "")
                            .param("group", "")
                            .param("email", "")
                            .param("initialPassword", ""),
                    "SFFFFFA",
                    everyone(ADMINISTERS_ACCOUNTS)),
            new Row(
                    "POST /admin/users/{username}",
                    c -> post("/admin/users/matrix-hq-admin")
                            .param("displayName", "権限の試験（変更）")
                            .param("role", "VIEWER")
                            .param("branch", "")
                            .param("group", "")
                            .param("email", ""),
                    "SFFFFFA",
                    everyone(ADMINISTERS_ACCOUNTS)),
            new Row(
                    "POST /admin/users/{username}/unlock",
                    c -> post("/admin/users/matrix-hq-admin/unlock"),
                    "SFFFFFA",
                    everyone(ADMINISTERS_ACCOUNTS)),
            new Row(
                    "POST /admin/users/{username}/password-reset",
                    c -> post("/admin/users/matrix-hq-admin/password-reset"),
                    "SFFFFFA",
                    everyone(ADMINISTERS_ACCOUNTS)),
            new Row(
                    "POST /admin/users/{username}/enabled",
                    c -> post("/admin/users/matrix-hq-admin/enabled").param("enabled", "false"),
                    "SFFFFFA",
                    everyone(ADMINISTERS_ACCOUNTS)),
            new Row(
                    "POST /admin/users/import/preview",
                    c -> multipart("/admin/users/import/preview")
                            .file(new MockMultipartFile(
                                    "file", "accounts.csv", "text/csv", ACCOUNTS_CSV.getBytes(StandardCharsets.UTF_8))),
                    "SFFFFFA",
                    everyone(ADMINISTERS_ACCOUNTS)),
            // Applied in the session of the preview before it, with the token that preview gave.
            new Row(
                    "POST /admin/users/import/apply",
                    c -> {
                        MockHttpServletResponse preview = send(
                                c,
                                multipart("/admin/users/import/preview")
                                        .file(new MockMultipartFile(
                                                "file",
                                                "accounts.csv",
                                                "text/csv",
                                                ACCOUNTS_CSV.getBytes(StandardCharsets.UTF_8))));
                        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"")
                                .matcher(preview.getContentAsString(StandardCharsets.UTF_8));
                        return post("/admin/users/import/apply").param("token", token.find() ? token.group(1) : "none");
                    },
                    "SFFFFFA",
                    everyone(ADMINISTERS_ACCOUNTS)));

    /** Mutating routes the matrix does not send, with the reason. */
    static final Map<String, String> NOT_SENT = Map.of(
            "POST /error",
            "Spring's error page, mapped for every method: the container forwards a failed request to it; it changes"
                    + " nothing, and called directly it reports a server error (500) for a request that had none");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    private static final Set<RequestMethod> MUTATING =
            Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

    /** "POST /route" for each mutating method of each route (a mapping without methods answers them all). */
    private Set<String> mutatingRoutes() {
        Set<String> routes = new TreeSet<>();
        mapping.getHandlerMethods().keySet().forEach(info -> {
            Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
            Set<RequestMethod> methods = declared.isEmpty() ? MUTATING : declared;
            methods.stream()
                    .filter(MUTATING::contains)
                    .forEach(m -> info.getPatternValues().forEach(p -> routes.add(m + " " + p)));
        });
        return routes;
    }

    @Test
    void everyMutatingRouteHasARow() {
        Set<String> declared = new TreeSet<>(NOT_SENT.keySet());
        MATRIX.forEach(row -> declared.add(row.route()));
        Set<String> routes = mutatingRoutes();
        routes.removeIf(
                r -> r.startsWith("PUT /error") || r.startsWith("PATCH /error") || r.startsWith("DELETE /error"));
        assertThat(declared)
                .as("RoleMatrixIT.MATRIX: a mutating route without its row of who may send it")
                .containsAll(routes);
    }

    /** The reason a refusal gives: the 403 page's message, or the refusal or problem shown on the answering page. */
    private static final Pattern REASON = Pattern.compile(
            "id=\"forbidden-message\">([^<]*)<|class=\"error[^\"]*\"[^>]*>([^<]*)<|class=\"refusal[^\"]*\"[^>]*>([^<]*)<"
                    // The API's problem (RFC 9457): its detail.
                    + "|\"detail\":\"([^\"]*)\"");

    @Autowired
    UserAccountRepository accounts;

    /** 埼玉's editor, an account as any other (the pages of one's own account read it). */
    @BeforeEach
    void theOtherBranchEditorHasAnAccount() {
        if (accounts.find("saitama").isEmpty()) {
            accounts.create(
                    new UserAccount("saitama", "埼玉支部 担当者", Role.BRANCH_EDITOR, Optional.of(OrgCode.of("11"))),
                    "{noop}unused-password-of-the-matrix",
                    false);
        }
    }

    @Test
    void everyPrincipalGetsWhatTheMatrixDeclares() throws Exception {
        Map<String, String> seen = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        for (Row row : MATRIX) {
            for (Principal p : Principal.values()) {
                Context c = new Context(mvc, p, new MockHttpSession());
                MockHttpServletResponse response = send(c, row.request().build(c));
                String body = response.getContentAsString(StandardCharsets.UTF_8);
                char expected = row.outcomes().charAt(p.ordinal());
                char got = outcome(response, body, row.refusals().get(p));
                seen.put(row.route() + " " + p, got + " " + response.getStatus() + " " + reason(body));
                if (got != expected) {
                    wrong.add(row.route() + " as " + p + ": " + got + ", the table says " + expected
                            + (expected == 'F' || expected == 'R'
                                    ? " with 「" + row.refusals().get(p) + "」"
                                    : ""));
                }
            }
        }
        StringBuilder answers = new StringBuilder("what each principal got:\n");
        seen.forEach((k, v) -> answers.append(k).append(" → ").append(v).append('\n'));
        System.out.println(answers); // the whole matrix as answered, for a reader of the build's log
        assertThat(wrong).as(answers.toString()).isEmpty();
    }

    @Test
    void withoutACsrfTokenEveryMutatingRouteIsRefusedEvenForHeadquarters() throws Exception {
        Map<String, Integer> notRefused = new TreeMap<>();
        for (Row row : MATRIX) {
            Context c = new Context(mvc, Principal.HQ_ADMIN, new MockHttpSession());
            AbstractMockHttpServletRequestBuilder<?> request = row.request().build(c);
            request.with(DemoUsers.as("honbu")).session(c.session()).accept(MediaType.TEXT_HTML);
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            if (status != 403) notRefused.put(row.route(), status);
        }
        assertThat(notRefused)
                .as("mutating routes answered without a CSRF token")
                .isEmpty();
    }

    /** Sends a request as the context's principal, in its session, with a valid CSRF token. */
    private static MockHttpServletResponse send(Context c, AbstractMockHttpServletRequestBuilder<?> request)
            throws Exception {
        request.with(csrf()).session(c.session()).accept(MediaType.TEXT_HTML);
        c.principal().user().ifPresent(request::with);
        return c.mvc().perform(request).andReturn().getResponse();
    }

    private static char outcome(MockHttpServletResponse response, String body, String refusal) {
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        if (status == 302 && location != null && location.endsWith("/login")) return 'S';
        if (status == 401) return 'S'; // the API's "sign in first" (a problem in JSON, no redirect)
        boolean givesReason = refusal != null && reason(body).contains(refusal);
        if (status == 403) return givesReason ? 'F' : '?';
        if (status >= 500) return '!';
        return givesReason ? 'R' : 'A';
    }

    private static String reason(String body) {
        Matcher m = REASON.matcher(body);
        StringBuilder reasons = new StringBuilder();
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null && !m.group(g).isBlank())
                    reasons.append(m.group(g).strip()).append(' ');
            }
        }
        return reasons.toString().strip();
    }

    /**
     * The page's form as the page fills it for headquarters (who may open every form): its fields (hidden ones with the
     * version read, texts, text areas, chosen options, ticked boxes) with the fields a person types put over them,
     * sent to the form's address.
     */
    private static AbstractMockHttpServletRequestBuilder<?> form(Context c, String page, Map<String, String> typed)
            throws Exception {
        String html = read(c, page);
        String path = page.contains("?") ? page.substring(0, page.indexOf('?')) : page;
        Matcher forms = Pattern.compile(
                        "<form[^>]*method=\"post\"[^>]*action=\"([^\"]*)\"[^>]*>(.*?)</form>|<form[^>]*action=\"([^\"]*)\"[^>]*method=\"post\"[^>]*>(.*?)</form>",
                        Pattern.DOTALL)
                .matcher(html);
        Map<String, String> fields = new LinkedHashMap<>();
        while (forms.find()) {
            String action = forms.group(1) != null ? forms.group(1) : forms.group(3);
            String body = forms.group(1) != null ? forms.group(2) : forms.group(4);
            if (!action.equals(path) && !action.startsWith(path + "?")) continue;
            Matcher input = Pattern.compile("<input[^>]*>").matcher(body);
            while (input.find()) {
                String tag = input.group();
                String type = attribute(tag, "type").orElse("text");
                if (Set.of("submit", "button", "file").contains(type)) continue;
                if (Set.of("checkbox", "radio").contains(type) && !tag.contains("checked")) continue;
                attribute(tag, "name")
                        .ifPresent(n -> fields.putIfAbsent(
                                n, unescape(attribute(tag, "value").orElse(""))));
            }
            Matcher area = Pattern.compile("<textarea[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</textarea>", Pattern.DOTALL)
                    .matcher(body);
            while (area.find()) fields.putIfAbsent(area.group(1), unescape(area.group(2)));
            Matcher select = Pattern.compile("<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                    .matcher(body);
            while (select.find()) {
                Matcher chosen = Pattern.compile("<option[^>]*value=\"([^\"]*)\"[^>]*selected")
                        .matcher(select.group(2));
                fields.putIfAbsent(select.group(1), chosen.find() ? unescape(chosen.group(1)) : "");
            }
            break;
        }
        fields.remove("_csrf");
        fields.keySet().removeIf(name -> page.contains("?" + name + "=") || page.contains("&" + name + "="));
        fields.putAll(typed);
        AbstractMockHttpServletRequestBuilder<?> form = post(page);
        fields.forEach(form::param);
        return form;
    }

    private static Optional<String> attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static String hidden(Context c, String page, String field) throws Exception {
        Matcher m = Pattern.compile("name=\"" + field + "\" value=\"([^\"]*)\"").matcher(read(c, page));
        return m.find() ? m.group(1) : "0";
    }

    /** The first id the page (read as headquarters) shows by the pattern: the newest entry or import listed. */
    private static String newest(Context c, String page, String idPattern) throws Exception {
        Matcher m = Pattern.compile(idPattern).matcher(read(c, page));
        return m.find() ? m.group(1) : "0";
    }

    /** The version of 栃木's proposal for the KPI as the proposals page shows it to headquarters. */
    private static String proposalVersion(Context c) throws Exception {
        Matcher m = Pattern.compile(
                        "name=\"branch\" value=\"09\">\\s*<input[^>]*name=\"year\"[^>]*>\\s*<input[^>]*value=\"SS_ACHIEVEMENT\">\\s*<input type=\"hidden\" name=\"version\" value=\"([^\"]*)\"")
                .matcher(read(c, "/targets/proposals?year=2026&branch=09"));
        return m.find() ? m.group(1) : "";
    }

    private static String read(Context c, String page) throws Exception {
        return c.mvc()
                .perform(get(page).with(DemoUsers.as("honbu")).accept(MediaType.TEXT_HTML))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
