package jp.kenpokpi.app.system;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Facts about the database itself: whether it is initialised and whether it holds the sample data. */
@Repository
public class DatabaseInfo {

    public static final String INITIALISED = "initialised";
    public static final String SAMPLE_DATA = "sample_data";

    private final JdbcClient jdbc;
    private volatile Boolean sampleData;

    public DatabaseInfo(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> get(String key) {
        return jdbc.sql("SELECT info_value FROM database_info WHERE info_key = ?")
                .param(key)
                .query(String.class)
                .optional();
    }

    public void put(String key, String value) {
        if (jdbc.sql("UPDATE database_info SET info_value = ? WHERE info_key = ?")
                        .params(value, key)
                        .update()
                == 0) {
            jdbc.sql("INSERT INTO database_info (info_key, info_value) VALUES (?, ?)")
                    .params(key, value)
                    .update();
        }
    }

    /** Asked by every page; set once when the database is made, so it is read once it is there. */
    public boolean holdsSampleData() {
        Boolean known = sampleData;
        if (known != null) return known;
        Optional<Boolean> stored = get(SAMPLE_DATA).map(Boolean::parseBoolean);
        stored.ifPresent(v -> sampleData = v);
        return stored.orElse(false);
    }
}
