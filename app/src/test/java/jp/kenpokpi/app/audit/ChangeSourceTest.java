package jp.kenpokpi.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An import batch's kind decides the source its changes are logged under, and what the import history calls it. */
class ChangeSourceTest {

    @Test
    void each_kind_of_batch_is_logged_under_its_own_source() {
        assertThat(ChangeSource.batch("import", 1, Optional.of("a.csv"), Optional.of(2))
                        .kind())
                .isEqualTo(ChangeSource.Kind.IMPORT);
        assertThat(ChangeSource.batch("sample-data", 1, Optional.empty(), Optional.empty())
                        .kind())
                .isEqualTo(ChangeSource.Kind.SAMPLE_DATA);
        assertThat(ChangeSource.batch(ChangeSource.COMPUTE_BATCH, 1, Optional.empty(), Optional.empty())
                        .kind())
                .isEqualTo(ChangeSource.Kind.COMPUTE);
    }

    @Test
    void the_import_history_names_a_batch_as_the_change_log_names_its_source() {
        assertThat(ChangeSource.kindOfBatch("import").labelJa()).isEqualTo("取込");
        assertThat(ChangeSource.kindOfBatch("sample-data").labelJa()).isEqualTo("サンプルデータ");
        assertThat(ChangeSource.kindOfBatch("compute").labelJa()).isEqualTo("記録から算出");
    }
}
