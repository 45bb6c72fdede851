package jp.kenpokpi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 出典 on the pages names the report, not the transcription's file and lines. */
class SourceTextTest {

    @Test
    void a_transcription_file_reads_as_the_report_it_was_taken_from() {
        assertThat(SourceText.readableJa("tochigi-fy2023-implementation-status.txt l.492-562"))
                .isEqualTo("栃木支部 令和5年度 事業計画の実施状況");
        assertThat(SourceText.readableJa("tochigi-fy2023-implementation-status.txt 概要表 項番(16)"))
                .isEqualTo("栃木支部 令和5年度 事業計画の実施状況 概要表 項番(16)");
        assertThat(SourceText.readableJa("hq-fy2021-first-half-status.txt (1)ⅰ KPIの実績【参考】"))
                .isEqualTo("本部 令和3年度 上期の実施状況 (1)ⅰ KPIの実績【参考】");
    }

    @Test
    void a_report_named_before_its_file_reference_is_not_named_twice() {
        assertThat(SourceText.readableJa("秋田支部 令和7年度事業計画（akita-fy2025-business-plan.txt l.431-490）"))
                .isEqualTo("秋田支部 令和7年度事業計画");
    }

    @Test
    void full_width_digits_read_half_width() {
        assertThat(SourceText.readableJa("akita-fy2025-business-plan.txt 参考：令和５年度ＫＰＩ及び結果（協会全体＋東北６県） l.842"))
                .isEqualTo("秋田支部 令和7年度 事業計画 参考：令和5年度ＫＰＩ及び結果（協会全体＋東北6県）");
    }

    @Test
    void other_sources_stay_as_they_are() {
        assertThat(SourceText.readableJa("画面入力")).isEqualTo("画面入力");
        assertThat(SourceText.readableJa("")).isEmpty();
    }
}
