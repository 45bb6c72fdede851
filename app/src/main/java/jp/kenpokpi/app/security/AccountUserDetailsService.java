package jp.kenpokpi.app.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads the local sign-in accounts (password kept here) for Spring Security. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        // A directory account's password is not here: the local path refuses it as an unknown name.
        return accounts.find(username)
                .filter(a -> accounts.passwordKeptHere(username))
                .map(a -> new SignedInUser(a.account(), a.passwordHash(), a.enabled()))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
