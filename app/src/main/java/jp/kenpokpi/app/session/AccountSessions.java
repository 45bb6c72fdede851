package jp.kenpokpi.app.session;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.audit.ChangeSource;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.security.UserAccountRepository;
import jp.kenpokpi.period.JapanTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 「すべての端末からサインアウト」: the instant before which an account's sessions are no longer valid
 * (app_user.sessions_valid_from, V13). Setting it is recorded in the change log (who, when) as a change of the account.
 */
@Service
public class AccountSessions {

    /** The change log's table and field of the cut-off (the account's row, keyed by its login name). */
    static final String TABLE = "app_user";

    static final String FIELD = "sessions_valid_from";

    /** As the audit log shows a moment: in Japan's time, to the millisecond (two clicks in a second differ). */
    private static final DateTimeFormatter JAPAN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final JdbcClient jdbc;
    private final ChangeLog changeLog;
    private final TransactionTemplate transaction;
    private final UserAccountRepository accounts;

    AccountSessions(
            JdbcClient jdbc, ChangeLog changeLog, TransactionTemplate transaction, UserAccountRepository accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.changeLog = changeLog;
        this.transaction = transaction;
    }

    /** The account's cut-off, if it ever ended its sessions. Read at every signed-in request: a primary-key lookup. */
    public Optional<Instant> validFrom(String username) {
        return jdbc.sql("SELECT sessions_valid_from FROM app_user WHERE username = ?")
                .param(username)
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .optional()
                .flatMap(t -> t);
    }

    /** Ends every session of the user that began before now, the one making the request included. */
    public Instant endAll(UserAccount user) {
        Instant now = Instant.now();
        transaction.executeWithoutResult(status -> {
            Optional<Instant> before = validFrom(user.username());
            accounts.endSessions(user.username(), now);
            changeLog.record(
                    TABLE,
                    user.username(),
                    Optional.of(values(before)),
                    values(Optional.of(now)),
                    user.username(),
                    now,
                    ChangeSource.form());
        });
        return now;
    }

    private static Map<String, String> values(Optional<Instant> validFrom) {
        Map<String, String> values = new LinkedHashMap<>();
        validFrom.ifPresent(t -> values.put(FIELD, JAPAN_TIME.format(t.atZone(JapanTime.ZONE))));
        return values;
    }
}
