package jp.kenpokpi.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.app.incentive.IncentiveFormat;
import jp.kenpokpi.app.incentive.IncentiveLines;
import jp.kenpokpi.app.incentive.IncentiveRows;
import jp.kenpokpi.app.incentive.IncentiveService;
import jp.kenpokpi.incentive.BranchScore;
import jp.kenpokpi.incentive.IncentiveRanking;
import jp.kenpokpi.incentive.Indicator;
import jp.kenpokpi.incentive.IndicatorInput;
import jp.kenpokpi.incentive.IndicatorScore;
import jp.kenpokpi.incentive.RateChange;
import jp.kenpokpi.incentive.RewardLineGap;
import jp.kenpokpi.incentive.SchemeParametersCsv;
import jp.kenpokpi.incentive.WhatIfOutcome;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The incentive scheme (インセンティブ制度) of a results year: the ranking of the 47 branches, a branch's sheet and a
 * what-if, from IncentiveService as the command line's {@code incentive} computes them; the rows are
 * {@link IncentiveRows}', the command line's CSV and JSON rows, so that both answer the same figures.
 */
@RestController
@ProblemResponses
@Tag(name = "インセンティブ制度", description = "インセンティブ制度の順位（47支部の得点・順位・配分額・減算率）、支部の小項目と報酬ラインとの差、もしもの計算")
class IncentiveApiController {

    private final IncentiveService service;

    IncentiveApiController(IncentiveService service) {
        this.service = service;
    }

    @Schema(description = "インセンティブ制度で計算できる実績の年度")
    record IncentiveYearJson(
            @Schema(description = "実績の年度", example = "2023") int resultsYear,

            @Schema(description = "実績の年度（和暦）", example = "令和5年度（2023年度）")
            String resultsYearLabel,

            @Schema(description = "結果を反映する保険料率の年度", example = "2025")
            int ratesYear,

            @Schema(description = "順位のアドレス", example = "/api/v1/incentive/2023")
            String address) {}

    @GetMapping("/api/v1/incentive")
    @Operation(
            summary = "インセンティブ制度の年度の一覧",
            description = "インセンティブ制度の順位を計算できる実績の年度（制度の始まる2018年度以降で、5指標の KPI の実績がどこかの支部にある年度）を" + "古い順に返します。")
    List<IncentiveYearJson> years() {
        return service.resultsYears().stream()
                .map(y -> new IncentiveYearJson(
                        y.value(),
                        y.label(),
                        SchemeParametersCsv.reference().ratesYear(y).value(),
                        "/api/v1/incentive/" + y.value()))
                .toList();
    }

    @Schema(description = "実績の年度のインセンティブ制度の順位：47支部の行、原資と配分額の合計、パラメータ、入力の説明")
    record IncentiveRankingJson(
            @Schema(description = "実績の年度", example = "2023") int resultsYear,

            @Schema(description = "実績の年度（和暦）", example = "令和5年度（2023年度）")
            String resultsYearLabel,

            @Schema(description = "結果を反映する保険料率の年度", example = "2025")
            int ratesYear,

            @Schema(description = "報酬の対象となる順位（上位何支部まで）", example = "15")
            int rewardLine,

            @Schema(description = "原資の率（保険料率の%）", example = "0.01")
            String fundRatePercent,

            @Schema(description = "原資（円）：原資の率 × 全支部の総報酬額", example = "10594920000")
            long fundYen,

            @Schema(description = "配分額の合計（円。原資と一致する）", example = "10594920000")
            long sharesYen,

            @Schema(description = "全支部の総報酬額（円、架空）") long premiumBasesYen,

            @Schema(description = "総報酬額が架空か（常に true：データにないため）")
            boolean premiumBasesSynthetic,

            @Schema(description = "総報酬額についての注記（架空であること、その作り方）")
            String premiumBasesNote,

            @Schema(description = "パラメータ（重み、報酬の対象、原資、配分の方法。仮定／公表つき）")
            List<String> parameters,

            @Schema(description = "入力の説明（読んだ KPI と定義の版、欠測）") List<String> inputNotes,

            @Schema(description = "47支部の行（合計点の良い順）。コマンド incentive --format json の行と同じ")
            List<IncentiveRows.RankingRow> branches) {}

    @GetMapping("/api/v1/incentive/{year}")
    @Operation(
            summary = "インセンティブ制度の順位",
            description = "実績の年度の47支部の5指標の得点と順位、合計点と順位、報酬の対象、原資の配分額と保険料率の減算率を、"
                    + "コマンド incentive --year と同じ計算・同じ行で返します。原資、配分額の合計（原資と一致）、パラメータ（仮定／公表）、"
                    + "入力の説明も返します。総報酬額はデータにないため架空です。制度の前の年度や実績のない年度は 404 です。")
    IncentiveRankingJson ranking(
            @Parameter(description = "実績の年度（2018年度以降）", example = "2023") @PathVariable String year) {
        IncentiveService.Scored scored = scored(year);
        IncentiveRanking ranking = scored.ranking();
        return new IncentiveRankingJson(
                ranking.resultsYear().value(),
                ranking.resultsYear().label(),
                ranking.ratesYear().value(),
                ranking.rewardLine(),
                scored.parameters()
                        .fundRatePercent(ranking.ratesYear())
                        .stripTrailingZeros()
                        .toPlainString(),
                ranking.fundYen(),
                ranking.branches().stream().mapToLong(BranchScore::shareYen).sum(),
                scored.premiumBases().total(),
                true,
                IncentiveLines.premiumBasesJa(scored),
                ranking.parametersJa(),
                scored.derivation().notesJa(),
                IncentiveRows.ranking(scored));
    }

    @Schema(description = "支部の指標1つ：得点、順位、報酬ラインの支部との差")
    record IndicatorJson(
            @Schema(description = "指標の番号（1〜5）", example = "2")
            int indicator,

            @Schema(description = "指標の名称（その年度の名称）", example = "特定保健指導の実施率")
            String name,

            @Schema(description = "得点（小数1桁）", example = "48.2")
            String score,

            @Schema(description = "指標の順位（順位から外れた支部は null）", example = "30")
            Integer rank,

            @Schema(description = "報酬ラインの支部の得点との差（正＝ラインの支部が上回る点数）", example = "3.1")
            String gapToRewardLine,

            @Schema(description = "欠測の小項目を含むか") boolean missing) {}

    @Schema(description = "分母（①〜④ 対象者数、⑤ 医薬品の数量）と数えた件数（①②実施、③対象外となった者、④受診、⑤後発医薬品の数量）")
    record DenominatorJson(
            @Schema(description = "指標の番号", example = "1") int indicator,

            @Schema(description = "分母が数えるもの（①〜④ 対象者数、⑤ 医薬品の数量）", example = "対象者数")
            String denominatorName,

            @Schema(description = "分母", example = "277799") long denominator,

            @Schema(description = "数えた件数（分子: ①②実施、③対象外となった者、④受診、⑤後発医薬品の数量）", example = "199728")
            Long count) {}

    @Schema(description = "支部のインセンティブ制度：小項目、指標、報酬ラインとの差。whatIf を指定すればもしもの結果")
    record IncentiveBranchJson(
            @Schema(description = "実績の年度", example = "2023") int resultsYear,
            @Schema(description = "支部コード", example = "09") String branchCode,
            @Schema(description = "支部名", example = "栃木支部") String branchName,
            @Schema(description = "合計点（小数1桁）") String total,
            @Schema(description = "合計点の順位（順位から外れた支部は null）") Integer rank,

            @Schema(description = "順位を付けた支部の数", example = "47")
            int branches,

            @Schema(description = "報酬の対象か") boolean rewarded,
            @Schema(description = "配分額（円）") long shareYen,
            @Schema(description = "保険料率の減算率（%）") String reductionPercent,

            @Schema(description = "報酬の対象となる順位（上位何支部まで）", example = "15")
            int rewardLine,

            @Schema(description = "報酬ラインの支部（報酬の対象の最下位）のコード", example = "22")
            String lineBranchCode,

            @Schema(description = "報酬ラインの支部の名称") String lineBranchName,
            @Schema(description = "報酬ラインの支部の合計点") String lineTotal,

            @Schema(description = "合計点の報酬ラインとの差（正＝ラインに届かない点数）", example = "4.2")
            String totalGapToRewardLine,

            @Schema(description = "5指標の得点・順位・報酬ラインとの差") List<IndicatorJson> indicators,

            @Schema(description = "11の小項目の行。コマンド incentive --branch --format json の行と同じ")
            List<IncentiveRows.SubItemRow> subItems,

            @Schema(description = "分母のある指標") List<DenominatorJson> denominators,

            @Schema(description = "もしもの結果（whatIf を指定したとき。コマンド incentive --what-if --format json の行と同じ。指定しなければ null）")
            IncentiveRows.WhatIfRow whatIf,

            @Schema(description = "架空の値を含むか") boolean synthetic,
            @Schema(description = "総報酬額についての注記") String premiumBasesNote,
            @Schema(description = "パラメータ（仮定／公表つき）") List<String> parameters,
            @Schema(description = "入力の説明") List<String> inputNotes) {}

    @GetMapping("/api/v1/incentive/{year}/branches/{branch}")
    @Operation(
            summary = "支部のインセンティブ制度ともしもの計算",
            description = "支部の11の小項目の値・偏差値・重み・得点と、報酬ラインの支部（報酬の対象の最下位）との差、5指標の得点と順位を返します。"
                    + "whatIf（例 2:+1.0＝②を1.0ポイント上げると）を指定すると、同じエンジンで全支部を計算し直した結果"
                    + "（合計点・順位・報酬の前後、追い抜く支部、増える件数）も返します。URL では + を %2B と書いてください（+ を省いて 2:1.0 も可）。"
                    + "支部コードがなければ 404、whatIf が読めなければ 400 です。")
    IncentiveBranchJson branch(
            @Parameter(description = "実績の年度（2018年度以降）", example = "2023") @PathVariable String year,
            @Parameter(description = "支部コード（01〜47）", example = "09") @PathVariable String branch,
            @Parameter(description = "もしもの変更「指標の番号:ポイント」（1〜5のうち率のある①②④⑤。例 2:+1.0、5:-0.5）", example = "2:+1.0")
                    @RequestParam(required = false)
                    String whatIf) {
        Organisation org = ApiParameters.organisationInPath(branch);
        if (org.code().isAssociation()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "協会（00）はインセンティブ制度の順位にありません（支部コードは01〜47）");
        }
        Optional<RateChange> change = ApiParameters.given(whatIf).map(IncentiveApiController::change);
        IncentiveService.Scored scored = scored(year);
        IncentiveRanking ranking = scored.ranking();
        BranchScore b = ranking.branch(org.code())
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        org.nameJa() + "は" + ranking.resultsYear().label() + "の順位にありません"));
        RewardLineGap gap = service.gap(scored, org.code());
        BranchScore line = ranking.atRewardLine().orElseThrow();
        IncentiveRows.WhatIfRow outcome = null;
        if (change.isPresent()) {
            WhatIfOutcome o;
            try {
                o = service.whatIf(scored, org.code(), change.get());
            } catch (IllegalArgumentException e) {
                throw new ApiParameterException(
                        "whatIf", org.nameJa() + "の" + change.get().labelJa() + "は計算できません: " + e.getMessage());
            }
            outcome = IncentiveRows.whatIf(scored, o);
        }
        List<IndicatorJson> indicators = new ArrayList<>();
        for (IndicatorScore s : b.indicators()) {
            indicators.add(new IndicatorJson(
                    s.indicator().number(),
                    s.indicator().nameJa(ranking.resultsYear()),
                    IncentiveFormat.points(s.score()),
                    s.rank().isPresent() ? s.rank().getAsInt() : null,
                    IncentiveFormat.points(IncentiveLines.indicatorGap(gap, s.indicator())),
                    s.hasMissingInput()));
        }
        List<DenominatorJson> denominators = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            IndicatorInput input = scored.derivation().inputs().input(org.code(), i);
            if (input.denominator().isPresent()) {
                denominators.add(new DenominatorJson(
                        i.number(),
                        i.denominatorJa(),
                        input.denominator().getAsLong(),
                        input.count().isPresent() ? input.count().getAsLong() : null));
            }
        }
        return new IncentiveBranchJson(
                ranking.resultsYear().value(),
                org.code().value(),
                org.nameJa(),
                IncentiveFormat.points(b.total()),
                b.rank().isPresent() ? b.rank().getAsInt() : null,
                ranking.branches().size(),
                b.rewarded(),
                b.shareYen(),
                b.reductionPercent().toPlainString(),
                ranking.rewardLine(),
                line.branch().value(),
                Organisations.all().get(line.branch()).nameJa(),
                IncentiveFormat.points(line.total()),
                IncentiveFormat.points(gap.totalGap()),
                indicators,
                IncentiveRows.subItems(scored, org.code()),
                denominators,
                outcome,
                scored.derivation().isSynthetic(org.code()),
                IncentiveLines.premiumBasesJa(scored),
                ranking.parametersJa(),
                scored.derivation().notesJa());
    }

    /** The results year scored, or 404 with the service's reason (before the scheme, no result of its KPIs). */
    private IncentiveService.Scored scored(String text) {
        FiscalYear year = ApiParameters.yearInPath(text);
        try {
            return service.score(year);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    /** "2:+1.0"; a + left unencoded in the address arrives as a space and is read as the + it was. */
    private static RateChange change(String text) {
        try {
            return RateChange.parse(text.strip().replace(' ', '+'));
        } catch (IllegalArgumentException e) {
            throw new ApiParameterException(
                    "whatIf", "whatIf「" + text + "」を読めません: 指標の番号（1〜5）とポイントを「2:+1.0」のように指定してください");
        }
    }
}
