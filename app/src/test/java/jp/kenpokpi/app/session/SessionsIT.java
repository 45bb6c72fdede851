package jp.kenpokpi.app.session;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.security.DemoAccounts;
import jp.kenpokpi.app.web.SignedInClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 11, sessions: on a real server with real cookies (each {@link SignedInClient} is a browser of its own), a new
 * session id at sign-in, the session cookie's attributes, and 「すべての端末からサインアウト」 ending the sessions of
 * the user on every other browser at their next request, recorded in the change log.
 */
@SampleDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionsIT {

    @LocalServerPort
    int port;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    MockMvc mvc;

    @Test
    void signingInGivesANewSessionId() throws Exception {
        SignedInClient browser = SignedInClient.signedOut(port);
        browser.get("/login");
        String beforeSignIn = browser.cookie("JSESSIONID").orElseThrow();

        browser.signIn("tochigi");

        String afterSignIn = browser.cookie("JSESSIONID").orElseThrow();
        assertThat(afterSignIn).as("session id after sign-in").isNotEqualTo(beforeSignIn);
        assertThat(browser.get("/dashboard?branch=09&year=2023").body()).contains("id=\"logout\"");
    }

    @Test
    void theMomentOfSignInIsKeptInTheSessionWhenTheSignInSucceeds() throws Exception {
        Instant before = Instant.now();
        HttpSession session = mvc.perform(SecurityMockMvcRequestBuilders.formLogin()
                        .user("tochigi")
                        .password(DemoAccounts.PASSWORD))
                .andReturn()
                .getRequest()
                .getSession(false);
        assertThat(session).isNotNull();
        assertThat((Instant) session.getAttribute(SessionCutOff.SIGNED_IN_AT))
                .as("the sign-in's moment, which the cut-off compares")
                .isBetween(before, Instant.now());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> signInPage = SignedInClient.signedOut(port).get("/login");
        List<String> setCookie = signInPage.headers().allValues("Set-Cookie");
        assertThat(setCookie)
                .as("Set-Cookie of the sign-in page")
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .contains("HttpOnly", "SameSite=Lax")
                        // Plain HTTP: Tomcat adds Secure itself on a request that came over TLS.
                        .doesNotContain("Secure"));
    }

    @Test
    void endingAllSessionsFromOneBrowserSignsTheUserOutOfTheOthers() throws Exception {
        SignedInClient office = SignedInClient.as("honbu", port);
        SignedInClient laptop = SignedInClient.as("honbu", port);
        SignedInClient colleague = SignedInClient.as("honbu-tanto", port);
        assertThat(laptop.get("/dashboard?branch=09&year=2023").body()).contains("id=\"logout\"");
        int logged = changeLog.history(AccountSessions.TABLE, "honbu").size();

        String page = office.get("/account/sessions").body();
        assertThat(page).contains("id=\"end-all-sessions\"", "操作しないまま30分が過ぎたサインインは");
        HttpResponse<String> ended = office.post(
                "/account/sessions/end-all",
                "_csrf=" + URLEncoder.encode(SignedInClient.csrfField(page), StandardCharsets.UTF_8));

        // This browser: signed out at once, told so.
        assertThat(ended.uri().toString()).endsWith("/login?signedOutEverywhere");
        assertThat(ended.body()).contains("すべての端末からサインアウトしました。");
        // The other browser of the same user: signed out at its next request, sent to sign in, told why.
        HttpResponse<String> next = laptop.get("/dashboard?branch=09&year=2023");
        assertThat(next.uri().toString()).endsWith("/login?sessionEnded");
        assertThat(next.body())
                .contains("「すべての端末からサインアウト」が行われたため、この端末もサインアウトしました。")
                .doesNotContain("id=\"logout\"");
        assertThat(laptop.get("/dashboard?branch=09&year=2023").uri().getPath()).isEqualTo("/login");
        // Another user's session goes on.
        assertThat(colleague.get("/dashboard?branch=09&year=2023").body()).contains("id=\"logout\"");
        // Signing in again afterwards works.
        assertThat(laptop.signIn("honbu").get("/dashboard?branch=09&year=2023").body())
                .contains("id=\"logout\"");

        List<ChangeLog.Change> history = changeLog.history(AccountSessions.TABLE, "honbu");
        assertThat(history).hasSize(logged + 1);
        ChangeLog.Change change = history.get(history.size() - 1);
        assertThat(change.changedBy()).isEqualTo("honbu");
        assertThat(change.after()).containsKey(AccountSessions.FIELD);
        assertThat(office.signIn("honbu").get("/audit").body()).contains("アカウント", "この日時より前のサインインを終了");
    }
}
