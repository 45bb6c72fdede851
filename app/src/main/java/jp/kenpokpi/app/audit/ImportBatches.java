package jp.kenpokpi.app.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** One import (KPI or budget file, or the sample-data load): who brought which files in, when. */
@Repository
public class ImportBatches {

    private static final int FILES_WIDTH = 4000;

    private final JdbcClient jdbc;

    public ImportBatches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the batch and returns its id, which every change it makes refers to. */
    public long open(String kind, List<String> files, int rowCount, String user, Instant at) {
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
