package jp.kenpokpi.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import jp.kenpokpi.value.Unit;
import jp.kenpokpi.value.ValueFormat;
import org.junit.jupiter.api.Test;

/** Issue 8 (14): one vocabulary, each wording declared once. */
class MarkWordingTest {

    @Test
    void a_cross_is_mijisshi_everywhere_the_legend_is_printed() {
        assertThat(Mark.NOT_CARRIED_OUT.legendJa()).isEqualTo("未実施");
        assertThat(Mark.legendLineJa())
                .isEqualTo("◎計画を上回る実施状況　○計画どおりの実施状況　△計画を下回る実施状況　×未実施　—実績なし・判定なし")
                .doesNotContain("実施していない");
    }

    @Test
    void times_per_month_reads_maitsuki_n_kai_never_n_kai_per_month() {
        assertThat(Unit.TIMES_PER_MONTH.withNumber("2")).isEqualTo("毎月2回");
        assertThat(ValueFormat.amount(new BigDecimal("2"), Unit.TIMES_PER_MONTH))
                .isEqualTo("毎月2回");
        assertThat(Unit.PERCENT.withNumber("72.2")).isEqualTo("72.2%");
        assertThat(Unit.TIMES_PER_MONTH.nameJa()).doesNotContain("/");
    }

    @Test
    void a_count_of_branches_reads_in_half_width_digits_even_where_the_report_printed_full_width() {
        jp.kenpokpi.catalogue.KpiDefinition opinion = jp.kenpokpi.catalogue.CatalogueCsv.reference()
                .get("OPINION_ADVOCACY")
                .latest();
        assertThat(jp.kenpokpi.summary.ResultText.of(
                        java.util.Optional.of("６支部"),
                        jp.kenpokpi.result.Result.of(new jp.kenpokpi.value.PrintedValue.BranchCount(6)),
                        opinion))
                .contains("6支部");
    }
}
