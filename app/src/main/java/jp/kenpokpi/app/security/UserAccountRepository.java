package jp.kenpokpi.app.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
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

    /**
     * An account as stored: who it is (role, branch), its password hash, and its state.
     *
     * @param source LOCAL (password kept here) or DIRECTORY (signed in against the organisation's directory)
     */
    public record StoredAccount(
            UserAccount account,
            String passwordHash,
            boolean enabled,
            Optional<String> group,
            Optional<String> email,
            boolean mustChangePassword,
            int failedSignIns,
            Optional<Instant> lockedUntil,
            String source,
            boolean demo,
            Optional<Instant> createdAt,
            Optional<Instant> passwordChangedAt) {

        public String username() {
            return account.username();
        }

        /**
         * Whether the password is kept here (account_source LOCAL). A directory account (DIRECTORY) signs in only
         * against the directory (directory/DirectoryConfig); its stored hash is of a random value nobody knows.
         */
        public boolean passwordKeptHere() {
            return source.equals("LOCAL");
        }
    }

    /** The fields headquarters sets on an account (never the password, which has its own path). */
    public record Profile(UserAccount account, Optional<String> group, Optional<String> email) {}

    public Optional<StoredAccount> find(String username) {
        return jdbc.sql("SELECT * FROM app_user WHERE username = ?")
                .param(username)
                .query(UserAccountRepository::stored)
                .optional();
    }

    /** Every account, headquarters first, then by branch and login name. */
    public List<StoredAccount> all() {
        return jdbc.sql("SELECT * FROM app_user ORDER BY COALESCE(branch_code, '  '), username")
                .query(UserAccountRepository::stored)
                .list();
    }

    private static StoredAccount stored(ResultSet rs, int n) throws SQLException {
        return new StoredAccount(
                new UserAccount(
                        rs.getString("username"),
                        rs.getString("display_name"),
                        Role.valueOf(rs.getString("role")),
                        Optional.ofNullable(rs.getString("branch_code")).map(OrgCode::of)),
                rs.getString("password_hash"),
                rs.getBoolean("enabled"),
                Optional.ofNullable(rs.getString("group_name")),
                Optional.ofNullable(rs.getString("email")),
                rs.getBoolean("must_change_password"),
                rs.getInt("failed_sign_ins"),
                instant(rs, "locked_until"),
                rs.getString("account_source"),
                rs.getBoolean("demo"),
                instant(rs, "created_at"),
                instant(rs, "password_changed_at"));
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getTimestamp(column)).map(Timestamp::toInstant);
    }

    public void create(UserAccount account, String passwordHash, boolean demo) {
        create(new Profile(account, Optional.empty(), Optional.empty()), passwordHash, false, demo, Instant.now());
    }

    /** A new enabled account; {@code mustChangePassword} for an initial password headquarters gave out. */
    public void create(Profile profile, String passwordHash, boolean mustChangePassword, boolean demo, Instant at) {
        UserAccount account = profile.account();
        jdbc.sql("""
                INSERT INTO app_user (username, password_hash, display_name, role, branch_code, enabled, demo,
                    group_name, email, must_change_password, created_at, password_changed_at)
                VALUES (?, ?, ?, ?, ?, TRUE, ?, ?, ?, ?, ?, ?)""")
                .params(
                        account.username(),
                        passwordHash,
                        account.displayName(),
                        account.role().name(),
                        account.branch().map(OrgCode::value).orElse(null),
                        demo,
                        profile.group().orElse(null),
                        profile.email().orElse(null),
                        mustChangePassword,
                        Timestamp.from(at),
                        Timestamp.from(at))
                .update();
    }

    public void update(Profile profile) {
        UserAccount account = profile.account();
        jdbc.sql("""
                UPDATE app_user SET display_name = ?, role = ?, branch_code = ?, group_name = ?, email = ?
                WHERE username = ?""")
                .params(
                        account.displayName(),
                        account.role().name(),
                        account.branch().map(OrgCode::value).orElse(null),
                        profile.group().orElse(null),
                        profile.email().orElse(null),
                        account.username())
                .update();
    }

    public void setEnabled(String username, boolean enabled) {
        jdbc.sql("UPDATE app_user SET enabled = ? WHERE username = ?")
                .params(enabled, username)
                .update();
    }

    /** A new password hash; {@code mustChange} when headquarters set it, false when the user chose it. */
    public void setPassword(String username, String passwordHash, boolean mustChange, Instant at) {
        jdbc.sql("""
                UPDATE app_user SET password_hash = ?, must_change_password = ?, password_changed_at = ?,
                    failed_sign_ins = 0, locked_until = NULL
                WHERE username = ?""")
                .params(passwordHash, mustChange, Timestamp.from(at), username)
                .update();
    }

    /** Ends every session of the account that began before the instant (session/SessionCutOff reads it). */
    public void endSessions(String username, Instant at) {
        jdbc.sql("UPDATE app_user SET sessions_valid_from = ? WHERE username = ?")
                .params(Timestamp.from(at), username)
                .update();
    }

    /** The same password in the encoder's current form (an upgrade at sign-in): nothing else changes. */
    public void updateHash(String username, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = ? WHERE username = ?")
                .params(passwordHash, username)
                .update();
    }

    /** One more failed sign-in in a row; the count after it. */
    public int addFailure(String username) {
        jdbc.sql("UPDATE app_user SET failed_sign_ins = failed_sign_ins + 1 WHERE username = ?")
                .param(username)
                .update();
        return jdbc.sql("SELECT failed_sign_ins FROM app_user WHERE username = ?")
                .param(username)
                .query(Integer.class)
                .single();
    }

    public void lockUntil(String username, Instant until) {
        jdbc.sql("UPDATE app_user SET locked_until = ? WHERE username = ?")
                .params(Timestamp.from(until), username)
                .update();
    }

    /** After a success or headquarters' unlock: no failures counted, no lock. */
    public void clearFailures(String username) {
        jdbc.sql(
                        "UPDATE app_user SET failed_sign_ins = 0, locked_until = NULL WHERE username = ? AND (failed_sign_ins <> 0 OR locked_until IS NOT NULL)")
                .param(username)
                .update();
    }

    public int count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Integer.class).single();
    }
}
