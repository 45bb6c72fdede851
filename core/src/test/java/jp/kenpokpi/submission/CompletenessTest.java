package jp.kenpokpi.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.kenpokpi.catalogue.ReferenceCatalogue;
import jp.kenpokpi.evaluation.MarkPolicies;
import jp.kenpokpi.evaluation.SelfEvaluation;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.plan.BusinessPlan;
import jp.kenpokpi.plan.Measure;
import jp.kenpokpi.plan.PlanAction;
import jp.kenpokpi.plan.PlanArea;
import jp.kenpokpi.plan.PlanKpi;
import jp.kenpokpi.result.KpiDataSet;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.result.StoredResult;
import jp.kenpokpi.result.StoredTarget;
import jp.kenpokpi.submission.MissingItem.What;
import jp.kenpokpi.value.PrintedValueParser;
import jp.kenpokpi.value.UnreadableValueException;
import org.junit.jupiter.api.Test;

/**
 * What each report needs before the branch may submit it, on a small hand-built year of Tochigi: four KPIs of its
 * FY2023 table and three measures, each complete or lacking one thing.
 */
class CompletenessTest {

    private static final OrgCode TOCHIGI = OrgCode.of("09");
    private static final FiscalYear FY2023 = FiscalYear.of(2023);

    private final List<StoredTarget> targets = new ArrayList<>();
    private final List<StoredResult> results = new ArrayList<>();

    /** Reported in full: its own 実施状況 and a self-evaluation with its reason. */
    private final Measure service = measure(
            PlanArea.CORE,
            2,
            "サービス水準の向上",
            "電話対応チェックシートを毎月実施した。",
            List.of(),
            Optional.of(SelfEvaluation.B),
            "サービススタンダードを遵守した",
            List.of(
                    new PlanKpi("SS_ACHIEVEMENT", 1, Optional.empty()),
                    new PlanKpi("MAIL_APPLICATION_RATE", 2, Optional.of("前年度実績を踏まえ設定"))));
    /** No text of its own; its second action has none either; a grade without its reason. */
    private final Measure dependants = measure(
            PlanArea.CORE,
            7,
            "被扶養者資格の再確認の徹底",
            "",
            List.of(
                    new PlanAction(1, "未提出事業所へ勧奨する", "文書と電話で勧奨した", Optional.empty()),
                    new PlanAction(2, "事業所へ周知する", "", Optional.empty())),
            Optional.of(SelfEvaluation.C),
            "",
            List.of(new PlanKpi("DEPENDENT_CONFIRMATION_RATE", 8, Optional.empty())));
    /** Neither 実施状況 nor a self-evaluation. */
    private final Measure other = measure(
            PlanArea.ORGANISATION,
            3,
            "その他の取組",
            "",
            List.of(),
            Optional.empty(),
            "",
            List.of(new PlanKpi("SINGLE_BID_RATE", 19, Optional.empty())));

    private final BusinessPlan plan =
            new BusinessPlan(TOCHIGI, FY2023, List.of(service, dependants, other), Optional.empty());

    CompletenessTest() {
        target("SS_ACHIEVEMENT", "100%");
        target("MAIL_APPLICATION_RATE", "96.0%以上");
        target("DEPENDENT_CONFIRMATION_RATE", "94.0%以上");
        target("SINGLE_BID_RATE", "20%以下");
        // Met; missed without its narrative; no result and no reason; no result, with the reason in 備考.
        results.add(result(Optional.empty(), "SS_ACHIEVEMENT", "100%", Optional.empty(), Optional.empty()));
        results.add(result(Optional.empty(), "MAIL_APPLICATION_RATE", "93.9%", Optional.empty(), Optional.empty()));
        results.add(result(Optional.empty(), "SINGLE_BID_RATE", "", Optional.of("一般競争入札案件なし"), Optional.empty()));
        // 上期: one result in August, one in October (after 上期), one with its reason for none.
        results.add(result(month(2023, 8), "SS_ACHIEVEMENT", "100%", Optional.empty(), Optional.empty()));
        results.add(result(month(2023, 10), "MAIL_APPLICATION_RATE", "94.1%", Optional.empty(), Optional.empty()));
        results.add(result(month(2023, 9), "SINGLE_BID_RATE", "", Optional.of("上期は入札なし"), Optional.empty()));
    }

    private List<MissingItem> missing(SubmissionKind kind, Optional<BusinessPlan> plan, Set<String> branchSet) {
        BranchYearData data = BranchYearData.of(
                ReferenceCatalogue.get(),
                new KpiDataSet(targets, results),
                MarkPolicies.EXCEEDS,
                TOCHIGI,
                FY2023,
                plan,
                branchSet);
        return kind.missing(data);
    }

    @Test
    void
            the_year_end_report_lists_each_kpi_without_result_or_reason_each_missed_target_without_narrative_and_each_measure_not_reported() {
        List<MissingItem> missing = missing(SubmissionKind.YEAR_END, Optional.of(plan), Set.of());

        assertThat(missing)
                .extracting(MissingItem::what, MissingItem::messageJa)
                .containsExactly(
                        tuple(
                                What.NARRATIVE,
                                "（2）現金給付等の申請に係る郵送化率: 目標を達成していないため、取組内容と達成できなかった理由を入力してください（目標（96.0%以上）に対し実績93.9%：2.1ポイント届かず未達成）"),
                        tuple(What.RESULT, "（8）被扶養者資格の確認対象事業所からの確認書の提出率: 年度実績を入力するか、実績がない理由を備考に入力してください"),
                        tuple(What.DONE_TEXT, "基盤的保険者機能 7．被扶養者資格の再確認の徹底: 具体的取組②の実施状況を入力してください"),
                        tuple(What.SELF_EVALUATION_REASON, "基盤的保険者機能 7．被扶養者資格の再確認の徹底: 自己評価（C）の理由を入力してください"),
                        tuple(What.DONE_TEXT, "組織・運営体制 3．その他の取組: 実施状況を入力してください"),
                        tuple(What.SELF_EVALUATION, "組織・運営体制 3．その他の取組: 自己評価（S〜D）とその理由を入力してください"));
        assertThat(missing.get(0).kpiCode()).contains("MAIL_APPLICATION_RATE");
        assertThat(missing.get(2).measure()).contains(new MissingItem.MeasureRef(PlanArea.CORE, 7, "被扶養者資格の再確認の徹底"));
    }

    @Test
    void a_missed_target_with_its_narrative_and_a_measure_reported_in_full_are_complete() {
        results.removeIf(r -> r.kpiCode().equals("MAIL_APPLICATION_RATE") && r.isFinal());
        results.add(
                result(Optional.empty(), "MAIL_APPLICATION_RATE", "93.9%", Optional.empty(), Optional.of("窓口申請が残った")));
        results.add(
                result(Optional.empty(), "DEPENDENT_CONFIRMATION_RATE", "94.5%", Optional.empty(), Optional.empty()));
        BusinessPlan reported = new BusinessPlan(TOCHIGI, FY2023, List.of(service), Optional.empty());

        assertThat(missing(SubmissionKind.YEAR_END, Optional.of(reported), Set.of()))
                .isEmpty();
    }

    @Test
    void a_report_that_needs_a_plan_says_so_when_there_is_none() {
        assertThat(missing(SubmissionKind.PLAN, Optional.empty(), Set.of()))
                .extracting(MissingItem::what, MissingItem::messageJa)
                .containsExactly(tuple(What.PLAN, "令和5年度の事業計画（施策）が登録されていません"));
        assertThat(missing(SubmissionKind.YEAR_END, Optional.empty(), Set.of()))
                .extracting(MissingItem::what)
                .endsWith(What.PLAN);
    }

    @Test
    void the_plan_report_needs_every_kpi_of_the_plan_with_a_target_and_the_reasoning_where_the_branch_set_it() {
        targets.removeIf(t -> t.kpiCode().equals("SINGLE_BID_RATE"));

        List<MissingItem> missing = missing(
                SubmissionKind.PLAN, Optional.of(plan), Set.of("MAIL_APPLICATION_RATE", "DEPENDENT_CONFIRMATION_RATE"));

        assertThat(missing)
                .extracting(MissingItem::what, MissingItem::messageJa)
                .containsExactly(
                        tuple(What.TARGET_REASONING, "（8）被扶養者資格の確認対象事業所からの確認書の提出率: 支部が設定した目標の「設定に当たっての考え方」を入力してください"),
                        tuple(What.TARGET, "（19）一般競争入札に占める一者応札案件の割合: 目標が設定されていません"));
    }

    @Test
    void the_first_half_report_needs_each_kpi_with_a_result_by_the_end_of_september_or_a_reason() {
        List<MissingItem> missing = missing(SubmissionKind.FIRST_HALF, Optional.of(plan), Set.of());

        assertThat(missing)
                .extracting(MissingItem::kpiCode)
                .containsExactly(Optional.of("MAIL_APPLICATION_RATE"), Optional.of("DEPENDENT_CONFIRMATION_RATE"));
        assertThat(missing.get(0).messageJa())
                .isEqualTo("（2）現金給付等の申請に係る郵送化率: 上期（9月末時点まで）の実績を入力するか、実績がない理由を備考に入力してください");
    }

    @Test
    void a_kpi_neither_targeted_for_the_branch_nor_in_its_plan_is_not_asked_for() {
        BusinessPlan serviceOnly = new BusinessPlan(TOCHIGI, FY2023, List.of(service), Optional.empty());
        targets.removeIf(t -> t.kpiCode().equals("DEPENDENT_CONFIRMATION_RATE"));

        assertThat(missing(SubmissionKind.YEAR_END, Optional.of(serviceOnly), Set.of()))
                .extracting(MissingItem::kpiCode)
                .doesNotContain(Optional.of("DEPENDENT_CONFIRMATION_RATE"));
    }

    private void target(String code, String text) {
        targets.add(new StoredTarget(TOCHIGI, FY2023, code, text, Optional.empty(), Optional.empty(), false));
    }

    private static Optional<AsOf> month(int year, int month) {
        return Optional.of(new AsOf(YearMonth.of(year, month)));
    }

    private static StoredResult result(
            Optional<AsOf> asOf, String code, String actual, Optional<String> note, Optional<String> narrative) {
        Result value;
        try {
            value = actual.isEmpty()
                    ? Result.none()
                    : Result.of(PrintedValueParser.parse(actual).value());
        } catch (UnreadableValueException e) {
            throw new IllegalArgumentException(actual, e);
        }
        return new StoredResult(
                TOCHIGI,
                FY2023,
                asOf,
                code,
                ReferenceCatalogue.definition(code, 2023).definitionFy(),
                actual.isEmpty() ? Optional.empty() : Optional.of(actual),
                value,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                note,
                Optional.empty(),
                false,
                Optional.empty(),
                narrative);
    }

    private static Measure measure(
            PlanArea area,
            int number,
            String title,
            String doneText,
            List<PlanAction> actions,
            Optional<SelfEvaluation> grade,
            String reason,
            List<PlanKpi> kpis) {
        return new Measure(
                number,
                area,
                "業務",
                title,
                "計画",
                doneText,
                "",
                Optional.empty(),
                Optional.empty(),
                grade,
                reason,
                actions,
                kpis);
    }
}
