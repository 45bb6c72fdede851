package jp.kenpokpi.records.spark;

import java.util.Optional;
import jp.kenpokpi.records.engine.RecordsEngine;
import jp.kenpokpi.records.engine.RecordsEngineProofTest;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;

/**
 * The proof (records' RecordsEngineProofTest, from its test jar: the same hand-written numerators and denominators)
 * on Apache Spark in local mode, from the CSV files and from the Parquet copy the proof writes with DuckDB. One
 * SparkSession for the class: it takes about 12 seconds to start.
 */
class SparkRecordsEngineProofTest extends RecordsEngineProofTest {

    private static SparkSession spark;

    @Override
    protected RecordsEngine engine() {
        synchronized (SparkRecordsEngineProofTest.class) {
            if (spark == null) spark = SparkRecordsEngine.session(Optional.of(SparkRecordsEngine.DEFAULT_MASTER));
        }
        return new SparkRecordsEngine(spark);
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) spark.stop();
        spark = null;
    }
}
