package jp.kenpokpi.app.security;

import java.util.Optional;
import jp.kenpokpi.organisation.OrgCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sign-in accounts. Passwords are stored only as hashes. */
@Repository
public class UserAccountRepository {

    private final JdbcClient jdbc;

    public UserAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record StoredAccount(UserAccount account, String passwordHash, boolean enabled) {}

    public Optional<StoredAccount> find(String username) {
        return jdbc.sql("SELECT * FROM app_user WHERE username = ?")
                .param(username)
                .query((rs, n) -> new StoredAccount(
                        new UserAccount(
                                rs.getString("username"),
                                rs.getString("display_name"),
                                Role.valueOf(rs.getString("role")),
                                Optional.ofNullable(rs.getString("branch_code")).map(OrgCode::of)),
                        rs.getString("password_hash"),
                        rs.getBoolean("enabled")))
                .optional();
    }

    /**
     * Whether the account's password is kept here (account_source LOCAL). A directory account (DIRECTORY) signs in
     * only against the directory (directory/DirectoryConfig); its stored hash is of a random value nobody knows.
     */
    public boolean passwordKeptHere(String username) {
        return jdbc.sql("SELECT account_source FROM app_user WHERE username = ?")
                .param(username)
                .query(String.class)
                .optional()
                .filter("LOCAL"::equals)
                .isPresent();
    }

    public void create(UserAccount account, String passwordHash, boolean demo) {
        jdbc.sql("""
                INSERT INTO app_user (username, password_hash, display_name, role, branch_code, enabled, demo)
                VALUES (?, ?, ?, ?, ?, TRUE, ?)""")
                .params(
                        account.username(),
                        passwordHash,
                        account.displayName(),
                        account.role().name(),
                        account.branch().map(OrgCode::value).orElse(null),
                        demo)
                .update();
    }

    public int count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Integer.class).single();
    }
}
