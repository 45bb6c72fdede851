package jp.kenpokpi.app.security;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.account.SignInLockout;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.audit.ChangeSource;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads the local sign-in accounts (password kept here) for Spring Security, locked while their lock-out lasts; a
 * directory account is never found here (directory/). As a UserDetailsPasswordService it is also the upgrade path of
 * stored hashes: at a successful sign-in Spring Security re-hashes the password when the stored hash is not in the
 * encoder's current form (another algorithm id, a weaker bcrypt cost), and this stores it.
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final UserAccountRepository accounts;
    private final ChangeLog changeLog;
    private final Clock clock = Clock.systemUTC();

    AccountUserDetailsService(UserAccountRepository accounts, ChangeLog changeLog) {
        this.accounts = accounts;
        this.changeLog = changeLog;
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newHash) {
        SignedInUser signedIn = (SignedInUser) user;
        accounts.updateHash(signedIn.getUsername(), newHash);
        changeLog.record(
                "app_user",
                signedIn.getUsername(),
                Optional.of(Map.of("password", "")),
                Map.of("password", "保存形式を更新（" + newHash.substring(0, newHash.indexOf('}') + 1) + "）"),
                ChangeSource.SYSTEM_USER,
                clock.instant(),
                ChangeSource.signIn());
        return new SignedInUser(
                signedIn.account(), newHash, signedIn.enabled(), signedIn.locked(), signedIn.mustChangePassword());
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        // A directory account's password is not here: the local path refuses it as an unknown name.
        return accounts.find(username)
                .filter(UserAccountRepository.StoredAccount::passwordKeptHere)
                .map(a -> new SignedInUser(
                        a.account(),
                        a.passwordHash(),
                        a.enabled(),
                        SignInLockout.isLocked(a.lockedUntil(), clock.instant()),
                        a.mustChangePassword()))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
