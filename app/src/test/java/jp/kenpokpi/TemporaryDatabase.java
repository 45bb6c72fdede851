package jp.kenpokpi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh database for a test that needs the whole application: an H2 file in a temporary folder, or, when the
 * system property {@value #POSTGRESQL} names a PostgreSQL server (CI runs the suite a second time so), a new
 * database on that server. A server named but unreachable fails the test: it must not pass on H2 unnoticed.
 */
public final class TemporaryDatabase {

    /** jdbc:postgresql://127.0.0.1:55432/ — the server; user postgres, trusted (a throwaway test cluster). */
    public static final String POSTGRESQL = "kenpo.test.postgresql";

    private static final AtomicInteger COUNT = new AtomicInteger();

    private TemporaryDatabase() {
    }

    public static Path newPath(String name) {
        try {
            return Files.createTempDirectory("kenpo-kpi-test-").resolve(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points the application at a new database holding the sample data. */
    public static void withSampleData(DynamicPropertyRegistry registry, String name) {
        Path path = newPath(name);
        registry.add("kenpo.db", path::toString);
        registry.add("kenpo.sample-data", () -> "true");
        String server = System.getProperty(POSTGRESQL, "");
        if (!server.isBlank()) {
            String url = newPostgresqlDatabase(server, name);
            registry.add("spring.datasource.url", () -> url);
            registry.add("spring.datasource.username", () -> "postgres");
            registry.add("spring.datasource.password", () -> "");
            // Spring keeps each test class's context (and its pool) open for the whole run: ~30 pools of the
            // default 10 would exceed a server's 100 connections.
            registry.add("spring.datasource.hikari.maximum-pool-size", () -> "3");
            registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
        }
    }

    private static String newPostgresqlDatabase(String server, String name) {
        String base = server.endsWith("/") ? server : server + "/";
        String database = ("kenpo_" + name.replaceAll("[^A-Za-z0-9]", "_") + "_" + ProcessHandle.current().pid() + "_"
                + COUNT.incrementAndGet()).toLowerCase(Locale.ROOT);
        try (Connection admin = DriverManager.getConnection(base + "postgres", "postgres", "");
             Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database);
            sql.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + base + " (system property " + POSTGRESQL + "): " + e.getMessage(), e);
        }
        return base + database;
    }

    /**
     * A new empty database for a test without the application (a migration's test): its URL, user postgres or sa.
     */
    public static String emptyDatabaseUrl(String name) {
        String server = System.getProperty(POSTGRESQL, "");
        return server.isBlank() ? "jdbc:h2:file:" + newPath(name) : newPostgresqlDatabase(server, name);
    }

    public static String user() {
        return System.getProperty(POSTGRESQL, "").isBlank() ? "sa" : "postgres";
    }
}
