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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kenpokpi.app.audit.ChangeSource;
import jp.kenpokpi.app.catalogue.CatalogueRepository;
import jp.kenpokpi.app.importing.ImportPreview;
import jp.kenpokpi.app.interchange.ImportProgress;
import jp.kenpokpi.app.interchange.ImportRejectedException;
import jp.kenpokpi.app.interchange.ImportReport;
import jp.kenpokpi.app.interchange.InterchangeImport;
import jp.kenpokpi.catalogue.KpiCatalogue;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.csv.CsvWriter;
import jp.kenpokpi.interchange.InterchangeColumn;
import jp.kenpokpi.interchange.InterchangeExport;
import jp.kenpokpi.interchange.InterchangeFile;
import jp.kenpokpi.interchange.InterchangeReader;
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
    private final Clock clock;

    public RecordsCompute(
            CatalogueRepository catalogue,
            InterchangeImport importer,
            @Value("${kenpo.records.memory-limit}") String memoryLimit,
            @Value("${kenpo.records.spill-directory}") Path spillDirectory) {
        this.catalogue = catalogue;
        this.importer = importer;
        this.settings = new EngineSettings(memoryLimit, spillDirectory);
        this.clock = Clock.system(JapanTime.ZONE);
    }

    /** What a run computed, and the interchange file it stores them as. */
    public record Run(
            String runId,
            Path data,
            FiscalYear year,
            Optional<AsOf> asOf,
            boolean synthetic,
            List<ComputedFigure> figures,
            InterchangeFile file) {}

    /**
     * Computes the year (up to the month end {@code asOf}, when given) from the data set, for the KPIs named (every
     * KPI records can compute, when none are).
     *
     * @throws IllegalArgumentException naming a KPI the catalogue lacks or records cannot compute, in Japanese
     * @throws jp.kenpokpi.records.engine.RecordsException naming a file of the data set that cannot be read
     */
    public Run compute(Path data, FiscalYear year, Optional<AsOf> asOf, Collection<String> kpiCodes) {
        return compute(data, year, asOf, kpiCodes, ComputeProgress.NONE);
    }

    /** As {@link #compute(Path, FiscalYear, Optional, Collection)}, the engine telling {@code progress} its stages. */
    public Run compute(
            Path data, FiscalYear year, Optional<AsOf> asOf, Collection<String> kpiCodes, ComputeProgress progress) {
        DefinitionLibrary library = new DefinitionLibrary(catalogue.load());
        List<KpiQuery> queries = withLaterVersions(library, library.inForce(year, kpiCodes));
        List<ComputedFigure> figures =
                new ArrayList<>(new DuckDbRecordsEngine(settings).compute(data, year, asOf, queries, progress));
        for (KpiQuery query : queries) {
            AssociationFigures.figure(query.definition(), figures).ifPresent(figures::add);
        }
        String runId = RUN_ID.format(LocalDateTime.now(clock));
        boolean synthetic = synthetic(data);
        String name = "記録から算出-" + year.value() + asOf.map(a -> "-" + a.iso()).orElse("") + "-" + runId + ".csv";
        byte[] csv = interchange(figures, year, asOf, source(data, synthetic), synthetic)
                .getBytes(StandardCharsets.UTF_8);
        return new Run(runId, data, year, asOf, synthetic, List.copyOf(figures), new InterchangeFile(name, csv));
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

    /** The queries asked for, each followed by the later versions of its KPI that records can compute. */
    private static List<KpiQuery> withLaterVersions(DefinitionLibrary library, List<KpiQuery> inForce) {
        KpiCatalogue catalogue = library.catalogue();
        Set<KpiQuery> queries = new LinkedHashSet<>();
        for (KpiQuery query : inForce) {
            queries.add(query);
            for (KpiDefinition later :
                    catalogue.get(query.definition().kpiCode()).versions()) {
                if (later.definitionFy() > query.definition().definitionFy())
                    library.find(later).ifPresent(queries::add);
            }
        }
        return List.copyOf(queries);
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
            // Without trailing zeros: a DECIMAL sum (quantities in 薬価基準 units) comes back as 10221.600, which the
            // store keeps as 10221.6; written as it came, a second run would "change" it each time.
            row.put(
                    InterchangeColumn.NUMERATOR,
                    f.numerator().stripTrailingZeros().toPlainString());
            row.put(
                    InterchangeColumn.DENOMINATOR,
                    f.denominator().stripTrailingZeros().toPlainString());
            row.put(InterchangeColumn.SOURCE, source + " " + d.kpiCode() + "@" + d.definitionFy());
            row.put(InterchangeColumn.SYNTHETIC, synthetic ? "架空" : "");
            List<String> cells = new ArrayList<>();
            for (InterchangeColumn column : InterchangeColumn.values()) cells.add(row.getOrDefault(column, ""));
            csv.row(cells);
        }
        return csv.toString();
    }
}
