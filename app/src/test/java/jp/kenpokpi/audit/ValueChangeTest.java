package jp.kenpokpi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import jp.kenpokpi.audit.ValueChange.FieldChange;

/** A recorded change read back for the KPI detail page's history: old → new, field by field. */
class ValueChangeTest {

    private static final Instant AT = Instant.parse("2024-06-30T01:02:03Z");

    @Test
    void an_update_lists_only_the_fields_that_changed_with_old_and_new_values() {
        ChangeLog.Change change = new ChangeLog.Change("kpi_result", "13/2023/final/LIFESTYLE_CHECKUP_RATE/2021", "UPDATE",
                Optional.of("actual=64.6%\nnumerator=\ndenominator=\nnote=\nsynthetic=true\n"),
                "actual=66.6%\nnumerator=666\ndenominator=\nnote=\nsynthetic=false\n", "honbu", AT, Optional.of(7L));

        ValueChange v = ValueChange.of(change);

        assertThat(v.isUpdate()).isTrue();
        assertThat(v.actionJa()).isEqualTo("変更");
        assertThat(v.by()).isEqualTo("honbu");
        assertThat(v.whenJa()).isEqualTo("2024-06-30 10:02:03");
        assertThat(v.fields()).containsExactly(
                new FieldChange("actual", "実績", "64.6%", "66.6%"),
                new FieldChange("numerator", "分子", "", "666"),
                new FieldChange("synthetic", "架空の値", "はい", ""));
    }

    @Test
    void a_new_row_lists_the_fields_it_was_given_and_a_note_over_several_lines_stays_whole() {
        ChangeLog.Change change = new ChangeLog.Change("kpi_result", "k", "INSERT", Optional.empty(),
                "actual=72.2%\nnumerator=\nnote=一行目\n二行目\nunknown_field=x\n", "sample-data", AT, Optional.empty());

        ValueChange v = ValueChange.of(change);

        assertThat(v.isUpdate()).isFalse();
        assertThat(v.actionJa()).isEqualTo("登録");
        assertThat(v.fields()).containsExactly(
                new FieldChange("actual", "実績", "", "72.2%"),
                new FieldChange("note", "備考", "", "一行目\n二行目"),
                new FieldChange("unknown_field", "unknown_field", "", "x"));
    }

    /** The change log escapes a note's line breaks (since V4): the page shows the breaks, never a literal \n. */
    @Test
    void a_multi_line_note_written_by_the_change_log_reads_back_with_its_line_breaks() {
        String written = ChangeLog.lines(new java.util.LinkedHashMap<>(java.util.Map.of(
                "note", "一行目\n二行目 C:\\data\\x")));
        ChangeLog.Change change = new ChangeLog.Change("kpi_result", "k", "INSERT", Optional.empty(), written,
                "tochigi", AT, Optional.empty());

        assertThat(written).doesNotContain("一行目\n二行目");
        assertThat(ValueChange.of(change).fields()).containsExactly(
                new FieldChange("note", "備考", "", "一行目\n二行目 C:\\data\\x"));
    }
}
