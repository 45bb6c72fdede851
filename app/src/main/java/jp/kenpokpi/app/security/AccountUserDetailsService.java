package jp.kenpokpi.app.security;

import java.time.Clock;
import jp.kenpokpi.account.SignInLockout;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads sign-in accounts for Spring Security, locked while their lock-out lasts. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final Clock clock = Clock.systemUTC();

    AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.find(username)
                .map(a -> new SignedInUser(
                        a.account(),
                        a.passwordHash(),
                        a.enabled(),
                        SignInLockout.isLocked(a.lockedUntil(), clock.instant()),
                        a.mustChangePassword()))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
