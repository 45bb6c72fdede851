package jp.kenpokpi.app.notices;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.account.EmailAddress;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.audit.ChangeSource;
import jp.kenpokpi.period.JapanTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's own notice settings on app_user (V13): the e-mail address notices go to, and 即時 (each notice at once) or
 * 1日1回まとめて (one digest a day). A change is written with its change-log row, or not at all.
 */
@Service
class NoticeSettings {

    static final String TABLE = "app_user";

    record Settings(Optional<String> email, boolean digest) {

        String deliveryJa() {
            return digest ? "1日1回まとめて" : "即時";
        }

        Map<String, String> values() {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("email", email.orElse(""));
            values.put("email_digest", deliveryJa());
            return values;
        }
    }

    /** An address the form could not take, with the message naming the field. */
    static final class Refused extends RuntimeException {
        Refused(String messageJa) {
            super(messageJa);
        }
    }

    private final JdbcClient jdbc;
    private final ChangeLog changeLog;

    NoticeSettings(JdbcClient jdbc, ChangeLog changeLog) {
        this.jdbc = jdbc;
        this.changeLog = changeLog;
    }

    Settings of(String username) {
        return jdbc.sql("SELECT email, email_digest FROM app_user WHERE username = ?")
                .params(username)
                .query((rs, n) -> new Settings(Optional.ofNullable(rs.getString(1)), rs.getBoolean(2)))
                .single();
    }

    /** The address as typed (blank: no mail), checked; throws {@link Refused} with the Japanese reason. */
    static Optional<String> address(String typed) {
        String email = typed == null ? "" : typed.strip();
        if (email.isEmpty()) return Optional.empty();
        if (email.length() > EmailAddress.MAX_LENGTH)
            throw new Refused("メールアドレス：" + EmailAddress.MAX_LENGTH + "文字以内で入力してください（" + email.length() + "文字です）");
        if (!EmailAddress.isValid(email))
            throw new Refused("メールアドレス：「" + email + "」はメールアドレスとして読み取れません（例: tanto@example.jp）");
        return Optional.of(email);
    }

    /** @return whether anything changed */
    @Transactional
    boolean save(String username, String typedEmail, boolean digest) {
        Settings wanted = new Settings(address(typedEmail), digest);
        Settings before = of(username);
        if (before.equals(wanted)) return false;
        jdbc.sql("UPDATE app_user SET email = ?, email_digest = ? WHERE username = ?")
                .params(wanted.email().orElse(null), wanted.digest(), username)
                .update();
        changeLog.record(
                TABLE,
                username,
                Optional.of(before.values()),
                wanted.values(),
                username,
                Instant.now(JapanTime.clock()),
                ChangeSource.form());
        return true;
    }
}
