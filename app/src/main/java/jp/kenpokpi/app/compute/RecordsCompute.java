package jp.kenpokpi.app.compute;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.kenpokpi.app.audit.ChangeSource;
import jp.kenpokpi.app.catalogue.CatalogueRepository;
import jp.kenpokpi.app.importing.ImportPreview;
import jp.kenpokpi.app.interchange.ImportProgress;
import jp.kenpokpi.app.interchange.ImportRejectedException;
import jp.kenpokpi.app.interchange.ImportReport;
import jp.kenpokpi.app.interchange.InterchangeImport;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.csv.CsvWriter;
import jp.kenpokpi.interchange.InterchangeColumn;
import jp.kenpokpi.interchange.InterchangeExport;
import jp.kenpokpi.interchange.InterchangeFile;
import jp.kenpokpi.interchange.InterchangeReader;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.period.JapanTime;
import jp.kenpokpi.records.definition.DefinitionLibrary;
import jp.kenpokpi.records.definition.KpiQuery;
import jp.kenpokpi.records.engine.AssociationFigures;
import jp.kenpokpi.records.engine.ComputeProgress;
import jp.kenpokpi.records.engine.ComputedFigure;
import jp.kenpokpi.records.engine.DuckDbRecordsEngine;
import jp.kenpokpi.records.engine.EngineSettings;
import jp.kenpokpi.records.engine.FiguresCsv;
import jp.kenpokpi.records.engine.RecordsEngine;
import jp.kenpokpi.records.engine.RecordsException;
import jp.kenpokpi.records.engine.UncomputedBranches;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.value.ValueFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Computes KPIs from member-level records (docs/RECORDS.md) and stores them as results through the KPI import: the
 * branches' numerators and denominators of every definition the records can compute, the association's as their
 * sums (AssociationFigures), each value as numerator ÷ denominator at the catalogue's precision — the association-wide
 * value's own rule —, written as an interchange file and then checked, previewed and applied as any import is (the
 * same checks, the same change log, the same re-evaluation, the run in the import history). Each row's source names
 * the data set and the definition version; the run's file name in the import history names the run.
 *
 * <p>A year is computed under the definition in force in it and under every later version of the same KPI: a prior
 * year restated under the definition that replaced it is what makes next year's comparison with it possible.
 */
@Service
public class RecordsCompute {

    /** The file name of a data set's description the generator writes; a data set it calls 架空 is stored as 架空. */
    static final String DATA_SET_README = "README.txt";

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final CatalogueRepository catalogue;
    private final InterchangeImport importer;
    private final EngineSettings settings;
    private final Path sparkJobDirectory;
    private final String sparkMaster;
    private final Clock clock;

    public RecordsCompute(
            CatalogueRepository catalogue,
            InterchangeImport importer,
            @Value("${kenpo.records.memory-limit}") String memoryLimit,
            @Value("${kenpo.records.spill-directory}") Path spillDirectory,
            @Value("${kenpo.records.spark-job-directory}") Path sparkJobDirectory,
            @Value("${kenpo.records.spark-master}") String sparkMaster) {
        this.catalogue = catalogue;
        this.importer = importer;
        this.settings = new EngineSettings(memoryLimit, spillDirectory);
        this.sparkJobDirectory = sparkJobDirectory;
        this.sparkMaster = sparkMaster;
        this.clock = Clock.system(JapanTime.ZONE);
    }

    /** Which engine computes the figures: embedded DuckDB (the default) or Spark in a JVM of its own. */
    public enum Engine {
        DUCKDB,
        SPARK;

        /** {@code duckdb} or {@code spark}, as --engine takes it. */
        public static Optional<Engine> parse(String name) {
            for (Engine e : values()) {
                if (e.name().equalsIgnoreCase(name.strip())) return Optional.of(e);
            }
            return Optional.empty();
        }
    }

    private RecordsEngine engine(Engine engine) {
        return engine == Engine.SPARK
                ? new SparkJobEngine(sparkJobDirectory, sparkMaster, settings.spillDirectory())
                : new DuckDbRecordsEngine(settings);
    }

    /** An engine that computes nothing but reads the figures file a Spark job wrote (on a cluster, say). */
    private static RecordsEngine figuresFile(Path file) {
        return (data, year, asOf, queries) -> {
            try {
                return FiguresCsv.read(
                        file.toString(), Files.readString(file, StandardCharsets.UTF_8), year, asOf, queries);
            } catch (IOException e) {
                throw new RecordsException("分子・分母のファイルを読めません: " + file + "（" + e.getMessage() + "）", e);
            }
        };
    }

    /** What a run computed, and the interchange file it stores them as. */
    public record Run(
            String runId,
            Path data,
            FiscalYear year,
            Optional<AsOf> asOf,
            boolean synthetic,
            List<ComputedFigure> figures,
            Map<KpiDefinition, List<Organisation>> uncomputed,
            InterchangeFile file) {

        /**
         * The definitions with branches left without a value, one line each, as the command line and the page say
         * it: 値なし（分母が0件）: 被扶養者の特定保健指導実施率（DEPENDENT_GUIDANCE_RATE@2021）: 鳥取支部.
         */
        public List<String> uncomputedJa() {
            return uncomputed.entrySet().stream()
                    .map(e -> "値なし（分母が0件）: " + e.getKey().nameJa() + "（"
                            + e.getKey().kpiCode() + "@" + e.getKey().definitionFy() + "）: " + branchList(e.getValue()))
                    .toList();
        }

        /** Branch names, the first five and then how many more: a run over three branches' records lacks 44. */
        private static String branchList(List<Organisation> branches) {
            String named = branches.stream().limit(5).map(Organisation::nameJa).collect(Collectors.joining("、"));
            return branches.size() <= 5 ? named : named + " ほか" + (branches.size() - 5) + "支部";
        }
    }

    /**
     * Computes the year (up to the month end {@code asOf}, when given) from the data set, for the KPIs named (every
     * KPI records can compute, when none are).
     *
     * @throws IllegalArgumentException naming a KPI the catalogue lacks or records cannot compute, in Japanese
     * @throws jp.kenpokpi.records.engine.RecordsException naming a file of the data set that cannot be read
     */
    public Run compute(Path data, FiscalYear year, Optional<AsOf> asOf, Collection<String> kpiCodes) {
        return compute(data, year, asOf, kpiCodes, engine(Engine.DUCKDB), ComputeProgress.NONE);
    }

    /** {@link #compute(Path, FiscalYear, Optional, Collection)} on the engine named. */
    public Run compute(Path data, FiscalYear year, Optional<AsOf> asOf, Collection<String> kpiCodes, Engine engine) {
        return compute(data, year, asOf, kpiCodes, engine(engine), ComputeProgress.NONE);
    }

    /**
     * {@link #compute(Path, FiscalYear, Optional, Collection, Engine)}, the engine telling {@code progress} its stages
     * and rows (DuckDB does; an engine that cannot tell them computes all the same).
     */
    public Run compute(
            Path data,
            FiscalYear year,
            Optional<AsOf> asOf,
            Collection<String> kpiCodes,
            Engine engine,
            ComputeProgress progress) {
        return compute(data, year, asOf, kpiCodes, engine(engine), progress);
    }

    /**
     * The figures a Spark job computed elsewhere (SparkComputeJob's --out, for the same year, month end and KPIs),
     * previewed and stored as a computation of {@code data}.
     *
     * @throws jp.kenpokpi.records.engine.RecordsException naming the file, line and column that cannot be read
     */
    public Run fromFigures(Path data, FiscalYear year, Optional<AsOf> asOf, Collection<String> kpiCodes, Path file) {
        return compute(data, year, asOf, kpiCodes, figuresFile(file), ComputeProgress.NONE);
    }

    private Run compute(
            Path data,
            FiscalYear year,
            Optional<AsOf> asOf,
            Collection<String> kpiCodes,
            RecordsEngine engine,
            ComputeProgress progress) {
        DefinitionLibrary library = new DefinitionLibrary(catalogue.load());
        List<KpiQuery> queries = library.inForceAndLater(year, kpiCodes);
        List<ComputedFigure> figures = new ArrayList<>(engine.compute(data, year, asOf, queries, progress));
        for (KpiQuery query : queries) {
            AssociationFigures.figure(query.definition(), figures).ifPresent(figures::add);
        }
        String runId = RUN_ID.format(LocalDateTime.now(clock));
        boolean synthetic = synthetic(data);
        String name = "記録から算出-" + year.value() + asOf.map(a -> "-" + a.iso()).orElse("") + "-" + runId + ".csv";
        byte[] csv = interchange(figures, year, asOf, source(data, synthetic), synthetic)
                .getBytes(StandardCharsets.UTF_8);
        return new Run(
                runId,
                data,
                year,
                asOf,
                synthetic,
                List.copyOf(figures),
                UncomputedBranches.of(queries, figures),
                new InterchangeFile(name, csv));
    }

    /**
     * What applying the run would change, row by row, as the import page's preview says it.
     *
     * @throws ImportRejectedException when a row cannot be stored (a locked year, a submitted report)
     */
    public List<ImportPreview> preview(Run run) {
        InterchangeReader.Outcome checked = importer.check(List.of(run.file()));
        if (!checked.ok()) throw new ImportRejectedException(checked.problems());
        return importer.preview(checked.rows()).stream().map(ImportPreview::of).toList();
    }

    /** Stores the run's figures as results, all or nothing, as an import by {@code user}. */
    public ImportReport apply(Run run, String user) {
        return apply(run, user, ImportProgress.NONE);
    }

    /** As {@link #apply(Run, String)}, telling {@code progress} the import's stages (the compute page's bar). */
    public ImportReport apply(Run run, String user, ImportProgress progress) {
        return importer.importFiles(List.of(run.file()), user, ChangeSource.COMPUTE_BATCH, progress);
    }

    /** Whether the data set says it is 架空 (the generator's README.txt does, on its first line). */
    static boolean synthetic(Path data) {
        Path readme = data.resolve(DATA_SET_README);
        if (!Files.isRegularFile(readme)) return false;
        try (var lines = Files.lines(readme, StandardCharsets.UTF_8)) {
            return lines.findFirst().map(l -> l.contains("架空")).orElse(false);
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    /**
     * A row's source: the data set and the definition; the run is the import batch's file name (its history), not part
     * of the value, so that a second run over the same records changes nothing.
     */
    private static String source(Path data, boolean synthetic) {
        Path name = data.toAbsolutePath().normalize().getFileName();
        return (synthetic ? "架空 " : "") + "記録から算出（データ " + (name == null ? data : name) + "）";
    }

    /**
     * The figures as an interchange file: one row per organisation and definition, the value numerator ÷ denominator
     * at the catalogue's precision (no row where the denominator is 0: there is no value to store).
     */
    private static String interchange(
            List<ComputedFigure> figures, FiscalYear year, Optional<AsOf> asOf, String source, boolean synthetic) {
        CsvWriter csv = new CsvWriter().row(InterchangeExport.header());
        for (ComputedFigure f : figures) {
            if (f.denominator().signum() == 0) continue;
            KpiDefinition d = f.definition();
            Map<InterchangeColumn, String> row = new EnumMap<>(InterchangeColumn.class);
            row.put(InterchangeColumn.BRANCH_CODE, f.org().value());
            row.put(InterchangeColumn.FISCAL_YEAR, Integer.toString(year.value()));
            row.put(InterchangeColumn.AS_OF, asOf.map(AsOf::iso).orElse(""));
            row.put(InterchangeColumn.KPI_CODE, d.kpiCode());
            row.put(InterchangeColumn.DEFINITION_FY, Integer.toString(d.definitionFy()));
            row.put(
                    InterchangeColumn.ACTUAL,
                    ValueFormat.amount(
                            d.precision().round(Result.quotient(f.numerator(), f.denominator(), d.unit())), d.unit()));
            // Without the engine's scale (SUM of a DECIMAL(12,3) is 300.000): the store keeps 300, and a second run
            // over the same records must change nothing.
            row.put(InterchangeColumn.NUMERATOR, plain(f.numerator()));
            row.put(InterchangeColumn.DENOMINATOR, plain(f.denominator()));
            row.put(InterchangeColumn.SOURCE, source + " " + d.kpiCode() + "@" + d.definitionFy());
            row.put(InterchangeColumn.SYNTHETIC, synthetic ? "架空" : "");
            List<String> cells = new ArrayList<>();
            for (InterchangeColumn column : InterchangeColumn.values()) cells.add(row.getOrDefault(column, ""));
            csv.row(cells);
        }
        return csv.toString();
    }

    private static String plain(java.math.BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
