package jp.kenpokpi.app.apitoken;

import jp.kenpokpi.account.SignInLockout;
import jp.kenpokpi.app.security.ApiTokenAuthentication;
import jp.kenpokpi.app.security.BearerToken;
import jp.kenpokpi.app.security.SignedInUser;
import jp.kenpokpi.app.security.TokenSignIn;
import jp.kenpokpi.app.security.UserAccountRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/**
 * Signs an API request in by its token: the token must be valid and its user's account enabled and not locked out;
 * the request then acts as that user (role and branch as on the web) within the token's scope.
 */
@Configuration
@ConditionalOnWebApplication
class ApiTokenSignInConfig {

    @Bean
    TokenSignIn tokenSignIn(ApiTokens tokens, UserAccountRepository accounts) {
        return new TokenSignIn(new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                String token = ((BearerToken) authentication).token();
                ApiTokens.StoredToken stored = tokens.findValid(token).orElseThrow(ApiTokenSignInConfig::refused);
                UserAccountRepository.StoredAccount account = accounts.find(stored.username())
                        .filter(UserAccountRepository.StoredAccount::enabled)
                        .filter(a -> !SignInLockout.isLocked(a.lockedUntil(), tokens.now()))
                        .orElseThrow(ApiTokenSignInConfig::refused);
                SignedInUser user = new SignedInUser(
                        account.account(), account.passwordHash(), true, false, account.mustChangePassword());
                return new ApiTokenAuthentication(user, stored.scope(), stored.id());
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return BearerToken.class.isAssignableFrom(authentication);
            }
        });
    }

    /** One answer for every refusal (ApiAccess words it): a guess learns nothing of why. */
    private static BadCredentialsException refused() {
        return new BadCredentialsException("token refused");
    }
}
