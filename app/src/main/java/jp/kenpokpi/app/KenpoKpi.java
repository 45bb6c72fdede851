package jp.kenpokpi.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kenpokpi.app.backup.BackupException;
import jp.kenpokpi.app.cli.CliApplication;
import jp.kenpokpi.app.cli.CliArguments;
import jp.kenpokpi.app.cli.CliException;
import jp.kenpokpi.app.cli.Commands;
import jp.kenpokpi.app.cli.DatabaseCommands;
import jp.kenpokpi.app.cli.GenerateRecordsCommand;
import jp.kenpokpi.app.interchange.ImportRejectedException;
import jp.kenpokpi.app.system.DatabaseLocation;
import jp.kenpokpi.app.system.LoopbackDatabaseServer;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line: {@code serve} starts the web application; {@code import}, {@code evaluate}, {@code rank},
 * {@code report}, {@code export} and {@code init} run in an application context without a web server and exit;
 * {@code backup} and {@code restore} work on the database without one (DatabaseCommands); {@code generate-records}
 * writes a synthetic record data set and needs no database at all. Exit status 0 on success; otherwise
 * a Japanese message on standard error and 1 (the command failed) or 2 (it was called wrongly).
 */
public final class KenpoKpi {

    private static final int KEEP_RUNNING = -1;

    /** Commands on the database itself, without the application's context (which would fill a new database). */
    private static final Set<String> DATABASE_COMMANDS = Set.of("backup", "restore");

    private KenpoKpi() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(args, out, err);
        if (status != KEEP_RUNNING) System.exit(status);
    }

    /** Runs a command; returns the exit status, or KEEP_RUNNING for a started server. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        LoopbackDatabaseServer.bindToLoopback();
        try {
            CliArguments arguments = CliArguments.parse(args);
            if (arguments.command().equals("help")) {
                out.println(CliArguments.USAGE);
                return 0;
            }
            return run(arguments, out, err);
        } catch (CliException e) {
            err.println("エラー: " + e.getMessage());
            return 2;
        } catch (ImportRejectedException e) {
            err.println(e.getMessage());
            return 1;
        } catch (BackupException e) {
            err.println("エラー: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("エラー: " + describe(e));
            return 1;
        }
    }

    private static int run(CliArguments args, PrintStream out, PrintStream err) {
        // Writes files only: no database is found, created or opened.
        if (args.command().equals(GenerateRecordsCommand.NAME)) return GenerateRecordsCommand.run(args, out, err);
        if (args.command().equals("init") && args.option("db").isEmpty()) {
            throw new CliException("init には --db PATH が必要です（例: ./kenpo-kpi init --db ./data/kenpo）");
        }
        Map<String, Object> properties = new HashMap<>();
        // --db names an H2 file, or (jdbc:postgresql://…) a database on a server, which the server creates.
        Optional<String> url = args.option("db").filter(d -> d.startsWith("jdbc:"));
        boolean exists = true;
        if (url.isPresent()) {
            properties.put("spring.datasource.url", url.get());
        } else {
            DatabaseLocation db =
                    args.option("db").map(DatabaseLocation::of).orElse(DatabaseLocation.defaultLocation());
            exists = db.exists();
            if (args.command().equals("init") && exists) {
                throw new CliException("データベース「" + db.file() + "」は既にあります（作り直すときはファイルを削除してください）");
            }
            if (!exists && !args.command().equals("backup")) createParent(db);
            if ((args.command().equals("init") || !exists) && !DATABASE_COMMANDS.contains(args.command())) {
                if (args.flag("no-sample-data") || args.command().equals("init")) {
                    err.println("データベースを作成します: " + db.file());
                } else {
                    err.println("データベースを作成し、サンプルデータを読み込みます: " + db.file());
                }
            }
            properties.put("kenpo.db", db.h2Path());
        }
        if (DATABASE_COMMANDS.contains(args.command())) {
            return DatabaseCommands.run(args, asArguments(properties), exists, out, err);
        }
        properties.put("kenpo.sample-data", Boolean.toString(!args.flag("no-sample-data")));
        if (args.command().equals("serve")) {
            args.option("port").ifPresent(p -> properties.put("server.port", port(p)));
            ConfigurableApplicationContext context =
                    new SpringApplicationBuilder(KenpoKpiApplication.class).run(asArguments(properties));
            out.println("kenpo-kpi を起動しました: http://localhost:"
                    + context.getEnvironment().getProperty("local.server.port") + "/");
            return KEEP_RUNNING;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CliApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("cli")
                .logStartupInfo(false)
                .run(asArguments(properties))) {
            return context.getBean(Commands.class).run(args, out, err);
        }
    }

    /** As command-line arguments, which take precedence over application.properties (default properties do not). */
    private static String[] asArguments(Map<String, Object> properties) {
        return properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
    }

    private static String port(String text) {
        if (!text.matches("\\d{1,5}") || Integer.parseInt(text) > 65535) {
            throw new CliException("--port「" + text + "」はポート番号ではありません（0〜65535）");
        }
        return text;
    }

    private static void createParent(DatabaseLocation db) {
        try {
            Files.createDirectories(db.base().getParent());
        } catch (IOException e) {
            throw new CliException("データベースのフォルダ「" + db.base().getParent() + "」を作れません: " + e.getMessage());
        }
    }

    /** The innermost cause usually says what went wrong (a locked file, a full disk). */
    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof ImportRejectedException || cause instanceof CliException) break;
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
