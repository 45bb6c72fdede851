package jp.kenpokpi.records.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An engine builds the shared views a definition reads, and the views those read, in the order they are created. */
class DerivedViewTest {

    private static List<String> readBy(String sql) {
        return DerivedView.readBy(sql).stream().map(DerivedView::name).toList();
    }

    @Test
    void aViewReadThroughAnotherIsBuiltBeforeIt() {
        assertThat(readBy("SELECT count(*) FROM guidance_selections"))
                .containsExactly("enrolled_at_period_end", "guidance_selections");
        assertThat(readBy("SELECT * FROM checkup_targets t JOIN period_checkups c USING (member_id)"))
                .containsExactly("enrolled_at_period_end", "checkup_targets", "period_checkups");
    }

    @Test
    void onlyWholeNamesCount() {
        assertThat(readBy("SELECT * FROM claims")).isEmpty();
        assertThat(readBy("SELECT * FROM my_period_checkups_copy")).isEmpty();
    }
}
