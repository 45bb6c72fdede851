package jp.kenpokpi.app.incentive;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.kenpokpi.incentive.BranchScore;
import jp.kenpokpi.incentive.IncentiveRanking;
import jp.kenpokpi.incentive.Indicator;
import jp.kenpokpi.incentive.IndicatorScore;
import jp.kenpokpi.incentive.PointsGap;
import jp.kenpokpi.incentive.RewardLineGap;
import jp.kenpokpi.incentive.SubItem;
import jp.kenpokpi.incentive.SubItemScore;
import jp.kenpokpi.incentive.WhatIfOutcome;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisations;

/**
 * How the incentive scheme's figures read, wherever they are shown: the command line's text, the pages and the
 * report files format a figure through the same method here, so that they cannot disagree on wording or rounding.
 */
public final class IncentiveFormat {

    /** The legend under every table. */
    public static final String LEGEND_JA = "欠＝欠測の小項目を含む（欠測の小項目は最低の偏差値、全支部で欠測なら50）　○＝報酬対象　架空＝架空の値を含む";

    public static final String SAME_ENGINE_JA = "（全支部の偏差値は平均と標準偏差が動くため、同じエンジンで計算し直しています）";

    private IncentiveFormat() {}

    /** A score or points to one decimal, half up: 52.3. */
    public static String points(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** Points with a plus sign when above zero: +3.2, -1.0, 0.0. */
    public static String signed(BigDecimal value) {
        String p = points(value);
        return value.setScale(1, RoundingMode.HALF_UP).signum() > 0 ? "+" + p : p;
    }

    /** The total as the ranking table prints it, to two decimals. */
    public static String total(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A count or yen amount with thousands separators: 1,234,567. */
    public static String yen(long value) {
        return NumberFormat.getIntegerInstance(Locale.JAPAN).format(value);
    }

    /** A signed count: +1,234 or -56. */
    public static String signedCount(long value) {
        return (value >= 0 ? "+" : "") + yen(value);
    }

    /** 全国3位, or 順位なし for a branch left out of the ranking. */
    public static String rank(BranchScore b) {
        return b.rank().isPresent() ? "全国" + b.rank().getAsInt() + "位" : "順位なし";
    }

    /** The ranking table's 順位 column: 3位. */
    public static String rankShort(BranchScore b) {
        return b.rank().isPresent() ? b.rank().getAsInt() + "位" : "順位なし";
    }

    /** An indicator's score with its rank and 欠: 52.3（12位）欠. */
    public static String indicatorScore(IndicatorScore s) {
        return points(s.score()) + indicatorRank(s) + (s.hasMissingInput() ? "欠" : "");
    }

    /** （12位）, or nothing for a branch without a rank. */
    public static String indicatorRank(IndicatorScore s) {
        return s.rank().isPresent() ? "（" + s.rank().getAsInt() + "位）" : "";
    }

    /** ○ or ×, as the what-if prints the reward before and after. */
    public static String rewardedMark(boolean rewarded) {
        return rewarded ? "○" : "×";
    }

    /** A sub-item's value in its unit, or 欠測. */
    public static String value(SubItemScore item) {
        return item.value()
                .map(v -> v.setScale(2, RoundingMode.HALF_UP).toPlainString()
                        + item.subItem().measure().unitJa())
                .orElse("欠測");
    }

    /** A sub-item's weight: 60%. */
    public static String weight(SubItemScore item) {
        return item.weightPercent().stripTrailingZeros().toPlainString() + "%";
    }

    /** What a rise of an indicator adds up to in people or cases. */
    public static String countLabel(Indicator i) {
        return switch (i) {
            case CHECK_UP_RATE -> "特定健診等の実施件数";
            case HEALTH_GUIDANCE_RATE -> "特定保健指導の実施件数";
            case GUIDANCE_TARGET_REDUCTION -> "対象者";
            case REFERRAL_VISIT_RATE -> "医療機関の受診者";
            case GENERIC_DRUG_SHARE -> "後発医薬品の数量";
        };
    }

    /** 青森支部、岩手支部, or なし. */
    public static String names(List<OrgCode> codes) {
        if (codes.isEmpty()) return "なし";
        return codes.stream().map(c -> Organisations.all().get(c).nameJa()).collect(Collectors.joining("、"));
    }

    /** 09 栃木: the ranking's branch column. */
    public static String branchLabel(OrgCode code) {
        return code.value() + " " + Organisations.all().get(code).shortNameJa();
    }

    /** The title of a results year's ranking. */
    public static String rankingTitle(IncentiveRanking ranking) {
        return "インセンティブ制度 " + ranking.resultsYear().label() + "実績の順位（"
                + ranking.ratesYear().japanese() + "保険料率に反映）";
    }

    /** 栃木支部 インセンティブ制度 2023年度実績（令和7年度保険料率に反映）　架空の値を含む. */
    public static String sheetTitle(IncentiveService.Scored scored, OrgCode code) {
        IncentiveRanking ranking = scored.ranking();
        return Organisations.all().get(code).nameJa() + " インセンティブ制度 "
                + ranking.resultsYear().label() + "実績（"
                + ranking.ratesYear().japanese() + "保険料率に反映）"
                + (scored.derivation().isSynthetic(code) ? "　架空の値を含む" : "");
    }

    /** 合計 251.3　全国16位／47支部　報酬対象外（上位15支部まで）. */
    public static String standingJa(BranchScore b, IncentiveRanking ranking) {
        return "合計 " + points(b.total()) + "　" + rank(b) + "／"
                + ranking.branches().size() + "支部　" + rewardJa(b, ranking);
    }

    /** 報酬対象 ○（配分額 …円、減算率 …%） or 報酬対象外（上位15支部まで）. */
    public static String rewardJa(BranchScore b, IncentiveRanking ranking) {
        return b.rewarded()
                ? "報酬対象 ○（配分額 " + yen(b.shareYen()) + "円、減算率 "
                        + b.reductionPercent().toPlainString() + "%）"
                : "報酬対象外（上位" + ranking.rewardLine() + "支部まで）";
    }

    /** 原資: …円（…保険料率の0.01% × 全支部の総報酬額 …円）　配分額の合計: …円（原資と一致）. */
    public static String fundLine(IncentiveService.Scored scored) {
        IncentiveRanking ranking = scored.ranking();
        long sum = sharesSum(ranking);
        return "原資: " + yen(ranking.fundYen()) + "円（" + ranking.ratesYear().japanese() + "保険料率の"
                + scored.parameters()
                        .fundRatePercent(ranking.ratesYear())
                        .stripTrailingZeros()
                        .toPlainString()
                + "% × 全支部の総報酬額 " + yen(scored.premiumBases().total()) + "円）　配分額の合計: " + yen(sum) + "円"
                + (sum == ranking.fundYen() ? "（原資と一致）" : "（原資と不一致）");
    }

    public static long sharesSum(IncentiveRanking ranking) {
        return ranking.branches().stream().mapToLong(BranchScore::shareYen).sum();
    }

    /** The sentence on the 架空 premium bases. */
    public static String premiumBasesJa(IncentiveService.Scored scored) {
        return "総報酬額は架空です（データにないため）: " + scored.premiumBases().sourceJa() + "。原資・配分額・減算率はこの架空の総報酬額によります";
    }

    /**
     * The lines under every table, unindented: the 架空 premium bases, パラメータ: and its lines, 入力: and its lines,
     * the legend. The command line indents the lines under their headings.
     */
    public static List<FooterLine> footer(IncentiveService.Scored scored) {
        List<FooterLine> lines = new ArrayList<>();
        lines.add(new FooterLine(premiumBasesJa(scored), false));
        lines.add(new FooterLine("パラメータ:", false));
        scored.ranking().parametersJa().forEach(l -> lines.add(new FooterLine(l, true)));
        lines.add(new FooterLine("入力:", false));
        scored.derivation().notesJa().forEach(l -> lines.add(new FooterLine(l, true)));
        lines.add(new FooterLine(LEGEND_JA, false));
        return lines;
    }

    /** A line under a table; {@code item} lines belong to the heading before them. */
    public record FooterLine(String text, boolean item) {}

    /** The points the reward line's branch has more on a sub-item (0 where none). */
    public static BigDecimal subItemGap(RewardLineGap gap, SubItem subItem) {
        return gap.bySubItem().stream()
                .filter(g -> g.subItem().orElseThrow() == subItem)
                .map(PointsGap::points)
                .findFirst()
                .orElse(BigDecimal.ZERO);
    }

    /** The points the reward line's branch has more on an indicator. */
    public static BigDecimal indicatorGap(RewardLineGap gap, Indicator indicator) {
        return gap.byIndicator().stream()
                .filter(g -> g.indicator() == indicator)
                .findFirst()
                .orElseThrow()
                .points();
    }

    /** 報酬ライン: 全国15位 …支部 合計 …　差 +…点（正＝ラインに届かない点数）. */
    public static String rewardLineJa(BranchScore line, RewardLineGap gap) {
        return "報酬ライン: " + rank(line) + " "
                + Organisations.all().get(line.branch()).nameJa() + " 合計 " + points(line.total()) + "　差 "
                + signed(gap.totalGap()) + "点（正＝ラインに届かない点数）";
    }

    /** The three sub-items that cost most against the reward line: ②実施率 4.2点; empty when none costs. */
    public static List<String> costliest(RewardLineGap gap) {
        return gap.bySubItem().stream()
                .filter(g -> g.points().signum() > 0)
                .limit(3)
                .map(g ->
                        g.indicator().circled() + g.subItem().orElseThrow().labelJa() + " " + points(g.points()) + "点")
                .toList();
    }

    /** ① 277,799（実施・該当 199,728）: the denominators of the indicators that have one. */
    public static List<String> denominators(IncentiveService.Scored scored, OrgCode code) {
        List<String> denominators = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            var input = scored.derivation().inputs().input(code, i);
            if (input.denominator().isPresent()) {
                denominators.add(i.circled() + " " + yen(input.denominator().getAsLong()) + "（実施・該当 "
                        + yen(input.count().orElse(0)) + "）");
            }
        }
        return denominators;
    }

    /** 対象者数（分母）: the denominators joined, or なし. */
    public static String denominatorsJa(IncentiveService.Scored scored, OrgCode code) {
        List<String> d = denominators(scored, code);
        return "対象者数（分母）: " + (d.isEmpty() ? "なし" : String.join("、", d));
    }

    /** もしも: ②を1.0ポイント上げると（特定保健指導の実施件数 +1,234）. */
    public static String whatIfHeadline(WhatIfOutcome o) {
        return "もしも: " + whatIfAdditionalJa(o);
    }

    /** ②を1.0ポイント上げると（特定保健指導の実施件数 +1,234）: the change and what it means in people or cases. */
    public static String whatIfAdditionalJa(WhatIfOutcome o) {
        String s = o.change().labelJa();
        if (o.additionalCount().isPresent()) {
            s += "（" + countLabel(o.change().indicator()) + " "
                    + signedCount(o.additionalCount().getAsLong()) + "）";
        }
        return s;
    }

    /** ② 50.0 → 51.2　合計 250.0 → 251.2　全国16位 → 全国14位　報酬対象 × → ○. */
    public static String whatIfScoresJa(WhatIfOutcome o) {
        return indicatorChangeJa(o) + "　合計 " + totalChangeJa(o) + "　" + rankChangeJa(o) + "　報酬対象 " + rewardChangeJa(o);
    }

    /** ② 50.0 → 51.2. */
    public static String indicatorChangeJa(WhatIfOutcome o) {
        Indicator i = o.change().indicator();
        return i.circled() + " " + points(o.before().indicator(i).score()) + " → "
                + points(o.after().indicator(i).score());
    }

    /** 250.0 → 251.2. */
    public static String totalChangeJa(WhatIfOutcome o) {
        return points(o.before().total()) + " → " + points(o.after().total());
    }

    /** 全国16位 → 全国14位. */
    public static String rankChangeJa(WhatIfOutcome o) {
        return rank(o.before()) + " → " + rank(o.after());
    }

    /** × → ○. */
    public static String rewardChangeJa(WhatIfOutcome o) {
        return rewardedMark(o.before().rewarded()) + " → "
                + rewardedMark(o.after().rewarded());
    }

    public static String overtakenJa(WhatIfOutcome o) {
        return "追い抜く支部: " + names(o.overtaken());
    }

    public static String overtakenByJa(WhatIfOutcome o) {
        return "追い抜かれる支部: " + names(o.overtakenBy());
    }
}
