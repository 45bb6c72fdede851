package jp.kenpokpi.app.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.kenpokpi.app.backup.BackupManifest;
import jp.kenpokpi.app.backup.DatabaseBackup;
import jp.kenpokpi.app.backup.DatabaseRestore;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * {@code backup} and {@code restore}: they work on the database itself, before (and instead of) the application
 * context every other command starts, which would fill a new database with the catalogue and the sample data and so
 * make it unfit to restore into. The database is found as every command finds it (--db, or the spring.datasource.*
 * settings such as SPRING_DATASOURCE_URL), read from an empty context's environment.
 */
public final class DatabaseCommands {

    private DatabaseCommands() {}

    /**
     * The context's only source, declaring nothing: the context resolves the settings (application.properties,
     * environment, arguments) and starts nothing (no component scan, no auto-configuration).
     */
    static final class Settings {}

    /**
     * @param settings the properties as command-line arguments (--kenpo.db=…, --spring.datasource.url=…)
     * @param exists   whether the database is known to exist (an H2 file that is there, or a server's URL)
     */
    public static int run(CliArguments args, String[] settings, boolean exists, PrintStream out, PrintStream err) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
                        .web(WebApplicationType.NONE)
                        .profiles("cli") // logs to standard error, warnings only, as every command's
                        .logStartupInfo(false)
                        .run(settings);
                // Restore: Flyway's connection and the loading one.
                HikariDataSource dataSource = CliApplication.pool(context.getEnvironment(), 3)) {
            return args.command().equals("backup")
                    ? backup(args, dataSource, exists, err)
                    : restore(args, dataSource, context.getEnvironment(), err);
        }
    }

    private static int backup(CliArguments args, HikariDataSource dataSource, boolean exists, PrintStream err) {
        if (!exists) throw new CliException("バックアップするデータベースがありません（--db で既存のデータベースを指定してください）");
        Path folder = Path.of(args.required("out"));
        BackupManifest manifest = DatabaseBackup.write(dataSource, folder);
        err.println("バックアップを " + folder + " に書き出しました（スキーマの版 " + manifest.schemaVersion() + "、"
                + manifest.tables().size() + "表、" + manifest.totalRows() + "行）");
        return 0;
    }

    private static int restore(
            CliArguments args, HikariDataSource dataSource, Environment environment, PrintStream err) {
        if (args.positional().size() != 1) {
            throw new CliException(
                    "restore には戻すバックアップのフォルダを1つ指定してください（例: ./kenpo-kpi restore --db ./data/new backup-2026-12-05）");
        }
        Path folder = Path.of(args.positional().get(0));
        if (!Files.isDirectory(folder)) throw new CliException("バックアップのフォルダ「" + folder + "」がありません");
        BackupManifest manifest = DatabaseRestore.restore(
                dataSource, folder, environment.getProperty("spring.flyway.locations", "classpath:db/migration"));
        err.println("バックアップ " + folder + "（" + manifest.createdAt() + "、スキーマの版 " + manifest.schemaVersion() + "）を戻しました（"
                + manifest.tables().size() + "表、" + manifest.totalRows() + "行）");
        return 0;
    }
}
