package jp.kenpokpi.app.notices;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.organisation.OrgCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The notice table (V14): notices per user, who receives which, and what has gone out by e-mail. */
@Repository
class NoticeRepository {

    private final JdbcClient jdbc;

    NoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the notice for the user unless they already have one of the same event; its id when written. */
    Optional<Long> insert(String username, NoticeDraft draft) {
        boolean known = jdbc.sql("SELECT COUNT(*) FROM notice WHERE username = ? AND event_key = ?")
                        .params(username, draft.eventKey())
                        .query(Integer.class)
                        .single()
                > 0;
        if (known) return Optional.empty();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO notice (username, kind, event_key, title, detail, link, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        username,
                        draft.kind().name(),
                        draft.eventKey(),
                        draft.title(),
                        draft.detail().orElse(null),
                        draft.link(),
                        Timestamp.from(draft.at()))
                .update(keys, "id");
        return Optional.of(keys.getKey().longValue());
    }

    /** The branch's editors and managers whose accounts are enabled. */
    List<String> branchStaff(OrgCode branch) {
        return jdbc.sql("""
                SELECT username FROM app_user WHERE branch_code = ? AND enabled
                    AND role IN ('BRANCH_EDITOR', 'BRANCH_MANAGER') ORDER BY username""").params(branch.value()).query(String.class).list();
    }

    /** Headquarters' administrators and staff whose accounts are enabled. */
    List<String> headquarters() {
        return jdbc.sql("""
                SELECT username FROM app_user WHERE enabled AND role IN ('HQ_ADMIN', 'HQ_STAFF') ORDER BY username""").query(String.class).list();
    }

    /** The name a notice gives a person: the account's display name, else the name as recorded. */
    String displayName(String username) {
        return jdbc.sql("SELECT display_name FROM app_user WHERE username = ?")
                .params(username)
                .query(String.class)
                .optional()
                .orElse(username);
    }

    int unread(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM notice WHERE username = ? AND read_at IS NULL")
                .params(username)
                .query(Integer.class)
                .single();
    }

    /** The user's notices, newest first. */
    List<Notice> list(String username, int limit) {
        return jdbc.sql("SELECT * FROM notice WHERE username = ? ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY")
                .params(username)
                .query(NoticeRepository::notice)
                .list();
    }

    Optional<Notice> find(String username, long id) {
        return jdbc.sql("SELECT * FROM notice WHERE username = ? AND id = ?")
                .params(username, id)
                .query(NoticeRepository::notice)
                .optional();
    }

    void markRead(String username, long id, Instant at) {
        jdbc.sql("UPDATE notice SET read_at = ? WHERE username = ? AND id = ? AND read_at IS NULL")
                .params(Timestamp.from(at), username, id)
                .update();
    }

    int markAllRead(String username, Instant at) {
        return jdbc.sql("UPDATE notice SET read_at = ? WHERE username = ? AND read_at IS NULL")
                .params(Timestamp.from(at), username)
                .update();
    }

    /** A notice to go out by e-mail, with its recipient's address. */
    record Addressed(Notice notice, String email) {}

    /** Of these notices, those whose recipient has an address and takes each notice at once. */
    List<Addressed> toMailAtOnce(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return jdbc.sql("""
                SELECT n.*, u.email FROM notice n JOIN app_user u ON u.username = n.username
                WHERE n.id IN (:ids) AND n.mailed_at IS NULL AND u.email IS NOT NULL AND NOT u.email_digest
                ORDER BY n.id""")
                .param("ids", ids)
                .query((rs, n) -> new Addressed(notice(rs, n), rs.getString("email")))
                .list();
    }

    /** The notices of [from, to) not mailed yet whose recipient takes one digest a day, by recipient then id. */
    List<Addressed> toDigest(Instant from, Instant to) {
        return jdbc.sql("""
                SELECT n.*, u.email FROM notice n JOIN app_user u ON u.username = n.username
                WHERE n.created_at >= ? AND n.created_at < ? AND n.mailed_at IS NULL
                    AND u.email IS NOT NULL AND u.email_digest
                ORDER BY n.username, n.id""")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new Addressed(notice(rs, n), rs.getString("email")))
                .list();
    }

    void markMailed(Collection<Long> ids, Instant at) {
        if (ids.isEmpty()) return;
        jdbc.sql("UPDATE notice SET mailed_at = :at WHERE id IN (:ids)")
                .param("at", Timestamp.from(at))
                .param("ids", ids)
                .update();
    }

    private static Notice notice(ResultSet rs, int row) throws SQLException {
        return new Notice(
                rs.getLong("id"),
                rs.getString("username"),
                NoticeKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                Optional.ofNullable(rs.getString("detail")),
                rs.getString("link"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("read_at") != null);
    }
}
