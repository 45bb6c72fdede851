package jp.kenpokpi.app.directory;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.account.SignInLockout;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.audit.ChangeSource;
import jp.kenpokpi.app.security.SignInRefusedException;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.security.UserAccountRepository;
import jp.kenpokpi.app.security.UserAccountRepository.Profile;
import jp.kenpokpi.app.security.UserAccountRepository.StoredAccount;
import jp.kenpokpi.organisation.OrgCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The accounts (app_user) of directory users: created at a user's first sign-in and brought up to date at each later
 * one from the directory's entry and groups, so that the user's changes are attributed to an account, the audit log
 * names them and headquarters sees them in the account list. Each creation and each change is logged (table
 * app_user, source ディレクトリ). A directory account keeps no usable password here: its hash is of a random value
 * nobody was told, and the local sign-in refuses accounts whose source is DIRECTORY
 * (security/AccountUserDetailsService). Whether it is enabled stays headquarters' decision.
 */
final class DirectoryAccounts {

    static final String TABLE = "app_user";
    static final String SOURCE = "DIRECTORY";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The schema's lengths (V2, V13): a longer name is cut, a longer address left out. */
    private static final int USERNAME_LENGTH = 50;

    private static final int DISPLAY_NAME_LENGTH = 100;
    private static final int EMAIL_LENGTH = 200;

    private final JdbcClient jdbc;
    private final UserAccountRepository users;
    private final ChangeLog changeLog;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DirectoryAccounts(
            JdbcClient jdbc,
            UserAccountRepository users,
            ChangeLog changeLog,
            PasswordEncoder passwordEncoder,
            TransactionTemplate transaction,
            Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.changeLog = changeLog;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * The name a directory account is kept under: as typed, in lower case, since directories compare names ignoring
     * case and the account list should hold one account per person.
     */
    static String accountName(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether a local account (password kept here) holds this name, compared ignoring case. */
    boolean isLocal(String typed) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE LOWER(username) = ? AND account_source = 'LOCAL'")
                        .param(accountName(typed))
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /**
     * Creates or updates the account of a user the directory let in with this role and branch, logs what changed,
     * and answers the account to sign in with; refuses an account headquarters disabled or the lock-out locked.
     */
    UserAccount signedIn(String typed, DirectoryUser user, DirectoryRoleMapping.Granted grant) {
        String username = accountName(typed);
        if (username.length() > USERNAME_LENGTH) {
            throw new SignInRefusedException("ユーザー名が長すぎます（" + USERNAME_LENGTH + "文字まで）。本部のシステム管理者にお問い合わせください。");
        }
        UserAccount account = new UserAccount(
                username, cut(user.displayName().orElse(username), DISPLAY_NAME_LENGTH), grant.role(), grant.branch());
        Optional<String> email = user.email().filter(e -> e.length() <= EMAIL_LENGTH);
        Map<String, String> kept = values(account, email);
        // The log also says which groups gave the role (app_user does not keep them).
        Map<String, String> after = new LinkedHashMap<>(kept);
        after.put("directory_groups", String.join("、", grant.groups()));
        Stored now = transaction.execute(status -> {
            Instant at = clock.instant();
            Optional<StoredAccount> stored = users.find(username);
            if (stored.isEmpty()) {
                insert(account, email, at);
                changeLog.record(TABLE, username, Optional.empty(), after, username, at, ChangeSource.directory());
                return new Stored(true, Optional.empty());
            }
            if (stored.get().passwordKeptHere()) {
                // isLocal answered no a moment ago; a local account made since keeps its name.
                throw new SignInRefusedException("このユーザー名はこのシステムのアカウントとして登録されています。本部のシステム管理者にお問い合わせください。");
            }
            Map<String, String> before =
                    values(stored.get().account(), stored.get().email());
            if (!before.equals(kept)) {
                // What headquarters set (the group) stays; the rest is the directory's.
                users.update(new Profile(account, stored.get().group(), email));
                changeLog.record(TABLE, username, Optional.of(before), after, username, at, ChangeSource.directory());
            }
            return new Stored(stored.get().enabled(), stored.get().lockedUntil());
        });
        // Headquarters' decisions about the account stand whatever the directory says. The sign-in page words them
        // as for a local account (security/SignInOutcomes sends ?disabled or ?locked; login.html holds the text).
        if (!now.enabled()) throw new DisabledException("directory account disabled by headquarters");
        if (SignInLockout.isLocked(now.lockedUntil(), clock.instant())) {
            throw new LockedException("directory account locked out");
        }
        return account;
    }

    /** What headquarters decided about the account: whether it may sign in. */
    private record Stored(boolean enabled, Optional<Instant> lockedUntil) {}

    private void insert(UserAccount account, Optional<String> email, Instant now) {
        jdbc.sql("""
                INSERT INTO app_user (username, password_hash, display_name, role, branch_code, enabled, demo, email,
                    account_source, must_change_password, created_at)
                VALUES (?, ?, ?, ?, ?, TRUE, FALSE, ?, ?, FALSE, ?)""")
                .params(
                        account.username(),
                        unusablePasswordHash(),
                        account.displayName(),
                        account.role().name(),
                        account.branch().map(OrgCode::value).orElse(null),
                        email.orElse(null),
                        SOURCE,
                        Timestamp.from(now))
                .update();
    }

    /**
     * The hash of 32 random bytes that are then forgotten: a password no one can type, in the column's usual form,
     * so that nothing reading app_user mistakes the account for one without a password.
     */
    private String unusablePasswordHash() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return passwordEncoder.encode(Base64.getEncoder().encodeToString(secret));
    }

    /** What the change log records of a directory account, under RecordedFields' labels. */
    private static Map<String, String> values(UserAccount account, Optional<String> email) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("display_name", account.displayName());
        values.put("email", email.orElse(""));
        values.put("role", account.role().nameJa());
        values.put("branch_code", account.branchNameJa());
        values.put("account_source", ChangeSource.Kind.DIRECTORY.labelJa());
        return values;
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
