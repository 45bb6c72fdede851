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
