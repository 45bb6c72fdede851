package jp.kenpokpi.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.catalogue.ReferenceCatalogue;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.result.StoredResult;
import jp.kenpokpi.result.StoredTarget;
import org.junit.jupiter.api.Test;

/**
 * docs/INTERCHANGE.md 「空欄と #削除」: a column the file does not have and an empty cell leave the stored field as
 * it is; the cell #削除 (or ＃削除) empties it; a value the row gives replaces it. A ratio's value laid over a stored
 * numerator and denominator must still agree with them.
 */
class EmptyCellsAndClearingTest {

    private final InterchangeReader reader = new InterchangeReader(ReferenceCatalogue.get());

    /** Tochigi's FY2023 row (概要表 項番(9)) as stored. */
    private final StoredResult stored = only("""
            branch_code,fiscal_year,kpi_code,target,actual,numerator,denominator,national_value,mark,note,source
            09,2023,LIFESTYLE_CHECKUP_RATE,71.7%以上,72.2%,163860,226946,57.7%,◎,※基準変更,tochigi l.1611
            """).resultOver(Optional.empty());

    private InterchangeRow only(String csv) {
        InterchangeReader.Outcome outcome =
                reader.read(List.of(new InterchangeFile("a.csv", csv.getBytes(StandardCharsets.UTF_8))));
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.rows()).hasSize(1);
        return outcome.rows().get(0);
    }

    private List<ImportProblem> problems(String csv) {
        return reader.read(List.of(new InterchangeFile("a.csv", csv.getBytes(StandardCharsets.UTF_8))))
                .problems();
    }

    @Test
    void a_column_the_file_does_not_have_leaves_the_stored_field_as_it_is() {
        InterchangeRow row = only("""
                branch_code,fiscal_year,kpi_code,actual,numerator,denominator
                09,2023,LIFESTYLE_CHECKUP_RATE,72.3%,164087,226946
                """);

        StoredResult merged = row.resultOver(Optional.of(stored));

        assertThat(merged.actualText()).contains("72.3%");
        assertThat(merged.result().numerator()).contains(new BigDecimal("164087"));
        assertThat(merged.nationalValueText()).contains("57.7%");
        assertThat(merged.printedMark()).contains(Mark.EXCEEDED);
        assertThat(merged.note()).contains("※基準変更");
        assertThat(merged.source()).contains("tochigi l.1611");
    }

    @Test
    void an_empty_cell_leaves_the_stored_field_as_it_is_too() {
        InterchangeRow row = only("""
                branch_code,fiscal_year,kpi_code,actual,numerator,denominator,national_value,mark,note,source
                09,2023,LIFESTYLE_CHECKUP_RATE,72.2%,163860,226946,,,,
                """);

        assertThat(row.cleared()).isEmpty();
        assertThat(row.resultOver(Optional.of(stored))).isEqualTo(stored);
    }

    @Test
    void the_clearing_marker_empties_the_stored_field_and_only_that_one() {
        InterchangeRow row = only("""
                branch_code,fiscal_year,kpi_code,national_value,mark,note
                09,2023,LIFESTYLE_CHECKUP_RATE,#削除,＃削除,
                """);

        StoredResult merged = row.resultOver(Optional.of(stored));

        assertThat(row.cleared()).containsExactlyInAnyOrder(InterchangeColumn.NATIONAL_VALUE, InterchangeColumn.MARK);
        assertThat(merged.nationalValueText()).isEmpty();
        assertThat(merged.nationalValue()).isEmpty();
        assertThat(merged.printedMark()).isEmpty();
        assertThat(merged.actualText()).contains("72.2%");
        assertThat(merged.note()).contains("※基準変更");
        // A row that only clears still says something about the result: it is written.
        assertThat(row.carriesResult()).isTrue();
    }

    @Test
    void a_value_and_its_numerator_and_denominator_can_be_cleared_together() {
        InterchangeRow row = only("""
                branch_code,fiscal_year,kpi_code,actual,numerator,denominator
                09,2023,LIFESTYLE_CHECKUP_RATE,#削除,#削除,#削除
                """);

        StoredResult merged = row.resultOver(Optional.of(stored));

        assertThat(merged.actualText()).isEmpty();
        assertThat(merged.result().numerator()).isEmpty();
        assertThat(merged.result().denominator()).isEmpty();
        assertThat(row.problemsOver(merged)).isEmpty();
    }

    @Test
    void a_value_that_no_longer_agrees_with_the_stored_numerator_and_denominator_is_a_problem_of_its_row() {
        InterchangeRow row = only("""
                branch_code,fiscal_year,kpi_code,actual
                09,2023,LIFESTYLE_CHECKUP_RATE,75.0%
                """);

        List<ImportProblem> problems = row.problemsOver(row.resultOver(Optional.of(stored)));

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).describeJa())
                .startsWith("ファイル「a.csv」 2行目 列「actual」: 登録済みの値と合わせると合いません")
                .contains("分子 163860", "#削除");
        // Agreeing with them, it passes.
        InterchangeRow agreeing = only("""
                branch_code,fiscal_year,kpi_code,actual
                09,2023,LIFESTYLE_CHECKUP_RATE,72.2%
                """);
        assertThat(agreeing.problemsOver(agreeing.resultOver(Optional.of(stored))))
                .isEmpty();
    }

    @Test
    void the_key_columns_and_the_target_cannot_be_cleared() {
        assertThat(problems("""
                        branch_code,fiscal_year,kpi_code,target
                        09,2023,LIFESTYLE_CHECKUP_RATE,#削除
                        """)).singleElement().satisfies(p -> {
            assertThat(p.column()).contains("target");
            assertThat(p.messageJa()).contains("目標は消せません");
        });
        assertThat(problems("""
                        branch_code,fiscal_year,as_of,kpi_code,actual
                        09,2023,#削除,LIFESTYLE_CHECKUP_RATE,72.2%
                        """))
                .singleElement()
                .satisfies(p -> assertThat(p.column()).contains("as_of"));
    }

    @Test
    void a_target_row_keeps_the_stored_targets_note_and_source_where_it_does_not_say_them() {
        StoredTarget before = only("""
                        branch_code,fiscal_year,kpi_code,target,note,source
                        09,2023,LIFESTYLE_CHECKUP_RATE,71.7%以上,本部と協議,事業計画 p.3
                        """).targetOver(Optional.empty());
        InterchangeRow row = only("""
                branch_code,fiscal_year,kpi_code,target
                09,2023,LIFESTYLE_CHECKUP_RATE,72.0%以上
                """);

        StoredTarget merged = row.targetOver(Optional.of(before));

        assertThat(merged.text()).isEqualTo("72.0%以上");
        assertThat(merged.note()).contains("本部と協議");
        assertThat(merged.source()).contains("事業計画 p.3");
    }

    @Test
    void synthetic_follows_the_source_the_row_gives_else_the_stored_flag() {
        StoredResult synthetic = only("""
                        branch_code,fiscal_year,kpi_code,actual,source
                        09,2023,DEPENDENT_CHECKUP_RATE,30.6%,架空
                        """).resultOver(Optional.empty());
        assertThat(synthetic.synthetic()).isTrue();

        InterchangeRow withoutSource = only("""
                branch_code,fiscal_year,kpi_code,actual
                09,2023,DEPENDENT_CHECKUP_RATE,30.7%
                """);
        assertThat(withoutSource.resultOver(Optional.of(synthetic)).synthetic()).isTrue();

        InterchangeRow realSource = only("""
                branch_code,fiscal_year,kpi_code,actual,source
                09,2023,DEPENDENT_CHECKUP_RATE,30.7%,栃木支部 報告書
                """);
        assertThat(realSource.resultOver(Optional.of(synthetic)).synthetic()).isFalse();
    }
}
