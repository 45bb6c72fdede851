package jp.kenpokpi.records.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.records.definition.DefinitionLibrary;
import jp.kenpokpi.records.definition.QueryParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineSettingsTest {

    @Test
    void aMemoryLimitIsASizeAndNothingElse() {
        assertThat(new EngineSettings("12GB", Path.of("/tmp")).memoryLimit()).isEqualTo("12GB");
        assertThat(new EngineSettings("512 MiB", Path.of("/tmp")).memoryLimit()).isEqualTo("512 MiB");
        assertThatThrownBy(() -> new EngineSettings("1GB'; DROP", Path.of("/tmp")))
                .hasMessageContaining("メモリ上限");
        assertThatThrownBy(() -> new EngineSettings("", Path.of("/tmp"))).hasMessageContaining("メモリ上限");
    }

    @Test
    void theEngineRunsWithTheSettings(@TempDir Path spill) throws SQLException {
        DuckDbRecordsEngine engine = new DuckDbRecordsEngine(new EngineSettings("300MB", spill));
        try (Connection c = engine.open(
                        RecordsEngineProofTest.proofDirectory(),
                        QueryParameters.of(FiscalYear.of(2023), Optional.empty()));
                Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery("SELECT current_setting('memory_limit'), current_setting('temp_directory'),"
                                + " current_setting('preserve_insertion_order'), (SELECT COUNT(*) FROM members)")) {
            r.next();
            // DuckDB prints the limit in binary units: 300 MB = 286.1 MiB.
            assertThat(r.getString(1)).isEqualTo("286.1 MiB");
            assertThat(r.getString(2)).isEqualTo(spill.toAbsolutePath().toString());
            assertThat(r.getBoolean(3)).isFalse();
            assertThat(r.getLong(4)).isEqualTo(325);
        }
    }

    @Test
    void aMissingRecordFileIsNamed(@TempDir Path empty) {
        DuckDbRecordsEngine engine = new DuckDbRecordsEngine(new EngineSettings("256MB", empty));
        assertThatThrownBy(() -> engine.compute(
                        empty,
                        FiscalYear.of(2023),
                        Optional.empty(),
                        DefinitionLibrary.reference().inForce(FiscalYear.of(2023), List.of("GENERIC_DRUG_SHARE"))))
                .isInstanceOf(RecordsException.class)
                .hasMessageContaining("記録ファイルがありません")
                .hasMessageContaining("members");
    }
}
