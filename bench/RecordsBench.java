import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.records.definition.DefinitionLibrary;
import jp.kenpokpi.records.definition.KpiQuery;
import jp.kenpokpi.records.engine.ComputedFigure;
import jp.kenpokpi.records.engine.DuckDbRecordsEngine;
import jp.kenpokpi.records.engine.EngineSettings;

/**
 * Times the records engine in one JVM (bench/records.sh): every definition of the catalogue that records can compute
 * (each version, as compute restates a year under later ones), for all branches, over the data set DIR, for FY2023,
 * ROUNDS times; each round opens a new in-memory DuckDB over the files, as compute does. Prints each round and the
 * median and spread.
 *   java -cp CLASSPATH bench/RecordsBench.java DIR ROUNDS [MEMORY_LIMIT]
 */
public class RecordsBench {

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        String memory = args.length > 2 ? args[2] : "12GB";
        List<KpiQuery> queries = DefinitionLibrary.reference().all();
        DuckDbRecordsEngine engine =
                new DuckDbRecordsEngine(new EngineSettings(memory, Path.of(System.getProperty("java.io.tmpdir"), "records-bench-spill")));
        List<Double> seconds = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            long t0 = System.nanoTime();
            List<ComputedFigure> figures = engine.compute(data, FiscalYear.of(2023), Optional.empty(), queries);
            double s = (System.nanoTime() - t0) / 1e9;
            seconds.add(s);
            System.out.printf(Locale.ROOT, "round %d: %d definitions, %d figures in %.2f s%n", round, queries.size(),
                    figures.size(), s);
        }
        List<Double> sorted = seconds.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "compute s     median %8.2f  min %8.2f  max %8.2f  (%d rounds)%n",
                sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
    }
}
