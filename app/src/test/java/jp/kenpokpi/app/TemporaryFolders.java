package jp.kenpokpi.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.util.FileSystemUtils;

/**
 * Temporary folders deleted when the test JVM exits: a run of the suite makes hundreds of databases (a hundred megabytes
 * each) and browser profiles, which would otherwise fill a developer's disk.
 */
public final class TemporaryFolders {

    private static final Queue<Path> MADE = new ConcurrentLinkedQueue<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> MADE.forEach(TemporaryFolders::delete)));
    }

    private TemporaryFolders() {}

    /** A new empty folder in the system's temporary folder, its name starting with {@code prefix}. */
    public static Path make(String prefix) {
        try {
            Path folder = Files.createTempDirectory(prefix);
            MADE.add(folder);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try {
            FileSystemUtils.deleteRecursively(folder);
        } catch (IOException e) {
            // A file still being closed as the JVM exits (H2, Chromium): left for the system's temporary-file cleaning.
        }
    }
}
