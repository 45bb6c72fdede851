package jp.kenpokpi.app.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kenpokpi.app.report.ReportParameter;
import picocli.CommandLine;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The subcommand, its --options and its positional arguments, read by picocli and checked against what the subcommand
 * accepts. The usage text is ours (Japanese, laid out by hand), not picocli's generated help.
 */
public record CliArguments(String command, Map<String, String> options, List<String> positional) {

    /** Options that take no value. */
    private static final Set<String> FLAGS = Set.of("no-sample-data", "help", "plan", "budget", "apply");

    private static final Map<String, Set<String>> ACCEPTED = Map.ofEntries(
            Map.entry("serve", Set.of("db", "port")),
            Map.entry("import", Set.of("db", "plan", "budget")),
            Map.entry("evaluate", Set.of("db", "branch", "year", "policy", "format", "as-of")),
            Map.entry("rank", Set.of("db", "year", "kpi", "format")),
            Map.entry("incentive", Set.of("db", "year", "branch", "what-if", "format")),
            Map.entry("init", Set.of("db", "no-sample-data")),
            Map.entry("export", Set.of("db", "out")),
            Map.entry("backup", Set.of("db", "out")),
            Map.entry("restore", Set.of("db")),
            Map.entry("generate-records", Set.of("scale", "years", "out", "seed")),
            Map.entry("compute", Set.of("db", "data", "year", "as-of", "kpi", "apply", "engine", "figures")),
            Map.entry("report", reportOptions()));

    /** The report subcommand's own options and every report parameter (ReportParameter.ALL) as an option. */
    private static Set<String> reportOptions() {
        Set<String> options = new java.util.TreeSet<>(Set.of("db", "report", "format", "out"));
        ReportParameter.ALL.forEach(p -> options.add(p.optionName()));
        return Set.copyOf(options);
    }

    public static final String USAGE = """
            使い方: ./kenpo-kpi <サブコマンド> [オプション]
              serve    [--db PATH] [--port N]                 Webアプリを起動します
              import   [--db PATH] FILE.csv|FILE.xlsx...       KPI結果（交換CSVまたはExcel）を取り込みます（全ファイルか、何もしないか）
              import   [--db PATH] --plan FILE.csv|FILE.xlsx... 事業計画（CSVまたはExcel）を取り込みます（各支部・年度の計画を置き換え）
              import   [--db PATH] --budget FILE.csv|FILE.xlsx...
                                                              予算執行（CSVまたはExcel）を取り込みます（各支部・年度の予算を置き換え）
              evaluate [--db PATH] --branch 09 --year 2023 [--policy exceeds|large-margin[:PERCENT]]
                       [--format table|csv|json] [--as-of YYYY-MM|latest]
                                                              支部の年度KPI概要（--as-of で中間実績）
              rank     [--db PATH] --year 2023 --kpi CODE [--format table|csv|json]
                                                              全支部の順位と協会全体の値
              incentive [--db PATH] --year 2023 [--branch 09 [--what-if 2:+1.0]] [--format table|csv|json]
                                                              インセンティブ制度の得点・順位・減算率（--branch で支部の小項目と報酬ラインとの差、
                                                              --what-if で「②を1.0ポイント上げると」）
              init     --db PATH [--no-sample-data]           データベースを作成します
              report   [--db PATH] [--report 種類] [種類のオプション] --format pdf|xlsx|html --out FILE
                                                              報告資料を書き出します（既定: --branch 09 --year 2023 で報告書一式）
              report   [--db PATH] --report list                報告資料の種類とそのオプションの一覧
              export   [--db PATH] --out FILE.csv|FILE.xlsx     KPIの目標・実績をすべて交換形式（CSVまたはExcel）で書き出します
              backup   [--db PATH] --out DIR                    データベース全体をフォルダに書き出します（表ごとのファイルと目録）
              restore  --db NEWPATH DIR                         バックアップを空のデータベースに戻します
              compute  [--db PATH] --data DIR --year 2023 [--as-of YYYY-MM] [--kpi CODE,CODE…] [--apply]
                       [--engine duckdb|spark] [--figures FIGURES.csv]
                                                              加入者単位の記録からKPIを算出します（--apply なしは変更の確認だけ。
                                                              --engine spark は Apache Spark で、--figures はクラスタで算出した分子・分母を読み込み）
              generate-records --scale S [--years 2021-2024] --out DIR [--seed N]
                                                              架空の記録データセット（Parquet）を生成します（1.0＝全国規模、データベース不要）
            --db はH2データベースファイル（既定: ~/.kenpo-kpi/kenpo-kpi）。存在しなければ init と同じく作成します。
            --db jdbc:postgresql://… でPostgreSQLのデータベースを指定できます（利用者とパスワードは SPRING_DATASOURCE_USERNAME、SPRING_DATASOURCE_PASSWORD）。""";

    /**
     * Reads the arguments with picocli, in order: the first mistake is the one reported, and --help anywhere before a
     * mistake prints the usage. picocli's own English messages never reach the user: each mistake is said in Japanese.
     */
    public static CliArguments parse(String[] args) {
        if (args.length == 0) throw new CliException("サブコマンドを指定してください。\n" + USAGE);
        String command = args[0];
        if (command.equals("--help") || command.equals("-h") || command.equals("help")) return help();
        if (!ACCEPTED.containsKey(command)) throw new CliException("サブコマンド「" + command + "」はありません。\n" + USAGE);
        List<String> positional = new ArrayList<>();
        ParseResult parsed;
        try {
            parsed = commandLine(command, positional).parseArgs(Arrays.copyOfRange(args, 1, args.length));
        } catch (MissingParameterException e) {
            throw new CliException(e.getMissing().get(0).paramLabel() + " に値を指定してください");
        } catch (MaxValuesExceededException e) {
            // Only a flag can be given too many values, and only as --plan=VALUE: before picocli the value was ignored.
            String flag = Arrays.stream(args)
                    .filter(a -> a.startsWith("--") && a.contains("="))
                    .map(a -> a.substring(0, a.indexOf('=')))
                    .filter(a -> FLAGS.contains(a.substring(2)))
                    .findFirst()
                    .orElse("");
            throw new CliException(flag + " は値を取りません（" + flag + " とだけ書きます）");
        } catch (ParameterException e) {
            if (e.getCause() instanceof HelpRequested) return help();
            if (e.getCause() instanceof CliException mistake) throw mistake;
            throw new CliException(command + " の引数を読めません（" + e.getMessage() + "）。\n" + USAGE);
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (OptionSpec option : parsed.matchedOptions()) {
            String name = option.longestName().substring(2);
            options.put(name, FLAGS.contains(name) ? "true" : parsed.matchedOptionValue(option.longestName(), ""));
        }
        if (!command.equals("import") && !command.equals("restore") && !positional.isEmpty()) {
            throw new CliException(command + " は引数「" + positional.get(0) + "」を取りません。\n" + USAGE);
        }
        return new CliArguments(command, options, List.copyOf(positional));
    }

    /**
     * The subcommand's options as picocli reads them. Everything that is not an option is a positional argument
     * (an argument starting with one dash, like a file -x.csv, too); one starting with two that is not an option of
     * the subcommand is refused there. An option given twice keeps the last value; {@code @file} is an ordinary
     * argument; {@code --} is not picocli's end of options but an unknown option, as before picocli.
     */
    private static CommandLine commandLine(String command, List<String> positional) {
        CommandSpec spec = CommandSpec.create().name(command);
        spec.addOption(OptionSpec.builder("--help")
                .arity("0")
                .parameterConsumer((args, option, cmd) -> {
                    throw new HelpRequested();
                })
                .build());
        for (String name : ACCEPTED.get(command)) {
            boolean flag = FLAGS.contains(name);
            OptionSpec.Builder option = OptionSpec.builder("--" + name).paramLabel("--" + name);
            spec.addOption(
                    flag
                            ? option.arity("0").type(boolean.class).build()
                            : option.arity("1")
                                    .type(String.class)
                                    .converters(value -> valueOf("--" + name, value))
                                    .build());
        }
        spec.addPositional(PositionalParamSpec.builder()
                .arity("0..*")
                .type(String[].class)
                .parameterConsumer((args, param, cmd) -> positional.add(positionalArgument(command, args.pop())))
                .build());
        return new CommandLine(spec)
                .setUnmatchedOptionsArePositionalParams(true)
                .setOverwrittenOptionsAllowed(true)
                .setExpandAtFiles(false)
                .setEndOfOptionsDelimiter("\0");
    }

    /** An option's value: the next argument, unless that is itself an option (--branch --year 2023). */
    private static String valueOf(String option, String value) {
        if (value.startsWith("--")) throw new CliException(option + " に値を指定してください");
        return value;
    }

    private static String positionalArgument(String command, String argument) {
        if (argument.startsWith("--")) {
            String name = argument.substring(2).split("=", 2)[0];
            throw new CliException(command + " にオプション --" + name + " はありません。\n" + USAGE);
        }
        return argument;
    }

    private static CliArguments help() {
        return new CliArguments("help", Map.of(), List.of());
    }

    /** --help stops reading at once: what follows it is not checked, as a user asking for help expects. */
    private static final class HelpRequested extends RuntimeException {
        HelpRequested() {
            super(null, null, false, false);
        }
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
