package jp.kenpokpi.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The subcommand, its --options and its positional arguments, checked against what the subcommand accepts. */
public record CliArguments(String command, Map<String, String> options, List<String> positional) {

    /** Options that take no value. */
    private static final Set<String> FLAGS = Set.of("no-sample-data", "help", "plan");

    private static final Map<String, Set<String>> ACCEPTED = Map.of(
            "serve", Set.of("db", "port"),
            "import", Set.of("db", "plan"),
            "evaluate", Set.of("db", "branch", "year", "policy", "format", "as-of"),
            "rank", Set.of("db", "year", "kpi", "format"),
            "init", Set.of("db", "no-sample-data"),
            "report", Set.of("db", "report", "branch", "year", "block", "as-of", "format", "out"));

    public static final String USAGE = """
            使い方: ./kenpo-kpi <サブコマンド> [オプション]
              serve    [--db PATH] [--port N]                 Webアプリを起動します
              import   [--db PATH] FILE.csv|FILE.xlsx...       KPI結果（交換CSVまたはExcel）を取り込みます（全ファイルか、何もしないか）
              import   [--db PATH] --plan FILE.csv|FILE.xlsx... 事業計画（CSVまたはExcel）を取り込みます（各支部・年度の計画を置き換え）
              evaluate [--db PATH] --branch 09 --year 2023 [--policy exceeds|large-margin[:PERCENT]]
                       [--format table|csv|json] [--as-of YYYY-MM|latest]
                                                              支部の年度KPI概要（--as-of で中間実績）
              rank     [--db PATH] --year 2023 --kpi CODE [--format table|csv|json]
                                                              全支部の順位と協会全体の値
              init     --db PATH [--no-sample-data]           データベースを作成します
              report   [--db PATH] [--report 種類] [種類のオプション] --format pdf|xlsx|html --out FILE
                                                              報告資料を書き出します（既定: --branch 09 --year 2023 で報告書一式）
              report   [--db PATH] --report list                報告資料の種類とそのオプションの一覧
            --db はH2データベースファイル（既定: ~/.kenpo-kpi/kenpo-kpi）。存在しなければ init と同じく作成します。""";

    public static CliArguments parse(String[] args) {
        if (args.length == 0) throw new CliException("サブコマンドを指定してください。\n" + USAGE);
        String command = args[0];
        if (command.equals("--help") || command.equals("-h") || command.equals("help")) return new CliArguments("help", Map.of(), List.of());
        Set<String> accepted = ACCEPTED.get(command);
        if (accepted == null) throw new CliException("サブコマンド「" + command + "」はありません。\n" + USAGE);
        Map<String, String> options = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                positional.add(a);
                continue;
            }
            String name = a.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (name.equals("help")) return new CliArguments("help", Map.of(), List.of());
            if (!accepted.contains(name)) {
                throw new CliException(command + " にオプション --" + name + " はありません。\n" + USAGE);
            }
            if (FLAGS.contains(name)) {
                options.put(name, "true");
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new CliException("--" + name + " に値を指定してください");
                }
                value = args[++i];
            }
            options.put(name, value);
        }
        if (!command.equals("import") && !positional.isEmpty()) {
            throw new CliException(command + " は引数「" + positional.get(0) + "」を取りません。\n" + USAGE);
        }
        return new CliArguments(command, options, positional);
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public String required(String name) {
        return option(name).orElseThrow(() -> new CliException(command + " には --" + name + " が必要です。\n" + USAGE));
    }

    public boolean flag(String name) {
        return options.containsKey(name);
    }
}
