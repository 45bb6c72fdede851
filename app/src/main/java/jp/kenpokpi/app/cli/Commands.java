package jp.kenpokpi.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.kenpokpi.app.budget.BudgetImport;
import jp.kenpokpi.app.compute.ComputeRuns;
import jp.kenpokpi.app.compute.RecordsCompute;
import jp.kenpokpi.app.export.Export;
import jp.kenpokpi.app.importing.ImportPreview;
import jp.kenpokpi.app.incentive.IncentiveService;
import jp.kenpokpi.app.interchange.ImportProgress;
import jp.kenpokpi.app.interchange.InterchangeImport;
import jp.kenpokpi.app.plan.PlanImport;
import jp.kenpokpi.app.plan.PlanRepository;
import jp.kenpokpi.app.report.KpiSummaryReports;
import jp.kenpokpi.app.report.ReportDocument;
import jp.kenpokpi.app.report.ReportKind;
import jp.kenpokpi.app.report.ReportParameter;
import jp.kenpokpi.app.report.ReportRegistry;
import jp.kenpokpi.app.report.ReportRequest;
import jp.kenpokpi.app.summary.SummaryService;
import jp.kenpokpi.app.system.DatabaseInfo;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.evaluation.MarkPolicies;
import jp.kenpokpi.evaluation.MarkPolicy;
import jp.kenpokpi.interchange.InterchangeFile;
import jp.kenpokpi.interim.InterimCell;
import jp.kenpokpi.interim.InterimRow;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.ranking.RankedBranch;
import jp.kenpokpi.records.engine.ComputeProgress;
import jp.kenpokpi.records.engine.RecordsException;
import jp.kenpokpi.report.PlanResults;
import jp.kenpokpi.summary.SummaryRow;
import jp.kenpokpi.value.Figure;
import jp.kenpokpi.value.ValueFormat;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** The command-line subcommands other than serve, run inside a non-web application context. */
@Component
public class Commands {

    /** What {@code report} writes without --report. */
    private static final String DEFAULT_REPORT = "book";

    private final InterchangeImport importer;
    private final SummaryService summaries;
    private final DatabaseInfo info;
    private final ReportRegistry reports;
    private final PlanImport planImport;
    private final PlanRepository plans;
    private final BudgetImport budgetImport;
    private final Export export;
    private final RecordsCompute compute;
    private final ComputeRuns computeRuns;
    private final IncentiveCommand incentive;

    public Commands(
            InterchangeImport importer,
            SummaryService summaries,
            DatabaseInfo info,
            ReportRegistry reports,
            PlanImport planImport,
            PlanRepository plans,
            BudgetImport budgetImport,
            Export export,
            RecordsCompute compute,
            ComputeRuns computeRuns,
            IncentiveService incentive) {
        this.incentive = new IncentiveCommand(incentive);
        this.export = export;
        this.compute = compute;
        this.computeRuns = computeRuns;
        this.planImport = planImport;
        this.budgetImport = budgetImport;
        this.plans = plans;
        this.importer = importer;
        this.summaries = summaries;
        this.info = info;
        this.reports = reports;
    }

    public int run(CliArguments args, PrintStream out, PrintStream err) {
        return switch (args.command()) {
            case "import" -> importFiles(args, out);
            case "evaluate" -> args.option("as-of").isPresent() ? interim(args, out) : evaluate(args, out);
            case "rank" -> rank(args, out);
            case "incentive" -> incentive.run(args, out);
            case "report" -> report(args, out, err);
            case "export" -> export(args, err);
            case "compute" -> compute(args, out);
            case "init" -> {
                err.println("データベースを用意しました（サンプルデータ: " + (info.holdsSampleData() ? "あり" : "なし") + "）");
                yield 0;
            }
            default -> throw new CliException("サブコマンド「" + args.command() + "」はありません");
        };
    }

    private int importFiles(CliArguments args, PrintStream out) {
        if (args.positional().isEmpty()) {
            throw new CliException("取り込むCSVファイルを指定してください（例: ./kenpo-kpi import results.csv、"
                    + "./kenpo-kpi import --plan plan.csv、" + "./kenpo-kpi import --budget budget.csv）");
        }
        if (args.flag("plan") && args.flag("budget")) {
            throw new CliException("--plan と --budget は一緒に指定できません（事業計画と予算は別々に取り込みます）");
        }
        List<InterchangeFile> files = new ArrayList<>();
        for (String name : args.positional()) {
            try {
                files.add(new InterchangeFile(name, Files.readAllBytes(Path.of(name))));
            } catch (NoSuchFileException e) {
                throw new CliException("ファイル「" + name + "」がありません（何も取り込んでいません）");
            } catch (IOException e) {
                throw new CliException("ファイル「" + name + "」を読めません: " + e.getMessage() + "（何も取り込んでいません）");
            }
        }
        String user = "cli:" + System.getProperty("user.name");
        // The command line acts as the database's owner (every branch), as the KPI and plan imports do; a locked year
        // is
        // refused all the same, by the import services' own check.
        out.println(
                args.flag("plan")
                        ? planImport.importFiles(files, user, "import").summaryJa()
                        : args.flag("budget")
                                ? budgetImport
                                        .importFiles(files, user, "import")
                                        .summaryJa()
                                : importer.importFiles(files, user, "import").summaryJa());
        return 0;
    }

    /**
     * KPIs computed from a data set of records: without --apply what storing them would change (the import's
     * preview), with --apply stored as an import of the command line's user.
     */
    private int compute(CliArguments args, PrintStream out) {
        Path data = Path.of(args.required("data"));
        if (!Files.isDirectory(data)) throw new CliException("--data「" + data + "」はフォルダではありません（記録のファイルを置いたフォルダを指定）");
        FiscalYear year = year(args.required("year"));
        Optional<AsOf> asOf = args.option("as-of")
                .map(text -> AsOf.parse(text)
                        .filter(a -> a.fiscalYear().equals(year))
                        .orElseThrow(() -> new CliException(
                                "--as-of「" + text + "」は" + year.label() + "の月末として読めません（例: " + year.value() + "-09）")));
        List<String> kpis = args.option("kpi").stream()
                .flatMap(k -> Arrays.stream(k.split(",")))
                .map(String::strip)
                .filter(k -> !k.isEmpty())
                .toList();
        RecordsCompute.Engine engine = args.option("engine")
                .map(name -> RecordsCompute.Engine.parse(name)
                        .orElseThrow(() -> new CliException("--engine「" + name + "」はありません（duckdb または spark）")))
                .orElse(RecordsCompute.Engine.DUCKDB);
        Optional<Path> figures = args.option("figures").map(Path::of);
        if (figures.isPresent() && args.option("engine").isPresent()) {
            throw new CliException("--figures と --engine は同時に指定できません（--figures は算出済みの分子・分母を読み込みます）");
        }
        if (figures.isPresent() && !Files.isRegularFile(figures.get())) {
            throw new CliException("--figures「" + figures.get() + "」はファイルではありません（SparkComputeJob の --out が書いたCSVを指定）");
        }
        String user = "cli:" + System.getProperty("user.name");
        // Recorded in the run history (the compute page's), as a web run is.
        ComputeRuns.Request request = new ComputeRuns.Request(
                data.toString(),
                data,
                year,
                asOf,
                kpis,
                figures.isPresent() ? ComputeRuns.FIGURES : engine.name().toLowerCase(Locale.ROOT),
                user);
        ComputeRuns.Computed computed;
        try {
            computed = figures.isPresent()
                    ? computeRuns.fromFigures(request, figures.get())
                    : computeRuns.compute(request, ComputeProgress.NONE);
        } catch (IllegalArgumentException | RecordsException e) {
            throw new CliException(e.getMessage());
        }
        RecordsCompute.Run run = computed.run();
        String how = figures.map(f -> "、分子・分母のファイル " + f)
                .orElse(engine == RecordsCompute.Engine.SPARK ? "、Apache Spark" : "");
        out.println(year.label() + asOf.map(a -> " " + a.japanese()).orElse("") + "を記録から算出しました（データ " + data + how
                + "、実行 " + run.runId() + (run.synthetic() ? "、架空" : "") + "）: "
                + run.figures().size() + "件の分子・分母");
        run.uncomputedJa().forEach(line -> out.println("  " + line));
        if (!args.flag("apply")) {
            List<ImportPreview> preview = computeRuns.preview(computed);
            long changing = preview.stream().filter(ImportPreview::changes).count();
            for (ImportPreview line : preview) {
                if (!line.changes()) continue;
                out.println(
                        "  " + line.actionJa() + " " + line.subjectJa() + "　" + String.join("、", line.differencesJa()));
            }
            out.println(
                    changing + "件を追加・変更します（" + (preview.size() - changing) + "件は変更なし）。保存するには --apply を付けてもう一度実行してください");
            return 0;
        }
        out.println(computeRuns.apply(computed, user, ImportProgress.NONE).summaryJa());
        return 0;
    }

    private int evaluate(CliArguments args, PrintStream out) {
        Organisation org = organisation(args.required("branch"));
        FiscalYear year = year(args.required("year"));
        MarkPolicy policy = args.option("policy")
                .map(p -> MarkPolicies.parse(p)
                        .orElseThrow(() -> new CliException(
                                "--policy「" + p + "」はありません（exceeds、large-margin、large-margin:15 のように指定）")))
                .orElse(MarkPolicies.EXCEEDS);
        // Numbered and ordered as the dashboard and R1 number them: the plan's 項番.
        List<PlanResults.ItemRow> rows =
                PlanResults.inItemOrder(summaries.branchYear(org.code(), year, policy), plans.find(org.code(), year));
        String format = format(args);
        switch (format) {
            case "csv" ->
                out.print(Output.csv(
                        rows.stream().map(r -> SummaryColumns.of(r, policy)).toList()));
            case "json" ->
                out.print(Output.json(
                        rows.stream().map(r -> SummaryColumns.of(r, policy)).toList()));
            default -> out.print(SummaryTable.render(org, year, policy, rows));
        }
        return 0;
    }

    /**
     * A report of the registry written to a file: the branch's book by default; {@code --report list} prints the kinds
     * and their options ({@link #reportKindsUsage}).
     */
    private int report(CliArguments args, PrintStream out, PrintStream err) {
        String id = args.option("report").orElse(DEFAULT_REPORT);
        if (id.equals("list")) {
            out.print(reportKindsUsage());
            return 0;
        }
        String f = args.required("format");
        KpiSummaryReports.Format format = KpiSummaryReports.Format.parse(f)
                .orElseThrow(() -> new CliException("--format は pdf、xlsx、html のいずれかです: " + f));
        Path file = Path.of(args.required("out"));
        ReportKind kind = reports.find(id)
                .orElseThrow(() -> new CliException("--report は " + String.join("、", reports.ids()) + " のいずれかです: " + id
                        + System.lineSeparator() + reportKindsUsage()));
        Map<ReportParameter, String> given = new HashMap<>();
        for (ReportParameter p : kind.parameters()) {
            Optional<String> value = p.requiredOnCommandLine()
                    ? Optional.of(args.required(p.optionName()))
                    : args.option(p.optionName());
            value.ifPresent(v -> given.put(p, v));
        }
        ReportDocument document;
        try {
            document = reports.document(kind, new ReportRequest(given, Optional.empty()), format);
        } catch (ResponseStatusException e) {
            throw new CliException(e.getReason());
        }
        try {
            Files.write(file, document.render(format));
        } catch (IOException e) {
            throw new CliException("ファイル「" + file + "」に書き込めません: " + e.getMessage());
        }
        err.println(document.title() + " を " + file + " に書き出しました");
        return 0;
    }

    /** Every stored target and result as an interchange file, CSV or Excel by the name's extension. */
    private int export(CliArguments args, PrintStream err) {
        Path file = Path.of(args.required("out"));
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        Export.Format format =
                name.endsWith(".xlsx") ? Export.Format.XLSX : name.endsWith(".csv") ? Export.Format.CSV : null;
        if (format == null) throw new CliException("--out のファイル名は .csv か .xlsx で終えてください: " + file);
        try (OutputStream out = Files.newOutputStream(file)) {
            export.write(format, out);
        } catch (IOException | UncheckedIOException e) {
            throw new CliException("ファイル「" + file + "」に書き込めません: " + e.getMessage());
        }
        err.println("KPIの目標と実績を " + file + " に書き出しました");
        return 0;
    }

    /** The report kinds of the registry with their options, as {@code report --report list} and a wrong --report print. */
    String reportKindsUsage() {
        StringBuilder usage = new StringBuilder("報告資料の種類（--report）とオプション:").append(System.lineSeparator());
        for (ReportKind kind : reports.all()) {
            String id = kind.id() + (kind.id().equals(DEFAULT_REPORT) ? "（既定）" : "") + ":";
            usage.append(String.format("  %-18s %-36s %s", id, kind.usageJa(), kind.nameJa()))
                    .append(System.lineSeparator());
        }
        return usage.toString();
    }

    private AsOf asOf(String text, Organisation org) {
        return summaries
                .monthAsked(
                        org.code(),
                        text,
                        t -> AsOf.parse(t)
                                .orElseThrow(() -> new CliException("--as-of「" + t + "」は YYYY-MM（例: 2021-09）か "
                                        + SummaryService.LATEST + " で指定してください")))
                .orElseThrow(() -> new CliException(org.nameJa() + "の中間実績はまだありません"));
    }

    private int interim(CliArguments args, PrintStream out) {
        Organisation org = organisation(args.required("branch"));
        AsOf asOf = asOf(args.option("as-of").orElseThrow(), org);
        args.option("year")
                .map(Commands::year)
                .filter(y -> !y.equals(asOf.fiscalYear()))
                .ifPresent(y -> {
                    throw new CliException("--as-of " + asOf.iso() + " は "
                            + asOf.fiscalYear().label() + " の月です（--year " + y + " と合いません）");
                });
        if (args.option("policy").isPresent()) throw new CliException("--policy は年度末の評価にだけ使えます（--as-of とは併用できません）");
        List<InterimRow> rows = summaries.interim(org.code(), asOf);
        switch (format(args)) {
            case "csv" ->
                out.print(Output.csv(
                        rows.stream().map(r -> SummaryColumns.of(r, org, asOf)).toList()));
            case "json" ->
                out.print(Output.json(
                        rows.stream().map(r -> SummaryColumns.of(r, org, asOf)).toList()));
            default -> out.print(interimTable(org, asOf, rows));
        }
        return 0;
    }

    private String interimTable(Organisation org, AsOf asOf, List<InterimRow> rows) {
        TextTable table = new TextTable(
                List.of("KPI", "目標", asOf.fiscalYear().japanese() + " 実績", "時点", "前年同月末時点", "前年度最終結果", "備考"),
                44,
                24,
                0,
                0,
                0,
                0,
                0);
        for (InterimRow r : rows) {
            table.add(List.of(
                    r.definition().nameJa(),
                    r.target().map(t -> t.figure().plainJa("")).orElse(""),
                    cell(r.latest()),
                    r.latest().asOf().map(AsOf::japanese).orElse(""),
                    cell(r.sameMonthLastYear()),
                    cell(r.lastYearFinal()),
                    r.comparabilityNote().orElse("")));
        }
        return org.nameJa() + " " + asOf.fiscalYear().label() + " 中間実績（" + asOf.japanese() + "）"
                + System.lineSeparator() + table.render()
                + Figure.Label.legendPlainJa() + "　比較不可＝定義変更により比較できない" + System.lineSeparator();
    }

    private static String cell(InterimCell c) {
        if (c.text().isEmpty()) return c.comparable() ? "" : "比較不可";
        return c.figure().plainJa("");
    }

    private int rank(CliArguments args, PrintStream out) {
        FiscalYear year = year(args.required("year"));
        String kpi = args.required("kpi");
        if (summaries.catalogue().find(kpi).isEmpty()) {
            throw new CliException("KPIコード「" + kpi + "」はカタログにありません（例: LIFESTYLE_CHECKUP_RATE）");
        }
        SummaryService.KpiRanking ranking;
        try {
            ranking = summaries.ranking(year, kpi);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        var unit = ranking.definition().unit();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RankedBranch r : ranking.ranking()) {
            Organisation o = Organisations.all().get(r.branch());
            boolean synthetic = ranking.data()
                    .finalResult(r.branch(), year, kpi, ranking.definition().definitionFy())
                    .map(s -> s.synthetic())
                    .orElse(false);
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("rank", r.rank());
            m.put("branch_code", o.code().value());
            m.put("branch_name", o.nameJa());
            m.put("value", ValueFormat.amount(r.value(), unit));
            m.put("synthetic", synthetic);
            rows.add(m);
        }
        String assoc = ranking.associationWide()
                .value()
                .map(v -> ValueFormat.amount(v, unit))
                .orElse("—");
        switch (format(args)) {
            case "csv" -> out.print(Output.csv(rows));
            case "json" -> out.print(Output.json(rows));
            default -> {
                out.println(ranking.definition().nameJa() + "（" + kpi + "） " + year.label());
                out.println(
                        "協会全体（算出）: " + assoc + "　" + ranking.associationWide().explanationJa()
                                + ranking.national()
                                        .filter(n -> !n.computed())
                                        .map(n -> "　公表値: " + n.figure().plainJa("") + "（" + n.sourceJa() + "）")
                                        .orElse(""));
                if (rows.isEmpty()) {
                    out.println(
                            ranking.definition().direction() == jp.kenpokpi.catalogue.Direction.DONE
                                    ? "実施／未実施のKPIは順位を付けません"
                                    : "実績のある支部がありません");
                }
                TextTable table = new TextTable(List.of("順位", "支部", "実績", "備考"));
                for (Map<String, Object> m : rows) {
                    table.add(List.of(
                            "全国" + m.get("rank") + "位",
                            m.get("branch_code") + " " + m.get("branch_name"),
                            (String) m.get("value"),
                            Boolean.TRUE.equals(m.get("synthetic")) ? "架空" : ""));
                }
                out.print(table.render());
            }
        }
        return 0;
    }

    static String format(CliArguments args) {
        String f = args.option("format").orElse("table");
        if (!List.of("table", "csv", "json").contains(f))
            throw new CliException("--format は table、csv、json のいずれかです: " + f);
        return f;
    }

    private static Organisation organisation(String code) {
        return OrgCode.read(code)
                .map(Organisations.all()::get)
                .orElseThrow(() -> new CliException("--branch「" + code + "」は支部コードではありません（00＝協会全体、01〜47、例: 09＝栃木）"));
    }

    static FiscalYear year(String text) {
        return FiscalYear.parse(text)
                .orElseThrow(() -> new CliException("--year「" + text + "」を年度として読めません（例: 2023 または 令和5年度）"));
    }

    /** Counts of ◎ ○ △ × — for the summary footer. */
    static Map<Mark, Long> counts(List<SummaryRow> rows) {
        Map<Mark, Long> counts = new EnumMap<>(Mark.class);
        for (Mark m : Mark.values()) counts.put(m, 0L);
        rows.stream()
                .collect(Collectors.groupingBy(r -> r.evaluation().mark(), Collectors.counting()))
                .forEach(counts::put);
        return counts;
    }
}
