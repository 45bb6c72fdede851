package jp.kenpokpi.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh database for a test that needs the whole application: an H2 file in a temporary folder, or, when the
 * system property {@value #POSTGRESQL} names a PostgreSQL server (CI runs the suite a second time so), a new
 * database on that server. A server named but unreachable fails the test: it must not pass on H2 unnoticed.
 * One holding the sample data is a copy of {@link SampleDatabase}; a test class gets one through
 * {@link SampleDataTest}.
 */
public final class TemporaryDatabase {

    /** jdbc:postgresql://127.0.0.1:55432/ — the server; user postgres, trusted (a throwaway test cluster). */
    public static final String POSTGRESQL = "kenpo.test.postgresql";

    private static final AtomicInteger COUNT = new AtomicInteger();

    private TemporaryDatabase() {}

    public static Path newPath(String name) {
        return TemporaryFolders.make("kenpo-kpi-test-").resolve(name);
    }

    /** A new H2 database holding the sample data, for the command line: its path, as --db takes it. */
    public static Path withSampleData(String name) {
        Path path = newPath(name);
        SampleDatabase.copyH2(path);
        return path;
    }

    /** Points the application at a new database holding the sample data. */
    public static void withSampleData(DynamicPropertyRegistry registry, String name) {
        sampleDataProperties(name).forEach((key, value) -> registry.add(key, () -> value));
    }

    /** Points the application at a new, empty H2 file (the application creates the schema, no sample data); its path. */
    public static Path withoutSampleData(DynamicPropertyRegistry registry, String name) {
        Path path = newPath(name);
        registry.add("kenpo.db", path::toString);
        registry.add("kenpo.sample-data", () -> "false");
        return path;
    }

    /** The properties of a new copy of the sample database: on H2, or on the PostgreSQL server if one is named. */
    static Map<String, Object> sampleDataProperties(String name) {
        Map<String, Object> properties = new LinkedHashMap<>();
        Path path = newPath(name);
        properties.put("kenpo.db", path.toString());
        properties.put("kenpo.sample-data", "true");
        String server = System.getProperty(POSTGRESQL, "");
        if (server.isBlank()) {
            SampleDatabase.copyH2(path);
            return properties;
        }
        String base = base(server);
        String database = postgresqlName(name);
        SampleDatabase.copyPostgresql(base, database);
        properties.put("spring.datasource.url", base + database);
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "");
        // Spring keeps each test class's context (and its pool) open for the whole run: ~30 pools of the
        // default 10 would exceed a server's 100 connections.
        properties.put("spring.datasource.hikari.maximum-pool-size", "3");
        properties.put("spring.datasource.hikari.minimum-idle", "1");
        return properties;
    }

    /**
     * A new copy of the sample database as the command line's --db takes it: an H2 file's path, or the URL of a
     * PostgreSQL database (the command line then needs spring.datasource.username=postgres, {@link #user()}).
     */
    public static String sampleDataDb(String name) {
        Map<String, Object> properties = sampleDataProperties(name);
        return (String) properties.getOrDefault("spring.datasource.url", properties.get("kenpo.db"));
    }

    /** A new database with nothing in it, not even the schema, as the command line's --db takes it. */
    public static String emptyDb(String name) {
        return System.getProperty(POSTGRESQL, "").isBlank() ? newPath(name).toString() : emptyDatabaseUrl(name);
    }

    /** The JDBC URL of a database given as --db takes it (an H2 path or a URL), to look into it from a test. */
    public static String jdbcUrl(String db) {
        return db.startsWith("jdbc:") ? db : "jdbc:h2:file:" + db + ";AUTO_SERVER=TRUE";
    }

    /**
     * A new empty database for a test without the application (a migration's test): its URL, user postgres or sa.
     */
    public static String emptyDatabaseUrl(String name) {
        String server = System.getProperty(POSTGRESQL, "");
        if (server.isBlank()) return "jdbc:h2:file:" + newPath(name);
        String database = postgresqlName(name);
        SampleDatabase.createEmptyPostgresql(base(server), database);
        return base(server) + database;
    }

    private static String base(String server) {
        return server.endsWith("/") ? server : server + "/";
    }

    /** Unique per class and per test JVM: two Failsafe JVMs share the server. */
    private static String postgresqlName(String name) {
        return ("kenpo_" + name.replaceAll("[^A-Za-z0-9]", "_") + "_"
                        + ProcessHandle.current().pid() + "_" + COUNT.incrementAndGet())
                .toLowerCase(Locale.ROOT);
    }

    public static String user() {
        return System.getProperty(POSTGRESQL, "").isBlank() ? "sa" : "postgres";
    }
}
