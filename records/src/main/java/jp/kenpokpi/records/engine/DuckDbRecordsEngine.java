package jp.kenpokpi.records.engine;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.records.definition.DerivedView;
import jp.kenpokpi.records.definition.KpiQuery;
import jp.kenpokpi.records.definition.QueryParameters;
import jp.kenpokpi.records.schema.RecordKind;

/**
 * The default engine: an in-memory DuckDB per computation, the data directory's files registered as views (read
 * in place, never loaded), each definition run as written. The derived views the definitions share (who is enrolled
 * at the period's end, who was examined…) are built once per computation as temporary tables, when the first
 * definition that reads one runs: as views they were evaluated again by every definition reading them (a fifth of
 * a national run). Memory is bounded by {@link EngineSettings} (the tables spill too), and
 * {@code preserve_insertion_order=false} lets large joins and aggregations stream instead of buffering in order.
 */
public final class DuckDbRecordsEngine implements RecordsEngine {

    private final EngineSettings settings;

    public DuckDbRecordsEngine(EngineSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<ComputedFigure> compute(Path dataDir, FiscalYear year, Optional<AsOf> asOf, List<KpiQuery> queries) {
        return compute(dataDir, year, asOf, queries, ComputeProgress.NONE);
    }

    @Override
    public List<ComputedFigure> compute(
            Path dataDir, FiscalYear year, Optional<AsOf> asOf, List<KpiQuery> queries, ComputeProgress progress) {
        QueryParameters parameters = QueryParameters.of(year, asOf);
        try (Connection connection = open(dataDir, parameters);
                Statement statement = connection.createStatement()) {
            if (progress != ComputeProgress.NONE) count(statement, progress);
            List<ComputedFigure> figures = new ArrayList<>();
            Set<String> built = new HashSet<>();
            for (int i = 0; i < queries.size(); i++) {
                KpiQuery query = queries.get(i);
                progress.started(query, i + 1, queries.size());
                buildDerivedViews(statement, query, parameters, built);
                List<ComputedFigure> found = run(statement, query, parameters);
                progress.finished(query, i + 1, queries.size(), found.size());
                figures.addAll(found);
            }
            return List.copyOf(figures);
        } catch (SQLException e) {
            throw new RecordsException("記録からの集計に失敗しました（" + dataDir + "）: " + e.getMessage(), e);
        }
    }

    /** An in-memory DuckDB bounded by the settings, with a view per record kind over the data directory's files. */
    Connection open(Path dataDir, QueryParameters parameters) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET memory_limit = '" + settings.memoryLimit() + "'");
            statement.execute("SET temp_directory = " + RecordFiles.literal(settings.spillDirectory()));
            statement.execute("SET preserve_insertion_order = false");
            // Every definition of a run opens the same files (a kind kept by month is dozens): their footers are read
            // once, not once a definition.
            statement.execute("SET parquet_metadata_cache = true");
            for (RecordKind kind : RecordKind.values()) {
                RecordFiles.Location location = RecordFiles.locate(dataDir, kind);
                RecordFiles.requireColumns(kind, location, RecordFiles.columnsIn(statement, location));
                statement.execute(RecordFiles.viewSql(dataDir, kind));
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** The derived views the query reads that no earlier query has built, as tables for the period. */
    private static void buildDerivedViews(
            Statement statement, KpiQuery query, QueryParameters parameters, Set<String> built) {
        for (DerivedView view : DerivedView.readBy(query.sql())) {
            if (!built.add(view.name())) continue;
            try {
                statement.execute("CREATE TEMP TABLE " + view.name() + " AS " + parameters.bind(view.sql()));
            } catch (SQLException e) {
                throw new RecordsException(
                        "共通の抽出 " + view.name() + "（" + query.fileName() + " が参照）の作成に失敗しました: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Each kind's rows, for the progress and the run history: {@code count(*)} over a Parquet view is answered from
     * the files' metadata (no column is read); a CSV, small by the schema's advice, is scanned once more.
     */
    private static void count(Statement statement, ComputeProgress progress) throws SQLException {
        RecordKind[] kinds = RecordKind.values();
        for (int i = 0; i < kinds.length; i++) {
            try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + kinds[i].fileName())) {
                rows.next();
                progress.read(kinds[i], i + 1, kinds.length, rows.getLong(1));
            }
        }
    }

    private static List<ComputedFigure> run(Statement statement, KpiQuery query, QueryParameters parameters) {
        List<ComputedFigure> figures = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(parameters.bind(query.sql()))) {
            while (rows.next()) {
                figures.add(ComputedFigure.ofBranchRow(
                        query,
                        rows.getString("branch_code"),
                        rows.getObject("numerator"),
                        rows.getObject("denominator")));
            }
        } catch (SQLException e) {
            throw new RecordsException("KPIの定義 " + query.fileName() + " の実行に失敗しました: " + e.getMessage(), e);
        }
        figures.sort(Comparator.comparing(ComputedFigure::org));
        return figures;
    }
}
