package jp.kenpokpi.app.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.interchange.InterchangeFile;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** One import (KPI, plan or budget files, or the sample-data load): who brought which files in, when. */
@Repository
public class ImportBatches {

    private static final int FILES_WIDTH = 4000;
    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    public ImportBatches(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * A batch just opened, published in the import's transaction (before its writes): a listener that needs what the
     * import changed (the notices of the branches it touched) reads it when the transaction is about to commit.
     */
    public record Opened(OpenBatch batch, String user) {}

    /**
     * A batch as its writes see it: its id (which every change it makes refers to), the moment it was opened (when
     * each of its changes is recorded) and the names of the files it read.
     *
     * @param kind "import" or "sample-data"
     */
    public record OpenBatch(String kind, long id, Instant at, List<String> files) {

        /** A change from the batch's files as a whole, for a model that keeps no file per row (a budget, a plan). */
        public ChangeSource source() {
            return ChangeSource.batch(kind, id, files);
        }

        /** A change from one line of one of the batch's files. */
        public ChangeSource source(String file, int line) {
            return ChangeSource.batch(kind, id, Optional.of(file), Optional.of(line));
        }
    }

    /** Records the batch of the files, opened now, in the caller's transaction. */
    public OpenBatch open(String kind, List<InterchangeFile> files, int rowCount, String user) {
        Instant now = Instant.now();
        List<String> names = files.stream().map(InterchangeFile::name).toList();
        OpenBatch batch = new OpenBatch(kind, open(kind, names, rowCount, user, now), now, names);
        events.publishEvent(new Opened(batch, user));
        return batch;
    }

    /**
     * What an import did, counted in records (a target, a result, a plan measure, a budget item); null where it is
     * not known (an unchanged count of a batch stored before V15).
     */
    public record Counts(Integer added, Integer changed, Integer deleted, Integer unchanged) {}

    /** Stores what the batch did, in the transaction that wrote it. */
    public void counted(long id, Counts counts) {
        jdbc.sql("UPDATE import_batch SET added_count = ?, changed_count = ?, deleted_count = ?, unchanged_count = ?"
                        + " WHERE id = ?")
                .params(counts.added(), counts.changed(), counts.deleted(), counts.unchanged(), id)
                .update();
    }

    /** A stored batch as the import history lists it. */
    public record Batch(
            long id,
            String kind,
            String files,
            int rowCount,
            String importedBy,
            Instant importedAt,
            Counts counts,
            Optional<String> undoneBy,
            Optional<Instant> undoneAt) {

        /** 取込, サンプルデータ or 記録から算出: the batch's kind as the change log names its source. */
        public String kindJa() {
            return ChangeSource.kindOfBatch(kind).labelJa();
        }

        public boolean undone() {
            return undoneAt.isPresent();
        }

        /** 2026-12-05 10:00:00, Japan time. */
        public String importedAtJa() {
            return WHEN.format(importedAt.atZone(jp.kenpokpi.period.JapanTime.ZONE));
        }

        public String undoneAtJa() {
            return undoneAt.map(at -> WHEN.format(at.atZone(jp.kenpokpi.period.JapanTime.ZONE)))
                    .orElse("");
        }
    }

    /**
     * The newest batches first, at most {@code limit}; with a branch, only those that changed something of it (a
     * batch that changed nothing names no branch in the log, and is listed to headquarters only).
     */
    public List<Batch> list(Optional<String> branch, int limit) {
        String where = branch.isPresent()
                ? " WHERE EXISTS (SELECT 1 FROM data_change d WHERE d.batch_id = b.id AND d.org_code = ?)"
                : "";
        List<Object> params = new java.util.ArrayList<>();
        branch.ifPresent(params::add);
        params.add(limit);
        return jdbc.sql("SELECT * FROM import_batch b" + where + " ORDER BY b.id DESC LIMIT ?")
                .params(params)
                .query((rs, n) -> batch(rs))
                .list();
    }

    public Optional<Batch> find(long id) {
        return jdbc.sql("SELECT * FROM import_batch WHERE id = ?")
                .param(id)
                .query((rs, n) -> batch(rs))
                .optional();
    }

    /** The branches a batch changed something of. */
    public List<String> branches(long id) {
        return jdbc.sql("SELECT DISTINCT org_code FROM data_change WHERE batch_id = ? AND org_code IS NOT NULL"
                        + " ORDER BY org_code")
                .param(id)
                .query(String.class)
                .list();
    }

    /** Records that the whole batch was undone, in the undo's transaction. */
    public void undone(long id, String by, Instant at) {
        jdbc.sql("UPDATE import_batch SET undone_by = ?, undone_at = ? WHERE id = ?")
                .params(by, Timestamp.from(at), id)
                .update();
    }

    private static Batch batch(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Batch(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getString("files"),
                rs.getInt("row_count"),
                rs.getString("imported_by"),
                rs.getTimestamp("imported_at").toInstant(),
                new Counts(
                        rs.getObject("added_count", Integer.class),
                        rs.getObject("changed_count", Integer.class),
                        rs.getObject("deleted_count", Integer.class),
                        rs.getObject("unchanged_count", Integer.class)),
                Optional.ofNullable(rs.getString("undone_by")),
                Optional.ofNullable(rs.getTimestamp("undone_at")).map(Timestamp::toInstant));
    }

    private long open(String kind, List<String> files, int rowCount, String user, Instant at) {
        String names = String.join(", ", files);
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO import_batch (kind, files, row_count, imported_by, imported_at) VALUES (?, ?, ?, ?, ?)""")
                .params(
                        kind,
                        names.length() > FILES_WIDTH ? names.substring(0, FILES_WIDTH) : names,
                        rowCount,
                        user,
                        Timestamp.from(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }
}
