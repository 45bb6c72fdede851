package jp.kenpokpi.app.incentive;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import jp.kenpokpi.incentive.BranchScore;
import jp.kenpokpi.incentive.IncentiveRanking;
import jp.kenpokpi.incentive.Indicator;
import jp.kenpokpi.incentive.IndicatorScore;
import jp.kenpokpi.incentive.RewardLineGap;
import jp.kenpokpi.incentive.SubItemScore;
import jp.kenpokpi.incentive.WhatIfOutcome;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The incentive scheme's rows, one source for the command line's CSV and JSON ({@code incentive --format csv|json})
 * and the API ({@code /api/v1/incentive/…}): a branch of the ranking, a sub-item of a branch's sheet, a what-if's
 * outcome. The JSON names are the command line's column names; decimals are the text the table prints (points to one
 * decimal), whole numbers and booleans JSON literals; a rank a branch has not (left out of the ranking) is null in
 * the API and empty on the command line.
 */
public final class IncentiveRows {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private IncentiveRows() {}

    @Schema(description = "インセンティブ制度の順位の1行（1支部）：コマンド incentive --format csv/json の1行と同じ")
    @JsonPropertyOrder({
        "results_year",
        "rank",
        "branch_code",
        "branch_name",
        "score_1",
        "rank_1",
        "score_2",
        "rank_2",
        "score_3",
        "rank_3",
        "score_4",
        "rank_4",
        "score_5",
        "rank_5",
        "total",
        "total_exact",
        "rewarded",
        "share_yen",
        "reduction_percent",
        "missing",
        "synthetic",
        "premium_base_yen",
        "premium_base_synthetic"
    })
    public record RankingRow(
            @JsonProperty("results_year") @Schema(description = "実績の年度", example = "2023")
            int resultsYear,

            @Schema(description = "合計点の順位（同点は同じ順位。順位から外れた支部は null）", example = "1")
            Integer rank,

            @JsonProperty("branch_code") @Schema(description = "支部コード", example = "09")
            String branchCode,

            @JsonProperty("branch_name") @Schema(description = "支部名", example = "栃木支部")
            String branchName,

            @JsonProperty("score_1") @Schema(description = "①特定健診等の実施率の得点（小数1桁）", example = "52.3")
            String score1,

            @JsonProperty("rank_1") @Schema(description = "①の順位", example = "12")
            Integer rank1,

            @JsonProperty("score_2") @Schema(description = "②特定保健指導の実施率の得点")
            String score2,

            @JsonProperty("rank_2") @Schema(description = "②の順位")
            Integer rank2,

            @JsonProperty("score_3") @Schema(description = "③特定保健指導対象者の減少率の得点")
            String score3,

            @JsonProperty("rank_3") @Schema(description = "③の順位")
            Integer rank3,

            @JsonProperty("score_4") @Schema(description = "④医療機関への受診勧奨基準において速やかに受診を要する者の医療機関受診率の得点")
            String score4,

            @JsonProperty("rank_4") @Schema(description = "④の順位")
            Integer rank4,

            @JsonProperty("score_5") @Schema(description = "⑤後発医薬品の使用割合の得点")
            String score5,

            @JsonProperty("rank_5") @Schema(description = "⑤の順位")
            Integer rank5,

            @Schema(description = "合計点（5指標の得点の和、小数1桁）", example = "261.4")
            String total,

            @JsonProperty("total_exact")
            @Schema(description = "順位を付けた合計点（小数1桁で等しくても同順位とは限らない）", example = "261.4123456789")
            String totalExact,

            @Schema(description = "報酬の対象（上位の支部）か") boolean rewarded,

            @JsonProperty("share_yen") @Schema(description = "原資の配分額（円。対象外は0）", example = "731234567")
            long shareYen,

            @JsonProperty("reduction_percent") @Schema(description = "保険料率の減算率（%、小数6桁。対象外は0）", example = "0.010345")
            String reductionPercent,

            @Schema(description = "欠測の小項目を含む指標（例 ①②③）", example = "③")
            String missing,

            @Schema(description = "架空の値（サンプルデータ）を含むか") boolean synthetic,

            @JsonProperty("premium_base_yen") @Schema(description = "総報酬額（円、架空）")
            Long premiumBaseYen,

            @JsonProperty("premium_base_synthetic") @Schema(description = "総報酬額が架空か（常に true：データにないため）")
            boolean premiumBaseSynthetic) {}

    @Schema(description = "支部の小項目の1行：値、偏差値、重み、得点、報酬ラインの支部との差（コマンド incentive --branch の1行と同じ）")
    @JsonPropertyOrder({
        "results_year",
        "branch_code",
        "indicator",
        "sub_item",
        "sub_item_name",
        "value",
        "missing",
        "deviation",
        "weight_percent",
        "points",
        "gap_to_reward_line",
        "synthetic"
    })
    public record SubItemRow(
            @JsonProperty("results_year") @Schema(description = "実績の年度", example = "2023")
            int resultsYear,

            @JsonProperty("branch_code") @Schema(description = "支部コード", example = "09")
            String branchCode,

            @Schema(description = "指標の番号（1〜5）", example = "1")
            int indicator,

            @JsonProperty("sub_item") @Schema(description = "小項目のキー", example = "1.level")
            String subItem,

            @JsonProperty("sub_item_name") @Schema(description = "小項目の名称", example = "実施率")
            String subItemName,

            @Schema(description = "値（小数2桁。欠測は空）", example = "71.90")
            String value,

            @Schema(description = "欠測か（欠測の小項目は最低の偏差値、全支部で欠測なら50）")
            boolean missing,

            @Schema(description = "偏差値（小数1桁）", example = "61.2")
            String deviation,

            @JsonProperty("weight_percent") @Schema(description = "指標の中の重み（%）", example = "60")
            String weightPercent,

            @Schema(description = "得点（偏差値×重み、小数1桁）", example = "36.7")
            String points,

            @JsonProperty("gap_to_reward_line") @Schema(description = "報酬ラインの支部の得点との差（正＝ラインの支部が上回る点数）", example = "2.5")
            String gapToRewardLine,

            @Schema(description = "架空の値を含むか") boolean synthetic) {}

    @Schema(description = "もしもの結果（同じエンジンで計算し直したもの。コマンド incentive --what-if の1行と同じ）")
    @JsonPropertyOrder({
        "results_year",
        "branch_code",
        "what_if",
        "what_if_ja",
        "total_before",
        "total_after",
        "rank_before",
        "rank_after",
        "rewarded_before",
        "rewarded_after",
        "share_yen_after",
        "overtaken",
        "overtaken_by",
        "additional_count",
        "synthetic"
    })
    public record WhatIfRow(
            @JsonProperty("results_year") @Schema(description = "実績の年度", example = "2023")
            int resultsYear,

            @JsonProperty("branch_code") @Schema(description = "支部コード", example = "09")
            String branchCode,

            @JsonProperty("what_if") @Schema(description = "変更（指標の番号:ポイント）", example = "2:1.0")
            String whatIf,

            @JsonProperty("what_if_ja") @Schema(description = "変更（日本語）", example = "②を1.0ポイント上げると")
            String whatIfJa,

            @JsonProperty("total_before") @Schema(description = "合計点（変更前）")
            String totalBefore,

            @JsonProperty("total_after") @Schema(description = "合計点（変更後）")
            String totalAfter,

            @JsonProperty("rank_before") @Schema(description = "順位（変更前）")
            Integer rankBefore,

            @JsonProperty("rank_after") @Schema(description = "順位（変更後）")
            Integer rankAfter,

            @JsonProperty("rewarded_before") @Schema(description = "報酬の対象か（変更前）")
            boolean rewardedBefore,

            @JsonProperty("rewarded_after") @Schema(description = "報酬の対象か（変更後）")
            boolean rewardedAfter,

            @JsonProperty("share_yen_after") @Schema(description = "配分額（円、変更後）")
            long shareYenAfter,

            @Schema(description = "追い抜く支部のコード（空白区切り）", example = "13 22")
            String overtaken,

            @JsonProperty("overtaken_by") @Schema(description = "追い抜かれる支部のコード（空白区切り）")
            String overtakenBy,

            @JsonProperty("additional_count")
            @Schema(description = "上昇が意味する実施件数などの増分（分母×ポイント÷100。分母がなければ null）", example = "2778")
            Long additionalCount,

            @Schema(description = "架空の値を含むか") boolean synthetic) {}

    /** The ranking of a results year: a row a branch, best first. */
    public static List<RankingRow> ranking(IncentiveService.Scored scored) {
        IncentiveRanking ranking = scored.ranking();
        List<RankingRow> rows = new ArrayList<>();
        for (BranchScore b : ranking.branches()) {
            Organisation o = Organisations.all().get(b.branch());
            rows.add(new RankingRow(
                    ranking.resultsYear().value(),
                    rank(b.rank()),
                    o.code().value(),
                    o.nameJa(),
                    IncentiveFormat.points(b.indicator(Indicator.CHECK_UP_RATE).score()),
                    rank(b.indicator(Indicator.CHECK_UP_RATE).rank()),
                    IncentiveFormat.points(
                            b.indicator(Indicator.HEALTH_GUIDANCE_RATE).score()),
                    rank(b.indicator(Indicator.HEALTH_GUIDANCE_RATE).rank()),
                    IncentiveFormat.points(
                            b.indicator(Indicator.GUIDANCE_TARGET_REDUCTION).score()),
                    rank(b.indicator(Indicator.GUIDANCE_TARGET_REDUCTION).rank()),
                    IncentiveFormat.points(
                            b.indicator(Indicator.REFERRAL_VISIT_RATE).score()),
                    rank(b.indicator(Indicator.REFERRAL_VISIT_RATE).rank()),
                    IncentiveFormat.points(
                            b.indicator(Indicator.GENERIC_DRUG_SHARE).score()),
                    rank(b.indicator(Indicator.GENERIC_DRUG_SHARE).rank()),
                    IncentiveFormat.points(b.total()),
                    // the total the ranking compares (two totals equal to one decimal need not be tied)
                    b.total().stripTrailingZeros().toPlainString(),
                    b.rewarded(),
                    b.shareYen(),
                    b.reductionPercent().toPlainString(),
                    missing(b),
                    scored.derivation().isSynthetic(b.branch()),
                    scored.premiumBases().yen().get(b.branch()),
                    true));
        }
        return rows;
    }

    /** A branch's eleven sub-items with the gap of each to the reward line's branch. */
    public static List<SubItemRow> subItems(IncentiveService.Scored scored, OrgCode code) {
        BranchScore b = scored.ranking().branch(code).orElseThrow();
        RewardLineGap gap = RewardLineGap.of(scored.ranking(), code);
        List<SubItemRow> rows = new ArrayList<>();
        for (IndicatorScore s : b.indicators()) {
            for (SubItemScore item : s.subItems()) {
                rows.add(new SubItemRow(
                        scored.ranking().resultsYear().value(),
                        code.value(),
                        s.indicator().number(),
                        item.subItem().key(),
                        item.subItem().labelJa(),
                        item.value()
                                .map(v -> v.setScale(2, RoundingMode.HALF_UP).toPlainString())
                                .orElse(""),
                        item.missing(),
                        IncentiveFormat.points(item.deviation()),
                        item.weightPercent().stripTrailingZeros().toPlainString(),
                        IncentiveFormat.points(item.points()),
                        IncentiveFormat.points(IncentiveLines.subItemGap(gap, item.subItem())),
                        scored.derivation().isSynthetic(code, s.indicator())));
            }
        }
        return rows;
    }

    /** A what-if's outcome: the branch's total, rank and reward before and after, whom it passes, who passes it. */
    public static WhatIfRow whatIf(IncentiveService.Scored scored, WhatIfOutcome o) {
        OptionalLong additional = o.additionalCount();
        return new WhatIfRow(
                scored.ranking().resultsYear().value(),
                o.before().branch().value(),
                o.change().indicator().number() + ":" + o.change().points().toPlainString(),
                o.change().labelJa(),
                IncentiveFormat.points(o.before().total()),
                IncentiveFormat.points(o.after().total()),
                rank(o.before().rank()),
                rank(o.after().rank()),
                o.before().rewarded(),
                o.after().rewarded(),
                o.after().shareYen(),
                codes(o.overtaken()),
                codes(o.overtakenBy()),
                additional.isPresent() ? additional.getAsLong() : null,
                scored.derivation().isSynthetic(o.before().branch()));
    }

    /**
     * Rows as the command line's named columns, in the order and with the names of their JSON: what
     * {@code cli/Output} writes as CSV or JSON.
     */
    public static List<Map<String, Object>> columns(List<?> rows) {
        return rows.stream()
                .map(row -> (Map<String, Object>)
                        MAPPER.convertValue(row, new TypeReference<LinkedHashMap<String, Object>>() {}))
                .toList();
    }

    private static Integer rank(OptionalInt rank) {
        return rank.isPresent() ? rank.getAsInt() : null;
    }

    private static String missing(BranchScore b) {
        return b.indicators().stream()
                .filter(IndicatorScore::hasMissingInput)
                .map(s -> s.indicator().circled())
                .collect(Collectors.joining());
    }

    private static String codes(List<OrgCode> codes) {
        return codes.stream().map(OrgCode::value).collect(Collectors.joining(" "));
    }
}
