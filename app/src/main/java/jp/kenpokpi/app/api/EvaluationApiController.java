package jp.kenpokpi.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.app.report.CouncilReports.Scope;
import jp.kenpokpi.app.report.KpiSummaryReports;
import jp.kenpokpi.app.summary.SummaryService;
import jp.kenpokpi.catalogue.Kpi;
import jp.kenpokpi.catalogue.KpiCatalogue;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.comparison.ComparisonCell;
import jp.kenpokpi.comparison.ComparisonRow;
import jp.kenpokpi.comparison.ComparisonTable;
import jp.kenpokpi.evaluation.MarkPolicy;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.ranking.NationalValue;
import jp.kenpokpi.ranking.RankedBranch;
import jp.kenpokpi.report.PlanResults;
import jp.kenpokpi.summary.SummaryRow;
import jp.kenpokpi.value.Figure;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The judged figures: a branch's year as the dashboard and R1 show it, the ranking of the branches on a KPI, and the
 * cross-branch comparison; all from SummaryService, the service the pages and the command line read, so the API
 * answers with the same marks, reasons and values.
 */
@RestController
@ProblemResponses
@Tag(name = "評価", description = "評価（ダッシュボードの行）、順位、支部比較：画面・報告資料と同じ判定")
class EvaluationApiController {

    private final SummaryService summaries;
    private final KpiSummaryReports numbered;

    EvaluationApiController(SummaryService summaries, KpiSummaryReports numbered) {
        this.summaries = summaries;
        this.numbered = numbered;
    }

    @Schema(description = "前年度・前々年度の実績")
    record PriorYearJson(
            @Schema(description = "年度", example = "2022") int year,
            @Schema(description = "実績（ラベル付き）") FigureJson figure,
            @Schema(description = "今年度と同じ定義の版で比較できるか") boolean comparable) {}

    @Schema(description = "評価1行：ダッシュボードと R1（事業計画実施状況（概要））の1行と同じ")
    record EvaluationJson(
            @Schema(description = "項番（事業計画の番号。計画がなければカタログ順）", example = "9")
            int item,

            @Schema(description = "KPIコード", example = "LIFESTYLE_CHECKUP_RATE")
            String kpiCode,

            @Schema(description = "KPI名", example = "生活習慣病予防健診実施率")
            String kpiName,

            @Schema(description = "分野") String area,
            @Schema(description = "担当グループ") String group,
            @Schema(description = "前々年度と前年度の実績") List<PriorYearJson> priorYears,
            @Schema(description = "目標（ラベル付き）") FigureJson target,
            @Schema(description = "実績（ラベル付き）") FigureJson actual,
            @Schema(description = "実施状況（判定した記号）") MarkJson mark,

            @Schema(description = "報告書の記号（報告書に印刷された記号。ないときは null）", example = "◎")
            String printedMark,

            @Schema(description = "判定の理由", example = "目標（71.7%以上）に対し実績72.2%：0.5ポイント上回り達成")
            String reason,

            @Schema(description = "全国平均（協会全体の値。公表値、または支部の値から算出したもの：ラベル 算）")
            FigureJson nationalValue,

            @Schema(description = "全国平均の出典") String nationalValueSource,

            @Schema(description = "支部の分子・分母から算出した協会全体の値（Σ分子／Σ分母など）")
            BigDecimal associationWideValue,

            @Schema(description = "協会全体の値の求め方") String associationWideExplanation,

            @Schema(description = "実績のある支部の中での順位（協会は null）", example = "3")
            Integer rank,

            @Schema(description = "順位を付けた支部の数", example = "47")
            int rankedBranches,

            @Schema(description = "翌年度の目標（ラベル付き）") FigureJson nextYearTarget,
            @Schema(description = "備考") String note,
            @Schema(description = "自己評価と取組内容（画面の備考欄の2行目以降）") List<String> commentary,

            @Schema(description = "その年度の目標または実績が架空（サンプルデータ）か")
            boolean synthetic) {

        static EvaluationJson of(PlanResults.ItemRow numbered) {
            SummaryRow r = numbered.row();
            return new EvaluationJson(
                    numbered.item(),
                    r.definition().kpiCode(),
                    r.definition().nameJa(),
                    r.definition().areaJa(),
                    r.definition().groupJa(),
                    r.priorYears().stream()
                            .map(p -> new PriorYearJson(p.year().value(), FigureJson.of(p.figure()), p.comparable()))
                            .toList(),
                    FigureJson.of(r.targetFigure()),
                    FigureJson.of(r.actualFigure()),
                    MarkJson.of(r.evaluation().mark()),
                    r.printedMark().map(m -> m.symbol()).orElse(null),
                    r.evaluation().outcome().reason(),
                    FigureJson.of(r.nationalFigure()),
                    r.nationalValue().map(NationalValue::sourceJa).orElse(null),
                    r.associationWide().value().orElse(null),
                    r.associationWide().explanationJa(),
                    r.rank().orElse(null),
                    r.rankedBranches(),
                    FigureJson.of(r.nextYearTargetFigure()),
                    r.note().orElse(null),
                    r.commentaryJa(),
                    r.synthetic());
        }
    }

    @GetMapping("/api/v1/evaluations")
    @Operation(
            summary = "評価（ダッシュボードの行）",
            description = "組織の年度の KPI ごとの評価を、ダッシュボードと R1 と同じ行で返します：目標、実績、実施状況（記号）、判定の理由、"
                    + "全国平均、順位、翌年度の目標。事業計画があればその項番の順です。")
    ApiPage<EvaluationJson> evaluations(
            @Parameter(description = "組織コード（00 協会、01〜47 支部）", example = "09", required = true) @RequestParam
                    String branch,
            @Parameter(description = "年度", example = "2023", required = true) @RequestParam String year,
            @Parameter(description = "判定方法（exceeds：目標を上回れば◎、large-margin：大きく上回れば◎、large-margin:15 など）")
                    @RequestParam(defaultValue = "exceeds")
                    String policy,
            @Parameter(description = "KPIコード（その KPI の行だけ）", example = "LIFESTYLE_CHECKUP_RATE")
                    @RequestParam(required = false)
                    String kpi,
            @Parameter(description = "分野（その分野の行だけ）") @RequestParam(required = false) String area,
            @Parameter(description = "担当グループ（そのグループの行だけ）") @RequestParam(required = false) String group,
            @ParameterObject PageParameters pages) {
        Paging paging = pages.paging();
        Organisation org = ApiParameters.organisation("branch", branch);
        FiscalYear fy = yearOfCatalogue(year);
        MarkPolicy markPolicy = ApiParameters.policy("policy", policy);
        Optional<String> kpiCode =
                ApiParameters.kpiIfGiven("kpi", kpi, summaries.catalogue()).map(Kpi::code);
        // The dashboard's rows: the summary in the branch's own 項番 order, as R1 numbers them.
        List<PlanResults.ItemRow> rows = numbered.numberedRows(org.code(), fy, markPolicy);
        return paging.of(rows.stream()
                .filter(n -> kpiCode.map(n.row().definition().kpiCode()::equals).orElse(true))
                .filter(n -> ApiParameters.given(area)
                        .map(n.row().definition().areaJa()::equals)
                        .orElse(true))
                .filter(n -> ApiParameters.given(group)
                        .map(n.row().definition().groupJa()::equals)
                        .orElse(true))
                .map(EvaluationJson::of)
                .toList());
    }

    @Schema(description = "順位1件")
    record RankJson(
            @Schema(description = "順位（同じ値は同じ順位）", example = "1")
            int rank,

            @Schema(description = "支部の組織コード", example = "09")
            String branch,

            @Schema(description = "支部の名称", example = "栃木支部") String branchName,
            @Schema(description = "実績（報告する桁数での数値とラベル）") FigureJson value) {}

    @Schema(description = "KPI の支部の順位と協会全体の値")
    record RankingJson(
            @Schema(description = "KPIコード") String kpiCode,
            @Schema(description = "KPI名") String kpiName,
            @Schema(description = "年度", example = "2023") int year,
            @Schema(description = "支部の値から算出した協会全体の値") BigDecimal associationWideValue,
            @Schema(description = "協会全体の値の求め方") String associationWideExplanation,
            @Schema(description = "全国平均（協会の1つの値。公表値または算出値）") FigureJson nationalValue,
            @Schema(description = "順位（良い順）の1ページ") ApiPage<RankJson> ranking) {}

    @GetMapping("/api/v1/ranks")
    @Operation(
            summary = "順位",
            description = "年度の KPI について、実績のある支部を良い順に並べた順位（同じ値は同じ順位）と協会全体の値を返します。"
                    + "KPI ページとコマンド rank と同じ順位です。実施・未実施の KPI には順位がありません。")
    RankingJson ranks(
            @Parameter(description = "年度", example = "2023", required = true) @RequestParam String year,
            @Parameter(description = "KPIコード", example = "LIFESTYLE_CHECKUP_RATE", required = true) @RequestParam
                    String kpi,
            @ParameterObject PageParameters pages) {
        Paging paging = pages.paging();
        FiscalYear fy = ApiParameters.year("year", year);
        Kpi found = ApiParameters.kpi("kpi", kpi, summaries.catalogue());
        KpiDefinition definition = ApiParameters.definitionIn(found, fy, "year");
        SummaryService.KpiRanking ranking = summaries.ranking(fy, found.code());
        List<RankJson> ranks = ranking.ranking().stream()
                .map(r -> rank(r, ranking, definition))
                .toList();
        return new RankingJson(
                found.code(),
                definition.nameJa(),
                fy.value(),
                ranking.associationWide().value().orElse(null),
                ranking.associationWide().explanationJa(),
                ranking.national().map(n -> FigureJson.of(n.figure())).orElse(null),
                paging.of(ranks));
    }

    /** A ranked branch's value as the command line's rank prints it, with its 架空 label. */
    private static RankJson rank(RankedBranch r, SummaryService.KpiRanking ranking, KpiDefinition definition) {
        boolean synthetic = ranking.data()
                .finalResult(r.branch(), ranking.year(), definition.kpiCode(), definition.definitionFy())
                .map(s -> s.synthetic())
                .orElse(false);
        Organisation o = Organisations.all().get(r.branch());
        return new RankJson(
                r.rank(),
                o.code().value(),
                o.nameJa(),
                FigureJson.of(Figure.of(r.value(), definition.unit(), false, synthetic)));
    }

    @Schema(description = "支部比較の1セル：組織の目標、実績、判定")
    record ComparisonCellJson(
            @Schema(description = "組織コード", example = "09") String organisation,
            @Schema(description = "組織の名称", example = "栃木支部") String organisationName,
            @Schema(description = "目標（ラベル付き）") FigureJson target,
            @Schema(description = "実績（ラベル付き）") FigureJson actual,
            @Schema(description = "実施状況") MarkJson mark,

            @Schema(description = "達成状況（達成、未達成、実績なし、比較不可）", example = "達成")
            String status,

            @Schema(description = "判定の理由") String reason,

            @Schema(description = "協会全体との差（表示）", example = "+3.5ポイント")
            String difference) {

        static ComparisonCellJson of(ComparisonCell c) {
            return new ComparisonCellJson(
                    c.organisation().code().value(),
                    c.organisation().nameJa(),
                    FigureJson.of(c.targetFigure()),
                    FigureJson.of(c.actualFigure()),
                    MarkJson.of(c.mark()),
                    c.status().nameJa(),
                    c.reason(),
                    c.differenceText().orElse(null));
        }
    }

    @Schema(description = "支部比較の1行：KPI ごとに協会と各支部のセル")
    record ComparisonRowJson(
            @Schema(description = "KPIコード") String kpiCode,
            @Schema(description = "KPI名") String kpiName,
            @Schema(description = "分野") String area,
            @Schema(description = "差を測る協会全体の値") BigDecimal associationValue,

            @Schema(description = "協会全体の値が公表値なら true、支部の値から算出したものなら false")
            boolean associationValuePublished,

            @Schema(description = "協会、続いて支部（都道府県コード順）のセル") List<ComparisonCellJson> cells) {

        static ComparisonRowJson of(ComparisonRow row) {
            return new ComparisonRowJson(
                    row.definition().kpiCode(),
                    row.definition().nameJa(),
                    row.definition().areaJa(),
                    row.associationValue().orElse(null),
                    row.associationValuePublished(),
                    row.cells().stream().map(ComparisonCellJson::of).toList());
        }
    }

    @GetMapping("/api/v1/comparisons")
    @Operation(
            summary = "支部比較",
            description = "年度の協会とブロックの支部（ALL で47支部）を KPI ごとに並べた比較を、支部比較の画面（/comparison）と同じ判定で返します。" + "1行が1つの KPI です。")
    ApiPage<ComparisonRowJson> comparisons(
            @Parameter(description = "年度", example = "2023", required = true) @RequestParam String year,
            @Parameter(description = "ブロックのID（HOKKAIDO、TOHOKU、KANTO など。ALL は47支部）", example = "TOHOKU")
                    @RequestParam(defaultValue = "ALL")
                    String block,
            @Parameter(description = "判定方法（exceeds、large-margin、large-margin:15 など）")
                    @RequestParam(defaultValue = "exceeds")
                    String policy,
            @Parameter(description = "KPIコード（その KPI の行だけ）", example = "LIFESTYLE_CHECKUP_RATE")
                    @RequestParam(required = false)
                    String kpi,
            @ParameterObject PageParameters pages) {
        Paging paging = pages.paging();
        FiscalYear fy = yearOfCatalogue(year);
        Scope scope = ApiParameters.scope("block", block);
        MarkPolicy markPolicy = ApiParameters.policy("policy", policy);
        Optional<String> kpiCode =
                ApiParameters.kpiIfGiven("kpi", kpi, summaries.catalogue()).map(Kpi::code);
        ComparisonTable table = summaries.comparison(fy, scope.branches(), markPolicy);
        return paging.of(table.rows().stream()
                .filter(r -> kpiCode.map(r.definition().kpiCode()::equals).orElse(true))
                .map(ComparisonRowJson::of)
                .toList());
    }

    /** A year the catalogue defines KPIs for: the pages' rule (WebParameters), a 400 on the year here. */
    private FiscalYear yearOfCatalogue(String text) {
        FiscalYear fy = ApiParameters.year("year", text);
        KpiCatalogue catalogue = summaries.catalogue();
        if (catalogue.definitionsIn(fy).isEmpty()) {
            throw new ApiParameterException("year", fy.label() + "にはKPIの定義がありません");
        }
        return fy;
    }
}
