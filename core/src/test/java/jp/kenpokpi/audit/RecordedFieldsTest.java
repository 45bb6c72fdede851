package jp.kenpokpi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a history line or an import preview shows: names and Japanese words, not identifiers. */
class RecordedFieldsTest {

    @Test
    void a_plan_kpi_field_names_the_kpi_not_its_code() {
        assertThat(RecordedFields.labelJa("kpi.LIFESTYLE_CHECKUP_RATE.item_no"))
                .isEqualTo("KPI「生活習慣病予防健診実施率」の項番")
                .doesNotContain("LIFESTYLE_CHECKUP_RATE");
        assertThat(RecordedFields.labelJa("action2.done_text")).isEqualTo("取組(2)の実施状況");
    }

    @Test
    void synthetic_reads_yes_or_no_and_a_source_its_report() {
        assertThat(RecordedFields.shownJa("synthetic", "true")).isEqualTo("はい");
        assertThat(RecordedFields.shownJa("synthetic", "false")).isEqualTo("いいえ");
        assertThat(RecordedFields.shownJa("source", "tochigi-fy2023-implementation-status.txt l.492-562"))
                .isEqualTo("栃木支部 令和5年度 事業計画の実施状況");
        assertThat(RecordedFields.shownJa("actual", "72.2%")).isEqualTo("72.2%");
    }

    @Test
    void a_budget_items_amounts_read_as_yen_under_their_names() {
        assertThat(RecordedFields.labelJa("executed")).isEqualTo("執行額");
        assertThat(RecordedFields.labelJa("budget")).isEqualTo("予算額");
        assertThat(RecordedFields.shownJa("executed", "1644044")).isEqualTo("1,644,044円");
        assertThat(RecordedFields.shownJa("budget", "")).isEmpty();
    }
}
