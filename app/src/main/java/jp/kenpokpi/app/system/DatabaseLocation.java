package jp.kenpokpi.app.system;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the embedded H2 database lives. {@code --db PATH} names the file; H2 adds ".mv.db", which may also be
 * given. H2 2.x needs an absolute (or explicitly relative) path, so the path is made absolute here.
 */
public record DatabaseLocation(Path base) {

    private static final String SUFFIX = ".mv.db";

    public static DatabaseLocation of(String path) {
        String p = path.endsWith(SUFFIX) ? path.substring(0, path.length() - SUFFIX.length()) : path;
        return new DatabaseLocation(Path.of(p).toAbsolutePath().normalize());
    }

    public static DatabaseLocation defaultLocation() {
        return new DatabaseLocation(Path.of(System.getProperty("user.home"), ".kenpo-kpi", "kenpo-kpi"));
    }

    public Path file() {
        return base.resolveSibling(base.getFileName() + SUFFIX);
    }

    public boolean exists() {
        return Files.exists(file());
    }

    /** The value of the kenpo.db property, which application.properties turns into the JDBC URL. */
    public String h2Path() {
        return base.toString();
    }
}
