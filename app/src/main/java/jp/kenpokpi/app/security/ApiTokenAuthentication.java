package jp.kenpokpi.app.security;

import jp.kenpokpi.account.ApiTokenScope;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request signed in by a personal API token: its user, with the user's role and branch exactly as on the web, and
 * the token's scope, which can only narrow what the user may (SecurityConfig refuses a read token's writes).
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final SignedInUser user;
    private final ApiTokenScope scope;
    private final long tokenId;

    public ApiTokenAuthentication(SignedInUser user, ApiTokenScope scope, long tokenId) {
        super(user.getAuthorities());
        this.user = user;
        this.scope = scope;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    public ApiTokenScope scope() {
        return scope;
    }

    public long tokenId() {
        return tokenId;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public SignedInUser getPrincipal() {
        return user;
    }

    @Override
    public String toString() {
        return "ApiTokenAuthentication[" + user.getUsername() + ", token " + tokenId + ", " + scope + "]";
    }
}
