package jp.kenpokpi.app.backup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import jp.kenpokpi.app.system.SchemaVersion;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a whole database into a folder (docs/OPERATIONS.md, 「Backup」): a file per table (one JSON array of texts
 * per row, rows in primary-key order) and manifest.json last. Every table is read in one read-only,
 * repeatable-read transaction (one moment's data while the application runs) and streamed row by row to its file:
 * no table is held in memory, however long the change log.
 */
public final class DatabaseBackup {

    static final String SUFFIX = ".jsonl";
    /** Rows fetched from the server at a time (PostgreSQL otherwise reads a whole table into memory). */
    private static final int FETCH = 1000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DatabaseBackup() {}

    /** @param folder a folder that does not exist yet or is empty */
    public static BackupManifest write(DataSource dataSource, Path folder) {
        prepare(folder);
        try (Connection connection = dataSource.getConnection()) {
            // Asked once connected, so that an unreachable database is said as such, not as a missing schema.
            String version = SchemaVersion.current(dataSource)
                    .map(Object::toString)
                    .orElseThrow(() -> new BackupException("データベースにスキーマがありません（kenpo-kpi のデータベースではないか、移行が失敗しています）"));
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                List<BackupManifest.TableFile> files = new ArrayList<>();
                for (SchemaTables.Table table : SchemaTables.read(connection)) {
                    files.add(writeTable(connection, table, folder));
                }
                var meta = connection.getMetaData();
                BackupManifest manifest = new BackupManifest(
                        BackupManifest.FORMAT,
                        BackupManifest.FORMAT_VERSION,
                        version,
                        Instant.now().toString(),
                        meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion(),
                        List.copyOf(files));
                manifest.write(folder);
                return manifest;
            } finally {
                connection.rollback(); // read only: nothing to keep
            }
        } catch (SQLException e) {
            throw new BackupException("データベースに接続できないか、読めません: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BackupException("「" + folder + "」に書き込めません: " + e.getMessage(), e);
        }
    }

    /**
     * Creates the folder, readable by its owner only where the file system has POSIX permissions: a backup holds the
     * accounts' password hashes and every sign-in.
     */
    private static void prepare(Path folder) {
        try {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> inside = Files.list(folder)) {
                    if (inside.findAny().isPresent()) {
                        throw new BackupException(
                                "出力先「" + folder + "」は空ではありません（新しいフォルダを指定してください。例: --out backup-$(date +%F)）");
                    }
                }
            } else if (Files.exists(folder)) {
                throw new BackupException("出力先「" + folder + "」はフォルダではありません");
            }
            Files.createDirectories(folder);
            try {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system (Windows): the folder keeps what its parent gives
            }
        } catch (IOException e) {
            throw new BackupException("出力先「" + folder + "」を作れません: " + e.getMessage(), e);
        }
    }

    private static BackupManifest.TableFile writeTable(Connection connection, SchemaTables.Table table, Path folder)
            throws SQLException, IOException {
        String file = table.name() + SUFFIX;
        MessageDigest sha256 = sha256();
        long rows = 0;
        String columns = table.columns().stream()
                .map(c -> SchemaTables.quote(c.sqlName()))
                .collect(Collectors.joining(", "));
        String order = table.primaryKey().isEmpty()
                ? ""
                : " ORDER BY "
                        + table.primaryKey().stream().map(SchemaTables::quote).collect(Collectors.joining(", "));
        try (Writer out = new BufferedWriter(new OutputStreamWriter(
                        new DigestOutputStream(Files.newOutputStream(folder.resolve(file)), sha256),
                        StandardCharsets.UTF_8));
                Statement statement = connection.createStatement()) {
            statement.setFetchSize(FETCH);
            try (ResultSet rs = statement.executeQuery("SELECT " + columns + " FROM " + table.quoted() + order)) {
                List<String> values = new ArrayList<>(table.columns().size());
                while (rs.next()) {
                    values.clear();
                    for (int i = 0; i < table.columns().size(); i++) {
                        values.add(table.columns().get(i).kind().read(rs, i + 1));
                    }
                    out.write(JSON.writeValueAsString(values));
                    out.write('\n');
                    rows++;
                }
            }
        }
        return new BackupManifest.TableFile(
                table.name(), file, table.columnNames(), rows, HexFormat.of().formatHex(sha256.digest()));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java runtime has SHA-256
        }
    }
}
