package jp.kenpokpi.app.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** The token an API request sends as {@code Authorization: Bearer …} (RFC 6750), before it is checked. */
public final class BearerToken extends AbstractAuthenticationToken {

    private static final String SCHEME = "Bearer ";

    private final String token;

    private BearerToken(String token) {
        super(List.of());
        this.token = token;
    }

    /** The token of the request's Authorization header, if it sends one (the scheme in any case, as RFC 9110 says). */
    public static Optional<BearerToken> of(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) return Optional.empty();
        return Optional.of(new BearerToken(header.substring(SCHEME.length()).strip()));
    }

    static boolean sentWith(HttpServletRequest request) {
        return of(request).isPresent();
    }

    public String token() {
        return token;
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return "";
    }

    /** Never the token: Spring Security may log an authentication. */
    @Override
    public String toString() {
        return "BearerToken[…]";
    }
}
