package jp.kenpokpi.app.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import jp.kenpokpi.app.system.SchemaVersion;
import org.flywaydb.core.api.MigrationVersion;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads a backup (DatabaseBackup) into an empty database (docs/OPERATIONS.md, 「Restore」). Refused, with nothing
 * written, when the backup was taken at another schema version than this application's, or the target holds any
 * row. Flyway builds the schema on the empty target first; then every table is loaded in foreign-key order in one
 * transaction, each file streamed line by line and checked against the manifest (columns, row count, SHA-256): a
 * damaged file is named with its line, and nothing is kept. Last, each identity column is set to continue after the
 * highest id loaded, so that the next result, import or sign-in gets a new id.
 */
public final class DatabaseRestore {

    private static final int BATCH = 500;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> ROW = new TypeReference<>() {};

    private DatabaseRestore() {}

    /** @param locations Flyway's locations (spring.flyway.locations), whose migrations build the empty target */
    public static BackupManifest restore(DataSource dataSource, Path folder, String locations) {
        BackupManifest manifest = BackupManifest.read(folder);
        MigrationVersion ours = SchemaVersion.latestShipped(locations);
        if (!MigrationVersion.fromVersion(manifest.schemaVersion()).equals(ours)) {
            throw new BackupException("このバックアップはスキーマの版 " + manifest.schemaVersion() + " で作られています。このアプリケーションの版は " + ours
                    + " です（同じ版の kenpo-kpi で戻してから、新しい版で起動すると移行されます）");
        }
        refuseUnlessEmpty(dataSource);
        SchemaVersion.migrateIfBehind(dataSource, locations);
        try (Connection connection = dataSource.getConnection()) {
            List<SchemaTables.Table> tables = SchemaTables.read(connection);
            Map<String, BackupManifest.TableFile> files = matching(manifest, tables, folder);
            connection.setAutoCommit(false);
            try {
                for (SchemaTables.Table table : tables) load(connection, table, files.get(table.name()), folder);
                connection.commit();
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            }
            connection.setAutoCommit(true);
            // After the commit: H2 commits on DDL, and a restart is only right for rows that stay.
            for (SchemaTables.Table table : tables) continueIdentity(connection, table);
        } catch (SQLException e) {
            throw new BackupException("データベースに書き込めません（何も戻していません）: " + e.getMessage(), e);
        }
        return manifest;
    }

    /** Any row in any table (Flyway's history aside) refuses the restore, before Flyway touches the database. */
    private static void refuseUnlessEmpty(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            Set<String> holding = new TreeSet<>();
            for (SchemaTables.Table table : SchemaTables.read(connection)) {
                try (ResultSet rs =
                        statement.executeQuery("SELECT 1 FROM " + table.quoted() + " FETCH FIRST 1 ROWS ONLY")) {
                    if (rs.next()) holding.add(table.name());
                }
            }
            if (!holding.isEmpty()) {
                throw new BackupException("戻し先のデータベースは空ではありません（データのある表: " + SchemaTables.namesJa(holding)
                        + "）。上書きはしません。新しい空のデータベースを指定してください（H2 は存在しない --db、PostgreSQL は createdb で作った空のデータベース）");
            }
        } catch (SQLException e) {
            throw new BackupException("戻し先のデータベースに接続できません: " + e.getMessage(), e);
        }
    }

    /** The backup's file of each table; refused when a table of the schema has none, or a file no table. */
    private static Map<String, BackupManifest.TableFile> matching(
            BackupManifest manifest, List<SchemaTables.Table> tables, Path folder) {
        Map<String, BackupManifest.TableFile> files = manifest.tables().stream()
                .collect(Collectors.toMap(BackupManifest.TableFile::table, Function.identity()));
        Set<String> missing = new TreeSet<>();
        for (SchemaTables.Table table : tables) {
            BackupManifest.TableFile file = files.get(table.name());
            if (file == null) {
                missing.add(table.name());
            } else if (!new HashSet<>(file.columns()).equals(new HashSet<>(table.columnNames()))) {
                throw new BackupException("ファイル「" + folder.resolve(BackupManifest.FILE) + "」: 表「" + table.name()
                        + "」の列が違います（バックアップ: " + String.join(", ", file.columns()) + "／データベース: "
                        + String.join(", ", table.columnNames()) + "）");
            }
        }
        if (!missing.isEmpty()) {
            throw new BackupException("バックアップに表「" + SchemaTables.namesJa(missing) + "」がありません（"
                    + folder.resolve(BackupManifest.FILE) + "）");
        }
        Set<String> unknown = new LinkedHashSet<>(files.keySet());
        tables.forEach(t -> unknown.remove(t.name()));
        if (!unknown.isEmpty()) {
            throw new BackupException("バックアップにデータベースにない表「" + SchemaTables.namesJa(unknown) + "」があります（"
                    + folder.resolve(BackupManifest.FILE) + "）");
        }
        return files;
    }

    private static void load(
            Connection connection, SchemaTables.Table table, BackupManifest.TableFile entry, Path folder)
            throws SQLException {
        Path path = folder.resolve(entry.file()).normalize();
        if (!path.getParent().equals(folder.normalize())) {
            throw new BackupException("ファイル「" + folder.resolve(BackupManifest.FILE) + "」: 表「" + table.name()
                    + "」のファイル名「" + entry.file() + "」はバックアップのフォルダの外を指しています");
        }
        List<SchemaTables.Column> columns = new ArrayList<>();
        for (String name : entry.columns()) {
            columns.add(table.columns().stream()
                    .filter(c -> c.name().equals(name))
                    .findFirst()
                    .orElseThrow());
        }
        String sql = "INSERT INTO " + table.quoted() + " ("
                + columns.stream().map(c -> SchemaTables.quote(c.sqlName())).collect(Collectors.joining(", "))
                + ") VALUES (" + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        MessageDigest sha256 = DatabaseBackup.sha256();
        long line = 0;
        long batchStart = 1;
        int batched = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                        new DigestInputStream(Files.newInputStream(path), sha256),
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)));
                PreparedStatement insert = connection.prepareStatement(sql)) {
            String text;
            while ((text = readLine(in, path, line + 1)) != null) {
                line++;
                bind(insert, columns, row(text, path, line, columns.size()), path, line);
                insert.addBatch();
                if (++batched == BATCH) {
                    execute(insert, path, batchStart, line);
                    batched = 0;
                    batchStart = line + 1;
                }
            }
            if (batched > 0) execute(insert, path, batchStart, line);
        } catch (NoSuchFileException e) {
            throw new BackupException("表「" + table.name() + "」のファイル「" + path + "」がありません（何も戻していません）");
        } catch (IOException e) {
            throw new BackupException("ファイル「" + path + "」を読めません: " + e.getMessage() + "（何も戻していません）", e);
        }
        if (line != entry.rows()) {
            throw new BackupException("ファイル「" + path + "」: 行数が目録と違います（" + line + "行、目録では" + entry.rows()
                    + "行）。ファイルが欠けているか壊れています（何も戻していません）");
        }
        String sum = HexFormat.of().formatHex(sha256.digest());
        if (!sum.equalsIgnoreCase(entry.sha256())) {
            throw new BackupException("ファイル「" + path + "」: チェックサム（SHA-256）が目録と一致しません。ファイルが壊れているか書き換えられています（何も戻していません）");
        }
    }

    private static String readLine(BufferedReader in, Path path, long line) throws IOException {
        try {
            return in.readLine();
        } catch (CharacterCodingException e) {
            throw new BackupException(
                    "ファイル「" + path + "」 " + line + "行目付近: UTF-8として読めないバイトがあります（ファイルが壊れています。何も戻していません）");
        }
    }

    private static List<String> row(String text, Path path, long line, int width) {
        List<String> values;
        try {
            values = JSON.readValue(text, ROW);
        } catch (JacksonException e) {
            throw new BackupException("ファイル「" + path + "」 " + line + "行目: 行を読めません（" + e.getOriginalMessage()
                    + "）。ファイルが壊れています（何も戻していません）");
        }
        if (values == null || values.size() != width) {
            throw new BackupException("ファイル「" + path + "」 " + line + "行目: 値の数が違います（"
                    + (values == null ? 0 : values.size()) + "個、" + width + "個のはず）。ファイルが壊れています（何も戻していません）");
        }
        return values;
    }

    private static void bind(
            PreparedStatement insert, List<SchemaTables.Column> columns, List<String> values, Path path, long line)
            throws SQLException {
        for (int i = 0; i < columns.size(); i++) {
            SchemaTables.Column column = columns.get(i);
            String value = values.get(i);
            if (value == null) {
                insert.setNull(i + 1, java.sql.Types.NULL);
                continue;
            }
            try {
                column.kind().bind(insert, i + 1, value);
            } catch (IllegalArgumentException e) {
                throw new BackupException("ファイル「" + path + "」 " + line + "行目 列「" + column.name() + "」: 「" + value
                        + "」を読めません（" + column.kind().name().toLowerCase() + " の値のはず）。ファイルが壊れています（何も戻していません）");
            }
        }
    }

    private static void execute(PreparedStatement insert, Path path, long from, long to) {
        try {
            insert.executeBatch();
        } catch (SQLException e) {
            SQLException cause = e.getNextException() != null ? e.getNextException() : e;
            throw new BackupException(
                    "ファイル「" + path + "」 " + from + "〜" + to + "行目: データベースが受け付けません（" + cause.getMessage()
                            + "）。何も戻していません",
                    e);
        }
    }

    /** An identity column continues after the highest id loaded (a table with no rows starts where it starts). */
    private static void continueIdentity(Connection connection, SchemaTables.Table table) throws SQLException {
        for (SchemaTables.Column column : table.columns()) {
            if (!column.identity()) continue;
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery(
                            "SELECT MAX(" + SchemaTables.quote(column.sqlName()) + ") FROM " + table.quoted())) {
                rs.next();
                long max = rs.getLong(1);
                if (rs.wasNull()) continue;
                statement.execute("ALTER TABLE " + table.quoted() + " ALTER COLUMN "
                        + SchemaTables.quote(column.sqlName()) + " RESTART WITH " + (max + 1));
            }
        }
    }
}
