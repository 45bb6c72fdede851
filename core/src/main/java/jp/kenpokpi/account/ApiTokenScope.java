package jp.kenpokpi.account;

import java.util.Set;

/**
 * What a personal API token may do. A token never does more than its user may on the web (the same role and branch);
 * the scope can only narrow that: a read token is refused every write, whatever its user's role.
 */
public enum ApiTokenScope {
    READ("読み取り"),
    READ_WRITE("読み取りと書き込み");

    /** The methods that change nothing (RFC 9110's safe methods). */
    private static final Set<String> READING_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final String nameJa;

    ApiTokenScope(String nameJa) {
        this.nameJa = nameJa;
    }

    public String nameJa() {
        return nameJa;
    }

    /** Whether a request with this HTTP method is within the scope. */
    public boolean allows(String httpMethod) {
        return this == READ_WRITE || READING_METHODS.contains(httpMethod.toUpperCase(java.util.Locale.ROOT));
    }
}
