package jp.kenpokpi.app.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * manifest.json, written last into a backup's folder: what the backup holds (each table's file, columns in the order
 * of the file's values, row count and SHA-256 of the file), the Flyway schema version it was taken at, when and from
 * which database. A folder without it is no backup (one that stopped half-way).
 */
public record BackupManifest(
        String format,
        int formatVersion,
        String schemaVersion,
        String createdAt,
        String database,
        List<TableFile> tables) {

    public static final String FILE = "manifest.json";
    static final String FORMAT = "kenpo-kpi-backup";
    static final int FORMAT_VERSION = 1;

    /** One table's file: one JSON array per line, the values as texts (null for NULL) in the order of columns. */
    public record TableFile(String table, String file, List<String> columns, long rows, String sha256) {}

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public long totalRows() {
        return tables.stream().mapToLong(TableFile::rows).sum();
    }

    void write(Path folder) throws IOException {
        Files.writeString(folder.resolve(FILE), JSON.writeValueAsString(this) + "\n");
    }

    /** The manifest of a backup folder, or a Japanese refusal naming what is wrong with it. */
    static BackupManifest read(Path folder) {
        Path file = folder.resolve(FILE);
        BackupManifest manifest;
        try {
            manifest = JSON.readValue(Files.readString(file), BackupManifest.class);
        } catch (NoSuchFileException e) {
            throw new BackupException(
                    "「" + folder + "」にバックアップの目録 " + FILE + " がありません（バックアップのフォルダではないか、バックアップが途中で止まっています）");
        } catch (JacksonException e) {
            throw new BackupException("ファイル「" + file + "」 "
                    + (e.getLocation() == null ? "" : e.getLocation().getLineNr() + "行目") + ": バックアップの目録として読めません（"
                    + e.getOriginalMessage() + "）");
        } catch (IOException e) {
            throw new BackupException("ファイル「" + file + "」を読めません: " + e.getMessage());
        }
        if (!FORMAT.equals(manifest.format())
                || manifest.formatVersion() != FORMAT_VERSION
                || manifest.tables() == null) {
            throw new BackupException(
                    "ファイル「" + file + "」は kenpo-kpi のバックアップの目録（形式 " + FORMAT + " " + FORMAT_VERSION + "）ではありません");
        }
        return manifest;
    }
}
