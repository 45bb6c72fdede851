package jp.kenpokpi.app.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every sign-in attempt to a known account: when, whether it succeeded, from which address, and why it failed. */
@Repository
public class SignInHistory {

    private final JdbcClient jdbc;

    public SignInHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param failureJa why it failed (パスワードが違う, ロック中, 無効), empty for a success */
    public record Attempt(Instant at, boolean success, Optional<String> address, Optional<String> failureJa) {}

    public void record(String username, Instant at, Optional<String> address, Optional<String> failureJa) {
        jdbc.sql("INSERT INTO sign_in_event (username, attempted_at, success, address, reason) VALUES (?, ?, ?, ?, ?)")
                .params(
                        username,
                        Timestamp.from(at),
                        failureJa.isEmpty(),
                        address.map(a -> a.length() > 64 ? a.substring(0, 64) : a)
                                .orElse(null),
                        failureJa.orElse(null))
                .update();
    }

    /** The account's latest attempts, newest first. */
    public List<Attempt> latest(String username, int limit) {
        return jdbc.sql("""
                SELECT attempted_at, success, address, reason FROM sign_in_event
                WHERE username = ? ORDER BY id DESC FETCH FIRST ? ROWS ONLY""")
                .params(username, limit)
                .query((rs, n) -> new Attempt(
                        rs.getTimestamp(1).toInstant(),
                        rs.getBoolean(2),
                        Optional.ofNullable(rs.getString(3)),
                        Optional.ofNullable(rs.getString(4))))
                .list();
    }

    /** Each account's last successful sign-in. */
    public Map<String, Instant> lastSuccesses() {
        return jdbc
                .sql("SELECT username, MAX(attempted_at) FROM sign_in_event WHERE success GROUP BY username")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getTimestamp(2).toInstant()))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
