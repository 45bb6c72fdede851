package jp.kenpokpi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How the command line reads its arguments, pinned case by case as the hand-written parser read them before picocli:
 * which subcommand, options and files, and for a mistake the Japanese message (and whether the usage follows it).
 * The one difference is the last case: a flag given a value (--plan=yes) was silently taken as the flag.
 */
class CliArgumentsTest {

    static List<Arguments> read() {
        return List.of(
                reads(List.of("--help"), "help", Map.of(), List.of()),
                reads(List.of("-h"), "help", Map.of(), List.of()),
                reads(List.of("help"), "help", Map.of(), List.of()),
                reads(List.of("evaluate", "--help"), "help", Map.of(), List.of()),
                reads(List.of("evaluate", "--branch", "09", "--help", "--bogus"), "help", Map.of(), List.of()),
                reads(List.of("serve", "--help=1"), "help", Map.of(), List.of()),
                reads(
                        List.of("evaluate", "--branch", "09", "--year", "2023"),
                        "evaluate",
                        Map.of("branch", "09", "year", "2023"),
                        List.of()),
                reads(
                        List.of("evaluate", "--branch=9", "--year=令和5年度", "--format", "csv"),
                        "evaluate",
                        Map.of("branch", "9", "year", "令和5年度", "format", "csv"),
                        List.of()),
                reads(List.of("evaluate", "--branch", "-5"), "evaluate", Map.of("branch", "-5"), List.of()),
                reads(List.of("evaluate", "--branch="), "evaluate", Map.of("branch", ""), List.of()),
                reads(
                        List.of("evaluate", "--branch", "09", "--branch", "10"),
                        "evaluate",
                        Map.of("branch", "10"),
                        List.of()),
                reads(List.of("import", "a.csv", "b.xlsx"), "import", Map.of(), List.of("a.csv", "b.xlsx")),
                reads(List.of("import", "--plan", "p.csv"), "import", Map.of("plan", "true"), List.of("p.csv")),
                reads(List.of("import", "-x.csv", "@list"), "import", Map.of(), List.of("-x.csv", "@list")),
                reads(List.of("import"), "import", Map.of(), List.of()),
                reads(
                        List.of("init", "--db", "x", "--no-sample-data"),
                        "init",
                        Map.of("db", "x", "no-sample-data", "true"),
                        List.of()),
                reads(List.of("serve", "--port", "8081"), "serve", Map.of("port", "8081"), List.of()),
                reads(
                        List.of(
                                "report",
                                "--report",
                                "kpi-summary",
                                "--branch",
                                "09",
                                "--year",
                                "2023",
                                "--format",
                                "html",
                                "--out",
                                "r.html"),
                        "report",
                        Map.of(
                                "report",
                                "kpi-summary",
                                "branch",
                                "09",
                                "year",
                                "2023",
                                "format",
                                "html",
                                "out",
                                "r.html"),
                        List.of()),
                reads(
                        List.of("rank", "--year", "2023", "--kpi", "X", "--format", "json"),
                        "rank",
                        Map.of("year", "2023", "kpi", "X", "format", "json"),
                        List.of()),
                reads(
                        List.of("incentive", "--year", "2023", "--branch", "09", "--what-if", "2:-0.5"),
                        "incentive",
                        Map.of("year", "2023", "branch", "09", "what-if", "2:-0.5"),
                        List.of()));
    }

    private static Arguments reads(
            List<String> args, String command, Map<String, String> options, List<String> positional) {
        return Arguments.of(args, command, options, positional);
    }

    @ParameterizedTest
    @MethodSource
    void read(List<String> args, String command, Map<String, String> options, List<String> positional) {
        CliArguments read = CliArguments.parse(args.toArray(String[]::new));
        assertThat(read.command()).isEqualTo(command);
        assertThat(read.options()).containsExactlyInAnyOrderEntriesOf(options);
        assertThat(read.positional()).isEqualTo(positional);
    }

    static List<Arguments> refused() {
        return List.of(
                refuses(List.of(), "サブコマンドを指定してください。", true),
                refuses(List.of("bogus"), "サブコマンド「bogus」はありません。", true),
                refuses(List.of("evaluate", "--bogus", "--help"), "evaluate にオプション --bogus はありません。", true),
                refuses(List.of("evaluate", "--bogus", "1"), "evaluate にオプション --bogus はありません。", true),
                refuses(List.of("evaluate", "--plan"), "evaluate にオプション --plan はありません。", true),
                refuses(List.of("rank", "--branch", "09"), "rank にオプション --branch はありません。", true),
                refuses(List.of("incentive", "--kpi", "X"), "incentive にオプション --kpi はありません。", true),
                refuses(List.of("evaluate", "extra", "--bogus"), "evaluate にオプション --bogus はありません。", true),
                refuses(List.of("evaluate", "--", "x"), "evaluate にオプション -- はありません。", true),
                refuses(List.of("import", "--db", "d", "--plan", "--", "x"), "import にオプション -- はありません。", true),
                refuses(List.of("evaluate", "--branch"), "--branch に値を指定してください", false),
                refuses(List.of("evaluate", "--branch", "--year", "2023"), "--branch に値を指定してください", false),
                refuses(List.of("evaluate", "--branch", "--bogus"), "--branch に値を指定してください", false),
                refuses(List.of("evaluate", "extra", "--branch", "09"), "evaluate は引数「extra」を取りません。", true),
                refuses(List.of("evaluate", "-x"), "evaluate は引数「-x」を取りません。", true),
                refuses(List.of("import", "--plan=yes", "p.csv"), "--plan は値を取りません（--plan とだけ書きます）", false));
    }

    private static Arguments refuses(List<String> args, String firstLine, boolean usageFollows) {
        return Arguments.of(args, firstLine, usageFollows);
    }

    @ParameterizedTest
    @MethodSource
    void refused(List<String> args, String firstLine, boolean usageFollows) {
        assertThatThrownBy(() -> CliArguments.parse(args.toArray(String[]::new)))
                .isInstanceOf(CliException.class)
                .satisfies(e -> {
                    assertThat(e.getMessage().lines().findFirst()).contains(firstLine);
                    assertThat(e.getMessage())
                            .isEqualTo(usageFollows ? firstLine + "\n" + CliArguments.USAGE : firstLine);
                });
    }
}
