package jp.kenpokpi.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.evaluation.SelfEvaluation;
import org.junit.jupiter.api.Test;

/** A measure's year-end report as entered on the web: the self-evaluation rules, and what it changes. */
class MeasureReportTest {

    static final Measure MEASURE = new Measure(
            2,
            PlanArea.CORE,
            "業務",
            "サービス水準の向上",
            "計画",
            "",
            "",
            Optional.of("重要"),
            Optional.empty(),
            Optional.empty(),
            "",
            List.of(
                    new PlanAction(1, "標準化", "", Optional.empty()),
                    new PlanAction(2, "郵送化", "済", Optional.of(Mark.EXCEEDED))),
            List.of(new PlanKpi("SS_ACHIEVEMENT", 1, Optional.empty())));

    @Test
    void a_self_evaluation_needs_its_reason_and_a_reason_its_self_evaluation() {
        assertThat(new MeasureReport("", "", Optional.of(SelfEvaluation.B), " ", Map.of()).problems())
                .containsExactly(
                        new MeasureReport.Problem(MeasureReport.Field.SELF_EVALUATION_REASON, "自己評価（B）の理由を入力してください"));
        assertThat(new MeasureReport("", "", Optional.empty(), "理由", Map.of()).problems())
                .extracting(MeasureReport.Problem::field)
                .containsExactly(MeasureReport.Field.SELF_EVALUATION);
        assertThat(new MeasureReport("", "", Optional.of(SelfEvaluation.B), "概ね計画どおり", Map.of()).problems())
                .isEmpty();
        assertThat(new MeasureReport("", "", Optional.empty(), "", Map.of()).problems())
                .isEmpty();
    }

    @Test
    void an_actions_done_text_is_held_to_the_rules_of_the_measures_texts_and_names_its_action() {
        MeasureReport report = new MeasureReport(
                "",
                "",
                Optional.empty(),
                "",
                Map.of(
                        2, new MeasureReport.ActionReport("周知した\u001b[2J", Optional.empty()),
                        1, new MeasureReport.ActionReport("二行に\nわたる", Optional.empty())));
        assertThat(report.problems())
                .extracting(MeasureReport.Problem::field, MeasureReport.Problem::messageJa)
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.toList().get(0)).isEqualTo(MeasureReport.Field.DONE_TEXT);
                    assertThat((String) p.toList().get(1))
                            .startsWith("具体的取組2の実施状況: ")
                            .contains("エスケープ文字");
                });
    }

    @Test
    void the_report_changes_what_was_done_and_the_judgement_but_not_the_plan() {
        Measure reported = new MeasureReport(
                        " 遵守した ",
                        "課題",
                        Optional.of(SelfEvaluation.A),
                        "上回った",
                        Map.of(1, new MeasureReport.ActionReport("徹底した", Optional.of(Mark.AS_PLANNED))))
                .applyTo(MEASURE);

        assertThat(reported.doneText()).isEqualTo("遵守した");
        assertThat(reported.issues()).isEqualTo("課題");
        assertThat(reported.selfEvaluation()).contains(SelfEvaluation.A);
        assertThat(reported.actions())
                .containsExactly(
                        new PlanAction(1, "標準化", "徹底した", Optional.of(Mark.AS_PLANNED)),
                        MEASURE.actions().get(1));
        assertThat(reported)
                .extracting(Measure::title, Measure::planText, Measure::importanceReason, Measure::kpis)
                .containsExactly("サービス水準の向上", "計画", Optional.of("重要"), MEASURE.kpis());
    }
}
