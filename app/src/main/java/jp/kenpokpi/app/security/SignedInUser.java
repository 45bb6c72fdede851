package jp.kenpokpi.app.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security holds it, carrying the account (role, branch). */
public record SignedInUser(UserAccount account, String passwordHash, boolean enabled) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(account.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Names the user without the password hash: Spring Security may log the principal. */
    @Override
    public String toString() {
        return "SignedInUser[" + account.username() + (enabled ? "" : ", disabled") + "]";
    }
}
