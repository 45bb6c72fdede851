package jp.kenpokpi.app.apitoken;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.account.ApiTokenRules;
import jp.kenpokpi.account.ApiTokenScope;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.audit.ChangeSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: made and revoked by their user on /account/tokens, looked up by the digest of the token a
 * request sends. Making and revoking one are change-log rows of table api_token (never the token itself).
 */
@Service
public class ApiTokens {

    /** Marks a kenpo-kpi token, so that a secret scanner (and a person) can tell what leaked. */
    static final String TOKEN_START = "kk_";

    private static final int PREFIX_LENGTH = TOKEN_START.length() + 6;

    /** A token's last use is written at most this often: not one write per API request. */
    private static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final ChangeLog changeLog;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    public ApiTokens(JdbcClient jdbc, ChangeLog changeLog) {
        this.jdbc = jdbc;
        this.changeLog = changeLog;
    }

    /** A token as stored: what names it, never the token. */
    public record StoredToken(
            long id,
            String username,
            String name,
            String prefix,
            ApiTokenScope scope,
            Instant createdAt,
            Instant expiresAt,
            Optional<Instant> lastUsedAt,
            Optional<Instant> revokedAt) {

        public String stateJa(Instant now) {
            return ApiTokenRules.stateJa(revokedAt, expiresAt, now);
        }

        public boolean validAt(Instant now) {
            return ApiTokenRules.isValid(revokedAt, expiresAt, now);
        }
    }

    /** A token just made: the token itself, shown to its user once and never again. */
    public record CreatedToken(String token, StoredToken stored) {}

    @Transactional
    public CreatedToken create(String username, ApiTokenRules.Checked checked) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = TOKEN_START + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expires = checked.expiresAt(now);
        String prefix = token.substring(0, PREFIX_LENGTH);
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO api_token (username, name, prefix, token_digest, scope, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        username,
                        checked.name(),
                        prefix,
                        digest(token),
                        checked.scope().name(),
                        Timestamp.from(now),
                        Timestamp.from(expires))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        StoredToken stored = find(username, id).orElseThrow();
        changeLog.record(TABLE, rowKey(stored), Optional.empty(), logged(stored), username, now, ChangeSource.form());
        return new CreatedToken(token, stored);
    }

    /** The user's tokens, newest first. */
    public List<StoredToken> of(String username) {
        return jdbc.sql("SELECT * FROM api_token WHERE username = ? ORDER BY id DESC")
                .param(username)
                .query(ApiTokens::stored)
                .list();
    }

    public Optional<StoredToken> find(String username, long id) {
        return jdbc.sql("SELECT * FROM api_token WHERE username = ? AND id = ?")
                .params(username, id)
                .query(ApiTokens::stored)
                .optional();
    }

    /**
     * Revokes one of the user's own tokens: from now on it is refused. Revoking a revoked token changes nothing.
     *
     * @return false when the user has no such token
     */
    @Transactional
    public boolean revoke(String username, long id) {
        Optional<StoredToken> token = find(username, id);
        if (token.isEmpty()) return false;
        if (token.get().revokedAt().isPresent()) return true;
        Instant now = clock.instant();
        jdbc.sql("UPDATE api_token SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(now), username, id)
                .update();
        Map<String, String> before = logged(token.get());
        Map<String, String> after = new LinkedHashMap<>(before);
        after.put("state", "失効");
        changeLog.record(TABLE, rowKey(token.get()), Optional.of(before), after, username, now, ChangeSource.form());
        return true;
    }

    /**
     * The valid token a request sends, and notes its use. Empty for anything else (unknown, revoked, expired): the
     * caller answers all alike, so a guess learns nothing.
     */
    public Optional<StoredToken> findValid(String token) {
        if (!token.startsWith(TOKEN_START)) return Optional.empty();
        Instant now = clock.instant();
        Optional<StoredToken> found = jdbc.sql("SELECT * FROM api_token WHERE token_digest = ?")
                .param(digest(token))
                .query(ApiTokens::stored)
                .optional()
                .filter(t -> t.validAt(now));
        found.filter(t -> t.lastUsedAt()
                        .map(at -> at.plus(LAST_USE_RESOLUTION).isBefore(now))
                        .orElse(true))
                .ifPresent(t -> jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ?")
                        .params(Timestamp.from(now), t.id())
                        .update());
        return found;
    }

    public Instant now() {
        return clock.instant();
    }

    static final String TABLE = "api_token";

    /** tochigi/3: the token's user and number (the audit log's row key). */
    private static String rowKey(StoredToken t) {
        return t.username() + "/" + t.id();
    }

    private static Map<String, String> logged(StoredToken t) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("token_name", t.name());
        values.put("token_prefix", t.prefix() + "…");
        values.put("scope", t.scope().nameJa());
        values.put("expires_at", t.expiresAt().toString());
        values.put("state", "有効");
        return values;
    }

    static String digest(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static StoredToken stored(ResultSet rs, int row) throws SQLException {
        return new StoredToken(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("name"),
                rs.getString("prefix"),
                ApiTokenScope.valueOf(rs.getString("scope")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                Optional.ofNullable(rs.getTimestamp("last_used_at")).map(Timestamp::toInstant),
                Optional.ofNullable(rs.getTimestamp("revoked_at")).map(Timestamp::toInstant));
    }
}
