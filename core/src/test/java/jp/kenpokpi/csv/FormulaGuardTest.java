package jp.kenpokpi.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.kenpokpi.catalogue.ReferenceCatalogue;
import jp.kenpokpi.interchange.InterchangeFile;
import jp.kenpokpi.plan.BusinessPlan;
import jp.kenpokpi.plan.Measure;
import jp.kenpokpi.plan.PlanCsv;
import jp.kenpokpi.plan.PlanCsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Formula injection: every CSV written neutralises a formula-like cell, and reading it back gives the value. */
class FormulaGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1)", "\t=1"})
    void a_formula_like_field_is_written_with_an_apostrophe_and_restored(String text) throws CsvFormatException {
        String field = CsvWriter.field(text);
        assertThat(FormulaGuard.startsLikeFormula(
                        CsvParser.parse(field + "\n").get(0).fields().get(0)))
                .isFalse();
        assertThat(FormulaGuard.restore(
                        CsvParser.parse(new CsvWriter().row(List.of(text)).toString())
                                .get(0)
                                .fields()
                                .get(0)))
                .isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "-0.68%", "+1.5", "72.2%", "1,330", "通常の備考", "'引用"})
    void numbers_and_ordinary_texts_are_written_as_they_are(String text) throws CsvFormatException {
        assertThat(CsvWriter.field(text)).isEqualTo(text.contains(",") ? "\"" + text + "\"" : text);
        assertThat(FormulaGuard.restore(text)).isEqualTo(text);
    }

    @Test
    void a_plan_with_formula_like_texts_written_as_csv_reads_back_the_same() throws CsvFormatException {
        String csv = String.join(
                        "\n",
                        "branch_code,fiscal_year,record,area,measure_no,group,title,plan_text,done_text,issues",
                        "09,2023,measure,基盤的保険者機能,1,業務,題名,計画,実施,")
                + "\n";
        PlanCsv reader = new PlanCsv(ReferenceCatalogue.get());
        BusinessPlan plan = reader.read(List.of(new InterchangeFile("p.csv", csv.getBytes(StandardCharsets.UTF_8))))
                .plans()
                .get(0);
        Measure m = plan.measures().get(0);
        Measure hostile = new Measure(
                m.number(),
                m.area(),
                m.group(),
                "+cmd|' /C calc'!A0",
                "=HYPERLINK(\"http://evil.invalid\",\"詳細\")",
                "-2+3",
                "@SUM(A1:A2)\n二行目",
                m.importanceReason(),
                m.difficultyReason(),
                m.selfEvaluation(),
                m.selfEvaluationReason(),
                m.actions(),
                m.kpis());
        BusinessPlan written = new BusinessPlan(plan.organisation(), plan.year(), List.of(hostile), plan.source());

        String out = PlanCsvWriter.write(List.of(written));
        for (CsvRecord record : CsvParser.parse(out)) {
            for (String cell : record.fields()) {
                assertThat(FormulaGuard.startsLikeFormula(cell))
                        .as("live cell %s", cell)
                        .isFalse();
            }
        }
        BusinessPlan back = reader.read(List.of(new InterchangeFile("back.csv", out.getBytes(StandardCharsets.UTF_8))))
                .plans()
                .get(0);
        assertThat(back.measures().get(0)).isEqualTo(hostile);
    }
}
