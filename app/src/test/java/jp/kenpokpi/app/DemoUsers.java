package jp.kenpokpi.app;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.kenpokpi.app.security.DemoAccounts;
import jp.kenpokpi.app.security.SignedInUser;
import jp.kenpokpi.app.security.UserAccount;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * MockMvc requests signed in as one of the demo accounts (honbu, tochigi, etsuran), and what the whole-application
 * tests ask of them again and again: a page's HTML, a form sent from a page, a download's bytes, the message of a
 * refusal.
 */
public final class DemoUsers {

    private DemoUsers() {}

    public static RequestPostProcessor as(String username) {
        UserAccount account = DemoAccounts.ACCOUNTS.stream()
                .filter(a -> a.username().equals(username))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo account " + username));
        return user(new SignedInUser(account, "unused", true));
    }

    /** A page as the user's browser asks for it, answered with status 200: its HTML. */
    public static String page(MockMvc mvc, String url, String username) throws Exception {
        return text(mvc.perform(get(url).with(as(username)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()));
    }

    /** A form the user sends from a page, with the page's CSRF token. */
    public static ResultActions send(MockMvc mvc, AbstractMockHttpServletRequestBuilder<?> form, String username)
            throws Exception {
        return mvc.perform(form.with(as(username)).with(csrf()));
    }

    /** A form sent as {@link #send} and answered with the status expected: the HTML that comes back. */
    public static String submit(
            MockMvc mvc, AbstractMockHttpServletRequestBuilder<?> form, String username, ResultMatcher expected)
            throws Exception {
        return text(send(mvc, form, username).andExpect(expected));
    }

    private static String text(ResultActions answered) throws Exception {
        return answered.andReturn().getResponse().getContentAsString();
    }

    /** A download answered with status 200 as an attachment of this file name: its bytes. */
    public static byte[] download(MockMvc mvc, String url, String username, String fileName) throws Exception {
        return mvc.perform(get(url).with(as(username)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"" + fileName + "\""))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    /** A PDF answered with status 200 and Content-Type application/pdf: its bytes. */
    public static byte[] pdf(MockMvc mvc, String url, String username) throws Exception {
        return mvc.perform(get(url).with(as(username)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    /** A page the application refuses the user with 403 Forbidden: the 403 page's HTML (it gives the reason). */
    public static String forbidden(MockMvc mvc, String url, String username) throws Exception {
        return text(mvc.perform(get(url).with(as(username)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden()));
    }

    /** A page the application answers with 404 Not Found: the message it gives (the error page shows it). */
    public static String notFound(MockMvc mvc, String url, String username) throws Exception {
        return mvc.perform(get(url).with(as(username)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getErrorMessage();
    }
}
