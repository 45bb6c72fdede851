package jp.kenpokpi.records.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.records.definition.DefinitionLibrary;
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
