package jp.kenpokpi.records.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kenpokpi.records.schema.RecordColumn;
import jp.kenpokpi.records.schema.RecordKind;

/**
 * Where a data set keeps each kind of record, and the view that reads it with the declared column types:
 * {@code members.parquet}, a directory {@code members/} of Parquet files, or {@code members.csv} (small sets).
 */
public final class RecordFiles {

    private RecordFiles() {}

    /** How a data set keeps one kind of record. */
    public enum Layout {
        /** {@code kind.parquet} */
        PARQUET_FILE,
        /** {@code kind/}: every {@code *.parquet} file under it */
        PARQUET_DIRECTORY,
        /** {@code kind.csv}, with a header row */
        CSV
    }

    /** Where one kind of record is: its layout and the file or directory. */
    public record Location(Layout layout, Path path) {}

    /**
     * The file or directory of a kind in a data directory: {@code kind.parquet}, else {@code kind/}, else
     * {@code kind.csv}. Every engine finds the files here.
     *
     * @throws RecordsException in Japanese, naming the three names looked for, when there is none
     */
    public static Location locate(Path dataDir, RecordKind kind) {
        Path parquet = dataDir.resolve(kind.fileName() + ".parquet");
        Path directory = dataDir.resolve(kind.fileName());
        Path csv = dataDir.resolve(kind.fileName() + ".csv");
        if (Files.isRegularFile(parquet)) return new Location(Layout.PARQUET_FILE, parquet);
        if (Files.isDirectory(directory)) return new Location(Layout.PARQUET_DIRECTORY, directory);
        if (Files.isRegularFile(csv)) return new Location(Layout.CSV, csv);
        throw new RecordsException("記録ファイルがありません: " + kind.nameJa() + "（" + dataDir.resolve(kind.fileName())
                + ".parquet、" + kind.fileName() + "/ または " + kind.fileName() + ".csv）");
    }

    /**
     * Refuses a kind's file that lacks a column the schema declares, naming the file and the columns: the engine's own
     * error would name neither (a data set written before a column was added, a hand-made CSV missing one).
     *
     * @param present the columns the file has, by name
     * @throws RecordsException in Japanese
     */
    public static void requireColumns(RecordKind kind, Location location, Collection<String> present) {
        Set<String> names = new HashSet<>(present);
        List<String> missing = kind.columns().stream()
                .map(RecordColumn::name)
                .filter(c -> !names.contains(c))
                .toList();
        if (missing.isEmpty()) return;
        throw new RecordsException("記録ファイル " + location.path() + "（" + kind.nameJa() + "）に列がありません: "
                + String.join("、", missing) + "。列は docs/RECORDS.md の記録の形式のとおりにしてください");
    }

    /** The columns a kind's file has, read by DuckDB from the Parquet metadata or the CSV header. */
    static List<String> columnsIn(Statement statement, Location location) throws SQLException {
        String source = location.layout() == Layout.CSV
                ? "read_csv(" + literal(location.path()) + ", header = true, all_varchar = true)"
                : "read_parquet(" + parquetPaths(location) + ")";
        List<String> columns = new ArrayList<>();
        try (ResultSet r = statement.executeQuery("DESCRIBE SELECT * FROM " + source)) {
            while (r.next()) columns.add(r.getString("column_name"));
        }
        return columns;
    }

    /** The {@code CREATE VIEW} statement for one kind of record in a data directory. */
    static String viewSql(Path dataDir, RecordKind kind) {
        return "CREATE OR REPLACE VIEW " + kind.fileName() + " AS " + select(dataDir, kind);
    }

    private static String select(Path dataDir, RecordKind kind) {
        Location location = locate(dataDir, kind);
        switch (location.layout()) {
            case PARQUET_FILE:
            case PARQUET_DIRECTORY:
                return castedParquet(kind, parquetPaths(location));
            default:
                return typedCsv(kind, location.path());
        }
    }

    /** The file, or the directory's files, of a Parquet kind, as the argument of {@code read_parquet}. */
    public static String parquetPaths(Location location) {
        return location.layout() == Layout.PARQUET_DIRECTORY
                ? literal(location.path()) + " || '/**/*.parquet'"
                : literal(location.path());
    }

    /** Parquet carries its own types; the casts make a file written with other ones read as the schema says. */
    private static String castedParquet(RecordKind kind, String pathExpression) {
        String columns = kind.columns().stream()
                .map(c -> "CAST(" + c.name() + " AS " + c.sqlType() + ") AS " + c.name())
                .collect(Collectors.joining(", "));
        return "SELECT " + columns + " FROM read_parquet(" + pathExpression + ")";
    }

    /** A CSV is read with the declared types and no type guessing; an empty field is NULL. */
    private static String typedCsv(RecordKind kind, Path csv) {
        String columns = kind.columns().stream().map(RecordFiles::columnType).collect(Collectors.joining(", "));
        return "SELECT * FROM read_csv(" + literal(csv) + ", header = true, auto_detect = false, columns = {" + columns
                + "})";
    }

    private static String columnType(RecordColumn c) {
        return "'" + c.name() + "': '" + c.sqlType() + "'";
    }

    /** A path as an SQL string literal (quotes doubled). */
    public static String literal(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
