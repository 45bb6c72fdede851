package jp.kenpokpi.records.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.records.definition.DerivedView;
import jp.kenpokpi.records.definition.KpiQuery;
import jp.kenpokpi.records.definition.QueryParameters;
import jp.kenpokpi.records.engine.ComputedFigure;
import jp.kenpokpi.records.engine.RecordFiles;
import jp.kenpokpi.records.engine.RecordsEngine;
import jp.kenpokpi.records.engine.RecordsException;
import jp.kenpokpi.records.schema.RecordKind;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The records engine on Apache Spark SQL: the same definition files and derived views as DuckDbRecordsEngine, bound
 * by the same QueryParameters, never a second copy. Each computation runs in a session of its own (the temporary
 * views of one data set and period), on the SparkContext of the session it was given: local[2] on one machine, a
 * cluster under spark-submit.
 */
public final class SparkRecordsEngine implements RecordsEngine {

    /** The master when none is set: two local threads, as on the machines this is built on. */
    public static final String DEFAULT_MASTER = "local[2]";

    private final SparkSession spark;

    public SparkRecordsEngine(SparkSession spark) {
        this.spark = spark;
    }

    /**
     * A session for a master URL ({@code local[2]}, {@code spark://host:7077}, {@code yarn}); empty leaves the master
     * to spark-submit. In local mode the driver binds to 127.0.0.1 (the host's address is refused on closed networks),
     * the web UI is off and a shuffle has a few partitions, not 200, for data of the size one machine reads.
     */
    public static SparkSession session(Optional<String> master) {
        SparkSession.Builder builder = SparkSession.builder().appName("kenpo-kpi records");
        master.ifPresent(builder::master);
        if (master.map(m -> m.startsWith("local")).orElse(false)) {
            builder.config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4");
        }
        return builder.getOrCreate();
    }

    @Override
    public List<ComputedFigure> compute(Path dataDir, FiscalYear year, Optional<AsOf> asOf, List<KpiQuery> queries) {
        QueryParameters parameters = QueryParameters.of(year, asOf);
        SparkSession session = spark.newSession();
        for (RecordKind kind : RecordKind.values()) {
            read(session, dataDir, kind).createOrReplaceTempView(kind.fileName());
        }
        for (DerivedView view : DerivedView.all()) {
            try {
                session.sql(parameters.bind(view.sql())).createOrReplaceTempView(view.name());
            } catch (Exception e) {
                throw new RecordsException("共通のビュー " + view.name() + " を作成できません（Spark）: " + firstLine(e), e);
            }
        }
        List<ComputedFigure> figures = new ArrayList<>();
        for (KpiQuery query : queries) {
            figures.addAll(run(session, query, parameters));
        }
        return List.copyOf(figures);
    }

    /** One kind of record as the schema declares it: Parquet (a file or a directory of files) or CSV. */
    private static Dataset<Row> read(SparkSession session, Path dataDir, RecordKind kind) {
        RecordFiles.Location location = RecordFiles.locate(dataDir, kind);
        String path = location.path().toAbsolutePath().toString();
        try {
            if (location.layout() == RecordFiles.Layout.CSV) {
                // The declared types, no guessing; the header must name the declared columns; a value that does not
                // read as its type is an error (FAILFAST), not a NULL. An empty field is NULL.
                return session.read()
                        .schema(SparkTypes.schema(kind))
                        .option("header", "true")
                        .option("enforceSchema", "false")
                        .option("mode", "FAILFAST")
                        .option("encoding", "UTF-8")
                        .csv(path);
            }
            Dataset<Row> parquet = session.read()
                    .option("recursiveFileLookup", "true")
                    .option("pathGlobFilter", "*.parquet")
                    .parquet(path);
            RecordFiles.requireColumns(kind, location, List.of(parquet.columns()));
            // Parquet carries its own types; the casts make a file written with other ones read as the schema says.
            return parquet.selectExpr(
                    kind.columns().stream().map(SparkTypes::cast).toArray(String[]::new));
        } catch (RecordsException e) {
            throw e;
        } catch (Exception e) {
            throw new RecordsException("記録ファイルを読めません: " + kind.nameJa() + "（" + path + "）: " + firstLine(e), e);
        }
    }

    private static List<ComputedFigure> run(SparkSession session, KpiQuery query, QueryParameters parameters) {
        List<Row> rows;
        try {
            rows = session.sql(parameters.bind(query.sql()))
                    .select("branch_code", "numerator", "denominator")
                    .collectAsList();
        } catch (Exception e) {
            // SparkException is checked in Java's terms, thrown undeclared from Scala: the file a task failed to read
            // is named in it (FAILED_READ_FILE), what was wrong in its cause (MALFORMED_RECORD_IN_PARSING …).
            throw new RecordsException("KPIの定義 " + query.fileName() + " の実行に失敗しました（Spark）: " + firstLine(e), e);
        }
        List<ComputedFigure> figures = new ArrayList<>();
        for (Row row : rows) {
            figures.add(ComputedFigure.ofBranchRow(query, row.get(0), row.get(1), row.get(2)));
        }
        figures.sort(Comparator.comparing(ComputedFigure::org));
        return figures;
    }

    /**
     * Spark's messages run to a plan of many lines: the first says what went wrong, and its cause's first line why
     * (the value that is not of its type).
     */
    private static String firstLine(Exception e) {
        String line = firstLine(e.getMessage());
        Throwable cause = e.getCause();
        return cause == null || cause.getMessage() == null ? line : line + "（" + firstLine(cause.getMessage()) + "）";
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message).strip();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
