package jp.kenpokpi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/** A fresh H2 file database in a temporary folder, for tests that need the whole application. */
public final class TemporaryDatabase {

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
    }
}
