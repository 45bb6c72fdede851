package jp.kenpokpi.app.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as Spring Security holds it, carrying the account (role, branch).
 *
 * @param locked locked out after repeated failed sign-ins (Spring Security then refuses before checking the password)
 * @param mustChangePassword signed in with an initial password: every page leads to the password change first
 */
public record SignedInUser(
        UserAccount account, String passwordHash, boolean enabled, boolean locked, boolean mustChangePassword)
        implements UserDetails {

    public SignedInUser(UserAccount account, String passwordHash, boolean enabled) {
        this(account, passwordHash, enabled, false, false);
    }

    /** The same user once the password is changed: nothing more to do first. */
    public SignedInUser withPasswordChanged(String newHash) {
        return new SignedInUser(account, newHash, enabled, locked, false);
    }

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

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    /** Names the user without the password hash: Spring Security may log the principal. */
    @Override
    public String toString() {
        return "SignedInUser[" + account.username() + (enabled ? "" : ", disabled") + (locked ? ", locked" : "") + "]";
    }
}
