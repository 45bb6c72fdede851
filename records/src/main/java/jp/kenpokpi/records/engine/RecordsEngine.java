package jp.kenpokpi.records.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.records.definition.KpiQuery;

/**
 * Runs KPI definitions over a data set of record files (docs/RECORDS.md). DuckDB is the default engine; the Spark
 * module is to implement the same interface over the same SQL files.
 */
public interface RecordsEngine {

    /**
     * The branches' numerators and denominators of each query for a fiscal year, or for the year up to an as-of
     * month end. Any definition version can be run on any year: that is how earlier years are restated.
     *
     * @param dataDir the directory holding one file (or directory of files) per {@code RecordKind}
     * @return one figure per branch and query, ordered by query, then branch code
     * @throws RecordsException naming the file or KPI that failed
     */
    List<ComputedFigure> compute(Path dataDir, FiscalYear year, Optional<AsOf> asOf, List<KpiQuery> queries);

    /**
     * As {@link #compute(Path, FiscalYear, Optional, List)}, telling {@code progress} the stages and rows as it goes.
     * An engine that cannot tell them computes all the same (this default tells nothing).
     */
    default List<ComputedFigure> compute(
            Path dataDir, FiscalYear year, Optional<AsOf> asOf, List<KpiQuery> queries, ComputeProgress progress) {
        return compute(dataDir, year, asOf, queries);
    }
}
