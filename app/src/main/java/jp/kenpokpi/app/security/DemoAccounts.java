package jp.kenpokpi.app.security;

import java.util.List;
import java.util.Optional;
import jp.kenpokpi.organisation.OrgCode;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo accounts listed in the README. Created only together with the sample data, never in a database made
 * with --no-sample-data, where the first account is for headquarters to create.
 */
@Component
public class DemoAccounts {

    public static final String PASSWORD = "kenpo-demo";

    public static final List<UserAccount> ACCOUNTS = List.of(
            new UserAccount("honbu", "本部 企画部（デモ）", Role.HQ_ADMIN, Optional.empty()),
            new UserAccount("honbu-tanto", "本部 企画部 担当（デモ）", Role.HQ_STAFF, Optional.empty()),
            new UserAccount("tochigi", "栃木支部 企画総務グループ（デモ）", Role.BRANCH_EDITOR, Optional.of(OrgCode.of("09"))),
            new UserAccount("tochigi-shibucho", "栃木支部（デモ）", Role.BRANCH_MANAGER, Optional.of(OrgCode.of("09"))),
            new UserAccount("etsuran", "閲覧者（デモ）", Role.VIEWER, Optional.empty()));

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    public DemoAccounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    public void create() {
        for (UserAccount account : ACCOUNTS) {
            accounts.create(account, passwordEncoder.encode(PASSWORD), true);
        }
    }
}
