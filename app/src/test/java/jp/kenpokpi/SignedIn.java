package jp.kenpokpi;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jp.kenpokpi.security.DemoAccounts;
import jp.kenpokpi.security.SignedInUser;
import jp.kenpokpi.security.UserAccount;

/** A MockMvc request signed in as one of the demo accounts (honbu, tochigi, etsuran). */
public final class SignedIn {

    private SignedIn() {
    }

    public static RequestPostProcessor as(String username) {
        UserAccount account = DemoAccounts.ACCOUNTS.stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
        return user(new SignedInUser(account, "unused", true));
    }
}
