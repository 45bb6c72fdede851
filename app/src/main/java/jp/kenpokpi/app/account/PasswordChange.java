package jp.kenpokpi.app.account;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.audit.ChangeSource;
import jp.kenpokpi.app.security.UserAccountRepository;
import jp.kenpokpi.app.security.UserAccountRepository.StoredAccount;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user changing their own password: the current one proves it is them, the new one passes the policy and differs
 * from the current one. The hash is re-made with the encoder's current algorithm, which is also how an old hash is
 * upgraded (docs/ARCHITECTURE.md).
 */
@Service
public class PasswordChange {

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AccountAdministration administration;
    private final ChangeLog changeLog;
    private final Clock clock = Clock.systemUTC();

    public PasswordChange(
            UserAccountRepository accounts,
            PasswordEncoder encoder,
            AccountAdministration administration,
            ChangeLog changeLog) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.administration = administration;
        this.changeLog = changeLog;
    }

    /** Changes the password and returns its new hash, or refuses by field (current, password, confirmation). */
    @Transactional
    public String change(String username, String current, String password, String confirmation) {
        StoredAccount stored = administration.find(username);
        Map<String, String> problems = new LinkedHashMap<>();
        if (!stored.passwordKeptHere()) {
            problems.put("password", "ディレクトリのアカウントのパスワードはディレクトリ（本部のシステム）で変更してください");
            throw new AccountProblemsException(problems);
        }
        if (!encoder.matches(current, stored.passwordHash())) {
            problems.put("current", "いまのパスワードが違います");
        }
        administration.policy().problems(password, username).stream()
                .findFirst()
                .ifPresent(p -> problems.put("password", p));
        if (!problems.containsKey("password") && password.equals(current)) {
            problems.put("password", "いまのパスワードと同じものは使えません");
        }
        if (!password.equals(confirmation)) problems.put("confirmation", "確認のため同じパスワードをもう一度入力してください");
        if (!problems.isEmpty()) throw new AccountProblemsException(problems);
        String hash = encoder.encode(password);
        accounts.setPassword(username, hash, false, clock.instant());
        changeLog.record(
                AccountAdministration.TABLE,
                username,
                Optional.of(Map.of("password", "")),
                Map.of("password", stored.mustChangePassword() ? "初期パスワードから変更" : "変更"),
                username,
                clock.instant(),
                ChangeSource.form());
        return hash;
    }
}
