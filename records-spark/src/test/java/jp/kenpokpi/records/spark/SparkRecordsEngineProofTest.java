package jp.kenpokpi.records.spark;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.records.definition.DefinitionLibrary;
import jp.kenpokpi.records.definition.KpiQuery;
import jp.kenpokpi.records.engine.RecordsEngine;
import jp.kenpokpi.records.engine.RecordsEngineProofTest;
import jp.kenpokpi.records.engine.RecordsException;
import jp.kenpokpi.records.schema.RecordKind;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /**
     * A value that is not of its column's type (a 13th month) stops the computation, naming the file and the record
     * (Spark reads lazily: the definition that first reads it fails).
     */
    @Test
    void aValueThatIsNotOfItsTypeNamesTheFile(@TempDir Path folder) throws IOException {
        for (RecordKind kind : RecordKind.values()) {
            Files.copy(proofDirectory().resolve(kind.fileName() + ".csv"), folder.resolve(kind.fileName() + ".csv"));
        }
        Path members = folder.resolve("members.csv");
        Files.writeString(
                members,
                Files.readString(members, StandardCharsets.UTF_8).replaceFirst("19\\d\\d-\\d\\d-\\d\\d", "1980-13-45"),
                StandardCharsets.UTF_8);
        List<KpiQuery> lifestyle =
                DefinitionLibrary.reference().inForce(FiscalYear.of(2023), List.of("LIFESTYLE_CHECKUP_RATE"));

        assertThatThrownBy(() -> engine().compute(folder, FiscalYear.of(2023), Optional.empty(), lifestyle))
                .isInstanceOf(RecordsException.class)
                .hasMessageContaining("KPIの定義 LIFESTYLE_CHECKUP_RATE@2021.sql の実行に失敗しました（Spark）")
                .hasMessageContaining(members.toUri().getPath())
                .hasMessageContaining("Malformed records")
                .hasMessageContaining("IL-09-000");
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) spark.stop();
        spark = null;
    }
}
