package jp.kenpokpi.records.engine;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The proof (RecordsEngineProofTest) on the default engine, embedded DuckDB. */
class DuckDbRecordsEngineProofTest extends RecordsEngineProofTest {

    @TempDir
    static Path spill;

    @Override
    protected RecordsEngine engine() {
        return new DuckDbRecordsEngine(new EngineSettings("512MB", spill));
    }
}
