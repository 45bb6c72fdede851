package jp.kenpokpi.app.web;

import java.util.Optional;
import jp.kenpokpi.app.security.SignedInUser;
import jp.kenpokpi.app.security.UserAccount;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The account of the user signed in for the current request. */
public final class CurrentUser {

    private CurrentUser() {}

    public static Optional<UserAccount> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user) return Optional.of(user.account());
        return Optional.empty();
    }

    public static UserAccount get() {
        return find().orElseThrow(() -> new IllegalStateException("サインインしていません"));
    }
}
