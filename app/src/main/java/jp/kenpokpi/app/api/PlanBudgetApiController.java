package jp.kenpokpi.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import jp.kenpokpi.app.budget.BudgetRepository;
import jp.kenpokpi.app.plan.PlanRepository;
import jp.kenpokpi.budget.BudgetAmounts;
import jp.kenpokpi.budget.BudgetExecution;
import jp.kenpokpi.budget.ExecutionRate;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.plan.BusinessPlan;
import jp.kenpokpi.plan.Measure;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** A branch's business plan (事業計画) and budget execution (予算執行) of a year, as /plan and /budget read them. */
@RestController
@ProblemResponses
@Tag(name = "事業計画・予算", description = "支部の年度の事業計画（施策、行動計画、KPI）と予算執行")
class PlanBudgetApiController {

    private final PlanRepository plans;
    private final BudgetRepository budgets;

    PlanBudgetApiController(PlanRepository plans, BudgetRepository budgets) {
        this.plans = plans;
        this.budgets = budgets;
    }

    @Schema(description = "施策の行動計画（①②…）")
    record ActionJson(
            @Schema(description = "番号", example = "1") int number,
            @Schema(description = "報告書の番号", example = "①") String label,
            @Schema(description = "計画") String plan,
            @Schema(description = "実施状況") String done,

            @Schema(description = "KPI のない行動の実施状況の記号", example = "○")
            String mark) {}

    @Schema(description = "施策に付いた KPI")
    record PlanKpiJson(
            @Schema(description = "KPIコード") String kpiCode,
            @Schema(description = "項番", example = "9") int item,
            @Schema(description = "目標の設定に当たっての考え方") String targetReasoning) {}

    @Schema(description = "事業計画の施策")
    record MeasureJson(
            @Schema(description = "分野（CORE、… のコード）", example = "CORE")
            String area,

            @Schema(description = "分野の名称") String areaName,

            @Schema(description = "施策の番号（分野の中で）", example = "2")
            int number,

            @Schema(description = "担当グループ") String group,
            @Schema(description = "施策名") String title,
            @Schema(description = "計画") String plan,
            @Schema(description = "実施状況") String done,
            @Schema(description = "課題") String issues,
            @Schema(description = "【重要度：高】の理由（ないときは null）") String importanceReason,
            @Schema(description = "【困難度：高】の理由（ないときは null）") String difficultyReason,

            @Schema(description = "自己評価（S〜D）", example = "A")
            String selfEvaluation,

            @Schema(description = "自己評価の理由") String selfEvaluationReason,
            @Schema(description = "行動計画") List<ActionJson> actions,
            @Schema(description = "KPI") List<PlanKpiJson> kpis) {

        static MeasureJson of(Measure m) {
            return new MeasureJson(
                    m.area().name(),
                    m.area().nameJa(),
                    m.number(),
                    m.group(),
                    m.title(),
                    m.planText(),
                    m.doneText(),
                    m.issues(),
                    m.importanceReason().orElse(null),
                    m.difficultyReason().orElse(null),
                    m.selfEvaluation().map(Enum::name).orElse(null),
                    m.selfEvaluationReason(),
                    m.actions().stream()
                            .map(a -> new ActionJson(
                                    a.number(),
                                    a.label(),
                                    a.planText(),
                                    a.doneText(),
                                    a.mark().map(Mark::symbol).orElse(null)))
                            .toList(),
                    m.kpis().stream()
                            .map(k -> new PlanKpiJson(
                                    k.kpiCode(), k.item(), k.targetReasoning().orElse(null)))
                            .toList());
        }
    }

    @Schema(description = "支部の年度の事業計画")
    record PlanJson(
            @Schema(description = "組織コード", example = "09") String branch,
            @Schema(description = "組織の名称", example = "栃木支部") String branchName,
            @Schema(description = "年度", example = "2023") int year,
            @Schema(description = "出典（取込ファイルなど）") String source,
            @Schema(description = "施策（分野、番号の順）") List<MeasureJson> measures) {}

    @GetMapping("/api/v1/plans/{branch}/{year}")
    @Operation(
            summary = "事業計画",
            description = "支部の年度の事業計画（施策、【重要度：高】【困難度：高】、計画と実施状況、課題、自己評価、行動計画、KPI と項番）を"
                    + "事業計画の画面（/plan）と同じ内容で返します。計画がなければ 404 です。")
    PlanJson plan(
            @Parameter(description = "組織コード（01〜47 支部）", example = "09") @PathVariable String branch,
            @Parameter(description = "年度", example = "2023") @PathVariable String year) {
        Organisation org = ApiParameters.organisationInPath(branch);
        FiscalYear fy = ApiParameters.yearInPath(year);
        BusinessPlan plan = plans.find(org.code(), fy)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, org.nameJa() + " " + fy.japanese() + "の事業計画は登録されていません"));
        return new PlanJson(
                org.code().value(),
                org.nameJa(),
                fy.value(),
                plan.source().orElse(null),
                plan.measures().stream().map(MeasureJson::of).toList());
    }

    @Schema(description = "予算額・執行額・執行率")
    record AmountsJson(
            @Schema(description = "予算額（円）", example = "1644044")
            long budget,

            @Schema(description = "執行額（円）", example = "1321000")
            long executed,

            @Schema(description = "執行率（%。予算額0円のときは null）", example = "80.4")
            BigDecimal rate,

            @Schema(description = "予算超過か（執行額が予算額を上回る）") boolean overExecuted) {

        static AmountsJson of(BudgetAmounts a) {
            return new AmountsJson(
                    a.budget(),
                    a.executed(),
                    a.rate().map(ExecutionRate::percent).orElse(null),
                    a.overExecuted());
        }
    }

    @Schema(description = "予算の取組")
    record BudgetItemJson(
            @Schema(description = "番号", example = "1") int number,
            @Schema(description = "取組名") String name,
            @Schema(description = "金額") AmountsJson amounts,
            @Schema(description = "架空（サンプルデータ）の値か") boolean synthetic) {}

    @Schema(description = "予算の分野と小計")
    record BudgetCategoryJson(
            @Schema(description = "分野名") String name,
            @Schema(description = "小計") AmountsJson subtotal,
            @Schema(description = "取組") List<BudgetItemJson> items) {}

    @Schema(description = "予算（事業の区分）と合計")
    record BudgetSectionJson(
            @Schema(description = "予算の名前") String name,
            @Schema(description = "合計") AmountsJson total,
            @Schema(description = "分野") List<BudgetCategoryJson> categories) {}

    @Schema(description = "支部の年度の予算執行")
    record BudgetJson(
            @Schema(description = "組織コード", example = "09") String branch,
            @Schema(description = "組織の名称", example = "栃木支部") String branchName,
            @Schema(description = "年度", example = "2023") int year,
            @Schema(description = "架空（サンプルデータ）の値を含むか") boolean synthetic,
            @Schema(description = "予算") List<BudgetSectionJson> sections) {

        static BudgetJson of(Organisation org, BudgetExecution b) {
            return new BudgetJson(
                    org.code().value(),
                    org.nameJa(),
                    b.year().value(),
                    b.synthetic(),
                    b.sections().stream()
                            .map(s -> new BudgetSectionJson(
                                    s.nameJa(),
                                    AmountsJson.of(s.total()),
                                    s.categories().stream()
                                            .map(c -> new BudgetCategoryJson(
                                                    c.nameJa(),
                                                    AmountsJson.of(c.subtotal()),
                                                    c.items().stream()
                                                            .map(i -> new BudgetItemJson(
                                                                    i.number(),
                                                                    i.nameJa(),
                                                                    AmountsJson.of(i.amounts()),
                                                                    i.synthetic()))
                                                            .toList()))
                                            .toList()))
                            .toList());
        }
    }

    @GetMapping("/api/v1/budgets/{branch}/{year}")
    @Operation(
            summary = "予算執行",
            description = "支部の年度の予算執行（予算、分野、取組ごとの予算額・執行額・執行率、小計と合計、予算超過）を" + "予算の画面（/budget）と同じ内容で返します。予算がなければ 404 です。")
    BudgetJson budget(
            @Parameter(description = "組織コード（01〜47 支部）", example = "09") @PathVariable String branch,
            @Parameter(description = "年度", example = "2023") @PathVariable String year) {
        Organisation org = ApiParameters.organisationInPath(branch);
        FiscalYear fy = ApiParameters.yearInPath(year);
        return BudgetJson.of(
                org,
                budgets.find(org.code(), fy)
                        .orElseThrow(() -> new ResponseStatusException(
                                HttpStatus.NOT_FOUND, org.nameJa() + " " + fy.japanese() + "の予算は登録されていません")));
    }
}
