package jp.kenpokpi.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.evaluation.SelfEvaluation;
import jp.kenpokpi.period.FiscalYear;
import org.junit.jupiter.api.Test;

/**
 * A measure's plan as typed on the web: the rules it is held to (those of the plan CSV), what it changes and keeps,
 * which half of the measure a change touches (PlanPart), and a year started from the one before.
 */
class MeasurePlanTest {

    static final FiscalYear FY2024 = FiscalYear.of(2024);
    static final Map<String, String> CATALOGUE = Map.of(
            "SS_ACHIEVEMENT", "サービススタンダードの達成状況",
            "MAIL_APPLICATION_RATE", "郵送化率",
            "LIFESTYLE_CHECKUP_RATE", "特定健診実施率");
    static final Measure REPORTED = new Measure(
            2,
            PlanArea.CORE,
            "業務",
            "サービス水準の向上",
            "計画",
            "遵守した",
            "課題",
            Optional.of("重要"),
            Optional.empty(),
            Optional.of(SelfEvaluation.A),
            "上回った",
            List.of(
                    new PlanAction(1, "標準化", "徹底した", Optional.empty()),
                    new PlanAction(2, "郵送化", "済", Optional.of(Mark.EXCEEDED))),
            List.of(new PlanKpi("SS_ACHIEVEMENT", 1, Optional.of("100%を維持する"))));
    static final Measure OTHER = new Measure(
            1,
            PlanArea.STRATEGIC,
            "保健",
            "特定健診",
            "",
            "",
            "",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            "",
            List.of(),
            List.of(new PlanKpi("LIFESTYLE_CHECKUP_RATE", 3, Optional.empty())));

    private static MeasurePlan plan(List<MeasurePlan.ActionPlan> actions, List<MeasurePlan.KpiLink> kpis) {
        return new MeasurePlan("業務", "サービス水準の向上", "新しい計画", "重要", "", actions, kpis);
    }

    @Test
    void a_plan_as_stored_has_no_problem_and_changes_nothing() {
        MeasurePlan unchanged = MeasurePlan.of(REPORTED);
        assertThat(unchanged.problems(FY2024, List.of(OTHER), CATALOGUE)).isEmpty();
        assertThat(unchanged.applyTo(REPORTED)).isEqualTo(REPORTED);
    }

    @Test
    void the_title_action_plans_kpis_and_item_numbers_are_checked_naming_the_row_and_the_measure_that_has_them() {
        MeasurePlan bad = new MeasurePlan(
                "業務",
                " ",
                "",
                "",
                "",
                List.of(new MeasurePlan.ActionPlan(1, " ")),
                List.of(
                        new MeasurePlan.KpiLink("LIFESTYLE_CHECKUP_RATE", "3", ""),
                        new MeasurePlan.KpiLink("NO_SUCH_KPI", "1000", ""),
                        new MeasurePlan.KpiLink("", "x", ""),
                        new MeasurePlan.KpiLink("SS_ACHIEVEMENT", "5", "あ".repeat(2001)),
                        new MeasurePlan.KpiLink("SS_ACHIEVEMENT", "５", "")));

        assertThat(bad.problems(FY2024, List.of(OTHER), CATALOGUE))
                .containsExactly(
                        new MeasurePlan.Problem(MeasurePlan.Field.TITLE, 0, "施策名を入力してください"),
                        new MeasurePlan.Problem(MeasurePlan.Field.ACTION_PLAN_TEXT, 0, "取組の計画を入力してください"),
                        new MeasurePlan.Problem(
                                MeasurePlan.Field.KPI_CODE,
                                0,
                                "このKPIは施策「1．特定健診（戦略的保険者機能）」に設定されています（KPIは計画の1つの施策にだけ設定できます）"),
                        new MeasurePlan.Problem(
                                MeasurePlan.Field.KPI_ITEM, 0, "項番(3)は施策「1．特定健診（戦略的保険者機能）」のKPI「特定健診実施率」で使われています"),
                        new MeasurePlan.Problem(MeasurePlan.Field.KPI_CODE, 1, "KPI「NO_SUCH_KPI」は令和6年度のKPI一覧にありません"),
                        new MeasurePlan.Problem(MeasurePlan.Field.KPI_ITEM, 1, "項番は1〜999の整数で入力してください"),
                        new MeasurePlan.Problem(MeasurePlan.Field.KPI_CODE, 2, "KPIを選んでください"),
                        new MeasurePlan.Problem(MeasurePlan.Field.KPI_ITEM, 2, "項番は1〜999の整数で入力してください"),
                        new MeasurePlan.Problem(MeasurePlan.Field.KPI_REASONING, 3, "長すぎます（2001文字、2000文字まで）"),
                        new MeasurePlan.Problem(MeasurePlan.Field.KPI_CODE, 4, "このKPIはこの施策の4行目にもあります"),
                        new MeasurePlan.Problem(MeasurePlan.Field.KPI_ITEM, 4, "項番(5)はこの施策の4行目でも使われています"));
    }

    @Test
    void applying_a_plan_keeps_what_was_reported_against_kept_actions_and_numbers_new_ones_after_the_last() {
        Measure planned = plan(
                        List.of(new MeasurePlan.ActionPlan(2, "郵送化を進める"), new MeasurePlan.ActionPlan(0, "電子申請")),
                        List.of(new MeasurePlan.KpiLink("MAIL_APPLICATION_RATE", "２", "前年度以上")))
                .applyTo(REPORTED);

        assertThat(planned.planText()).isEqualTo("新しい計画");
        assertThat(planned.doneText()).isEqualTo("遵守した");
        assertThat(planned.selfEvaluation()).contains(SelfEvaluation.A);
        assertThat(planned.actions())
                .containsExactly(
                        new PlanAction(2, "郵送化を進める", "済", Optional.of(Mark.EXCEEDED)),
                        new PlanAction(3, "電子申請", "", Optional.empty()));
        assertThat(planned.kpis()).containsExactly(new PlanKpi("MAIL_APPLICATION_RATE", 2, Optional.of("前年度以上")));
        assertThat(PlanPart.touched(Optional.of(REPORTED), Optional.of(planned)))
                .as("action 1 removed with what was done")
                .containsExactlyInAnyOrder(PlanPart.PLAN, PlanPart.YEAR_END);
    }

    @Test
    void a_change_touches_the_plan_the_year_end_or_both() {
        Measure reasoning = MeasurePlan.of(REPORTED).applyTo(REPORTED);
        assertThat(PlanPart.touched(Optional.of(REPORTED), Optional.of(reasoning)))
                .isEmpty();
        Measure newReasoning = plan(
                        List.of(new MeasurePlan.ActionPlan(1, "標準化"), new MeasurePlan.ActionPlan(2, "郵送化")),
                        List.of(new MeasurePlan.KpiLink("SS_ACHIEVEMENT", "1", "新しい考え方")))
                .applyTo(REPORTED);
        assertThat(PlanPart.touched(Optional.of(REPORTED), Optional.of(newReasoning)))
                .containsExactly(PlanPart.PLAN);
        Measure reported =
                new MeasureReport("別の実施状況", "課題", Optional.of(SelfEvaluation.A), "上回った", Map.of()).applyTo(REPORTED);
        assertThat(PlanPart.touched(Optional.of(REPORTED), Optional.of(reported)))
                .containsExactly(PlanPart.YEAR_END);
        Measure fresh = MeasurePlan.newMeasure(PlanArea.CORE, 3, "業務", "新しい施策");
        assertThat(PlanPart.touched(Optional.empty(), Optional.of(fresh))).containsExactly(PlanPart.PLAN);
        assertThat(PlanPart.touched(Optional.of(fresh), Optional.empty())).containsExactly(PlanPart.PLAN);
        assertThat(PlanPart.touched(Optional.of(REPORTED), Optional.empty()))
                .containsExactlyInAnyOrder(PlanPart.PLAN, PlanPart.YEAR_END);
    }

    @Test
    void a_year_started_from_the_one_before_keeps_the_plan_and_drops_what_was_reported_and_kpis_no_longer_listed() {
        Measure copied = REPORTED.withoutYearEnd(code -> !code.equals("SS_ACHIEVEMENT"));
        assertThat(copied)
                .isEqualTo(new Measure(
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
                                new PlanAction(2, "郵送化", "", Optional.empty())),
                        List.of()));
        assertThat(REPORTED.withoutYearEnd(code -> true).kpis()).isEqualTo(REPORTED.kpis());
    }
}
