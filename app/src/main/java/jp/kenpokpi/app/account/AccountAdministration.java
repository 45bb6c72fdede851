package jp.kenpokpi.app.account;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.account.CommonPasswords;
import jp.kenpokpi.account.PasswordPolicy;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.audit.ChangeSource;
import jp.kenpokpi.app.security.AccessDeniedToBranchException;
import jp.kenpokpi.app.security.Role;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.security.UserAccountRepository;
import jp.kenpokpi.app.security.UserAccountRepository.Profile;
import jp.kenpokpi.app.security.UserAccountRepository.StoredAccount;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What headquarters' administrators do to accounts: create (with an initial password the user must change), edit,
 * disable and enable (never delete: an account's changes stay attributed to it), unlock, and hand out a new initial
 * password. Every change goes into the change log under table app_user, never with a password or its hash.
 */
@Service
public class AccountAdministration {

    static final String TABLE = "app_user";

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final ChangeLog changeLog;
    private final PasswordPolicy policy = new PasswordPolicy(CommonPasswords.shipped());
    private final Clock clock = Clock.systemUTC();

    public AccountAdministration(UserAccountRepository accounts, PasswordEncoder encoder, ChangeLog changeLog) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.changeLog = changeLog;
    }

    public PasswordPolicy policy() {
        return policy;
    }

    /** The initial password shown once to the administrator who created the account. */
    public record Created(String username, String initialPassword) {}

    /** Creates the account or refuses field by field; its initial password must be changed at first sign-in. */
    @Transactional
    public Created create(AccountForm form, UserAccount by) {
        Map<String, String> problems = problemsOfNew(form);
        if (!problems.isEmpty()) throw new AccountProblemsException(problems);
        return createChecked(form, by, ChangeSource.form());
    }

    /** The problems of a new account, its login name taken included. */
    Map<String, String> problemsOfNew(AccountForm form) {
        Map<String, String> problems = new java.util.LinkedHashMap<>(form.problems(true, policy));
        if (!problems.containsKey("username") && accounts.find(form.username()).isPresent()) {
            problems.put("username", "ログイン名「" + form.username() + "」はすでに使われています");
        }
        return problems;
    }

    /** A checked form stored, with the source of the change (a form or an account file's line). */
    Created createChecked(AccountForm form, UserAccount by, ChangeSource source) {
        String password = form.initialPassword().isEmpty()
                ? InitialPasswords.generate(policy, form.username())
                : form.initialPassword();
        Profile profile = form.profile();
        accounts.create(profile, encoder.encode(password), true, false, clock.instant());
        changeLog.record(
                TABLE,
                form.username(),
                Optional.empty(),
                AccountValues.of(profile, true),
                by.username(),
                clock.instant(),
                source);
        return new Created(form.username(), password);
    }

    /** Changes what headquarters sets on the account (not the login name, which the change log is keyed by). */
    @Transactional
    public void update(String username, AccountForm typed, UserAccount by) {
        StoredAccount stored = find(username);
        AccountForm form = typed.forAccount(username);
        Map<String, String> problems = form.problems(false, policy);
        if (!problems.isEmpty()) throw new AccountProblemsException(problems);
        Profile profile = form.profile();
        if (!stored.passwordKeptHere()
                && (profile.account().role() != stored.account().role()
                        || !profile.account().branch().equals(stored.account().branch()))) {
            throw new AccountProblemsException(
                    Map.of("role", "ディレクトリのアカウントの権限と支部は、ログインのたびにディレクトリのグループから決まります（ここでは変えられません）"));
        }
        if (username.equals(by.username()) && profile.account().role() != Role.HQ_ADMIN) {
            throw new AccountProblemsException(Map.of("role", "自分の権限は本部管理者から変えられません（管理者がいなくならないように）"));
        }
        updateChecked(stored, profile, by, ChangeSource.form());
    }

    /** A checked profile stored when it differs, with the source of the change; whether it did. */
    boolean updateChecked(StoredAccount stored, Profile profile, UserAccount by, ChangeSource source) {
        Map<String, String> before = AccountValues.of(profileOf(stored), stored.enabled());
        Map<String, String> after = AccountValues.of(profile, stored.enabled());
        if (before.equals(after)) return false;
        accounts.update(profile);
        changeLog.record(TABLE, stored.username(), Optional.of(before), after, by.username(), clock.instant(), source);
        return true;
    }

    /** Disables or enables the account; an administrator never disables their own. */
    @Transactional
    public void setEnabled(String username, boolean enabled, UserAccount by) {
        StoredAccount stored = find(username);
        if (!enabled && username.equals(by.username())) {
            throw new AccessDeniedToBranchException("自分のアカウントは無効にできません");
        }
        if (stored.enabled() == enabled) return;
        accounts.setEnabled(username, enabled);
        // A disabled account's sessions end at their next request, not when they time out.
        if (!enabled) accounts.endSessions(username, clock.instant());
        changeLog.record(
                TABLE,
                username,
                Optional.of(Map.of("enabled", AccountValues.enabledJa(!enabled))),
                Map.of("enabled", AccountValues.enabledJa(enabled)),
                by.username(),
                clock.instant(),
                ChangeSource.form());
    }

    /** Lifts a lock-out and forgets the failures counted. */
    @Transactional
    public void unlock(String username, UserAccount by) {
        StoredAccount stored = find(username);
        if (stored.lockedUntil().isEmpty() && stored.failedSignIns() == 0) return;
        accounts.clearFailures(username);
        changeLog.record(
                TABLE,
                username,
                Optional.of(Map.of(
                        "locked_until",
                        stored.lockedUntil()
                                .map(jp.kenpokpi.period.JapanTime::minute)
                                .orElse(""),
                        "failed_sign_ins",
                        Integer.toString(stored.failedSignIns()))),
                Map.of("locked_until", "", "failed_sign_ins", "0"),
                by.username(),
                clock.instant(),
                ChangeSource.form());
    }

    /** A new initial password (the old one stops working; the user must change this one at first sign-in). */
    @Transactional
    public String resetPassword(String username, UserAccount by) {
        StoredAccount stored = find(username);
        if (!stored.passwordKeptHere()) {
            throw new AccessDeniedToBranchException("ディレクトリのアカウントのパスワードはディレクトリで管理します");
        }
        String password = InitialPasswords.generate(policy, username);
        accounts.setPassword(username, encoder.encode(password), true, clock.instant());
        // Whoever is signed in with the old password is signed out: the new initial password is for its owner.
        accounts.endSessions(username, clock.instant());
        changeLog.record(
                TABLE,
                username,
                Optional.of(Map.of("password", "")),
                Map.of("password", "初期パスワードを再発行"),
                by.username(),
                clock.instant(),
                ChangeSource.form());
        return password;
    }

    StoredAccount find(String username) {
        return accounts.find(username)
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.NOT_FOUND, "アカウント「" + username + "」はありません"));
    }

    static Profile profileOf(StoredAccount stored) {
        return new Profile(stored.account(), stored.group(), stored.email());
    }
}
