package jp.kenpokpi.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a row's change log reads on the page: the fields that changed, old → new, in Japanese. */
class ChangeHistoryTest {

    private static final Instant NOON_UTC = Instant.parse("2024-06-01T03:00:00Z");

    private static Map<String, String> values(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
        return m;
    }

    private static ChangeLog.Change change(
            String action, Optional<Map<String, String>> before, Map<String, String> after, Optional<Long> batch) {
        ChangeSource source = batch.map(
                        b -> ChangeSource.batch("import", b, Optional.of("tochigi.csv"), Optional.of(12)))
                .orElse(ChangeSource.form());
        return new ChangeLog.Change(
                "kpi_result",
                "09/2023/final/X/2021",
                action,
                before.orElse(Map.of()),
                after,
                "tochigi",
                NOON_UTC,
                source);
    }

    /** A row inserted with these fields and values, from the form or by an import batch. */
    private static ChangeLog.Change inserted(Optional<Long> batch, String... fieldsAndValues) {
        return change("INSERT", Optional.empty(), values(fieldsAndValues), batch);
    }

    /** The history line a single change reads as. */
    private static ChangeHistory.Line lineOf(ChangeLog.Change change) {
        return ChangeHistory.of(List.of(change)).get(0);
    }

    /** What the change log stores reads back as written, a narrative's line breaks and backslashes included. */
    @Test
    void a_multi_line_narrative_survives_the_json_the_change_log_stores() {
        Map<String, String> written =
                values("narrative", "一行目\n二行目\\n は文字どおり", "note", "=で始まる\r\n備考", "source", "\"引用\" C:\\data");

        String json = ChangeValues.json(written);

        assertThat(json).doesNotContain("\n").startsWith("{\"narrative\":");
        assertThat(ChangeValues.fields(json)).containsExactlyEntriesOf(written);
    }

    @Test
    void an_update_lists_only_the_fields_that_changed_in_japanese_time() {
        ChangeHistory.Line line = lineOf(change(
                "UPDATE",
                Optional.of(values("actual", "8.9%", "note", "R6.2現在", "narrative", "")),
                values("actual", "8.0%", "note", "R6.2現在", "narrative", "勧奨した"),
                Optional.empty()));

        assertThat(line.whenJa()).isEqualTo("2024-06-01 12:00");
        assertThat(line.whenToTheSecondJa()).isEqualTo("2024-06-01 12:00:00");
        assertThat(line.who()).isEqualTo("tochigi");
        assertThat(line.actionJa()).isEqualTo("変更");
        assertThat(line.isUpdate()).isTrue();
        assertThat(line.sourceJa()).isEqualTo("画面");
        assertThat(line.changes())
                .extracting(
                        ChangeHistory.FieldChange::labelJa,
                        ChangeHistory.FieldChange::before,
                        ChangeHistory.FieldChange::after)
                .containsExactly(tuple("実績", "8.9%", "8.0%"), tuple("取組内容・理由", "", "勧奨した"));
    }

    @Test
    void an_imported_synthetic_row_shows_its_values_labelled_and_leaves_out_empty_columns() {
        ChangeHistory.Line line =
                lineOf(inserted(Optional.of(7L), "actual", "55.0%", "note", "", "source", "架空", "synthetic", "true"));

        assertThat(line.actionJa()).isEqualTo("登録（取込 #7）");
        assertThat(line.kindJa()).isEqualTo("登録");
        assertThat(line.isUpdate()).isFalse();
        assertThat(line.sourceJa()).isEqualTo("取込 tochigi.csv 12行目");
        assertThat(line.changes())
                .extracting(ChangeHistory.FieldChange::field)
                .containsExactly("actual", "source", "synthetic");
        assertThat(line.changes().get(0).afterSynthetic())
                .as("the value is labelled 架空")
                .isTrue();
        assertThat(line.changes().get(1).afterSynthetic())
                .as("the source is not a value")
                .isFalse();
        assertThat(line.changes().get(2).after()).isEqualTo("はい");
    }

    @Test
    void a_lifted_lock_reads_as_removed() {
        ChangeLog.Change removal = new ChangeLog.Change(
                "fiscal_year_lock",
                "09/2023",
                "DELETE",
                values("locked_by", "honbu"),
                Map.of(),
                "honbu",
                NOON_UTC,
                ChangeSource.form());

        ChangeHistory.Line line = lineOf(removal);

        assertThat(line.actionJa()).isEqualTo("削除");
        assertThat(line.changes()).singleElement().satisfies(c -> {
            assertThat(c.labelJa()).isEqualTo("ロックした人");
            assertThat(c.before()).isEqualTo("honbu");
            assertThat(c.after()).isEmpty();
        });
    }

    /** The KPI page's case (was ValueChangeTest): a note over several lines and a field no label knows. */
    @Test
    void a_new_row_lists_the_fields_it_was_given_and_a_note_over_several_lines_stays_whole() {
        ChangeHistory.Line line = lineOf(inserted(
                Optional.empty(), "actual", "72.2%", "numerator", "", "note", "一行目\n二行目", "unknown_field", "x"));

        assertThat(line.changes())
                .extracting(
                        ChangeHistory.FieldChange::field,
                        ChangeHistory.FieldChange::labelJa,
                        ChangeHistory.FieldChange::after)
                .containsExactly(
                        tuple("actual", "実績", "72.2%"),
                        tuple("note", "備考", "一行目\n二行目"),
                        tuple("unknown_field", "unknown_field", "x"));
    }

    @Test
    void what_a_change_is_about_is_read_from_its_row_key() {
        assertThat(ChangeSubject.of("kpi_result", "09/2023/final/LIFESTYLE_CHECKUP_RATE/2021"))
                .isEqualTo(
                        new ChangeSubject(Optional.of("09"), Optional.of(2023), Optional.of("LIFESTYLE_CHECKUP_RATE")));
        assertThat(ChangeSubject.of("kpi_target", "13/2024/SS_ACHIEVEMENT").kpiCode())
                .contains("SS_ACHIEVEMENT");
        assertThat(ChangeSubject.of("plan_measure", "09/2024/基盤的保険者機能/2"))
                .isEqualTo(new ChangeSubject(Optional.of("09"), Optional.of(2024), Optional.empty()));
        assertThat(ChangeSubject.of("fiscal_year_lock", "09/2023").fiscalYear()).contains(2023);
    }

    @Test
    void a_plan_measures_flattened_fields_are_named_by_their_action_or_kpi() {
        assertThat(ChangeHistory.labelJa("done_text")).isEqualTo("実施状況");
        assertThat(ChangeHistory.labelJa("action2.done_text")).isEqualTo("取組(2)の実施状況");
        assertThat(ChangeHistory.labelJa("kpi.SS_ACHIEVEMENT.item_no")).isEqualTo("KPI「サービススタンダードの達成状況」の項番");
        assertThat(ChangeHistory.labelJa("unknown_field")).isEqualTo("unknown_field");
    }
}
