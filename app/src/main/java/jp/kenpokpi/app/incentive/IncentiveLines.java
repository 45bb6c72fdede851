package jp.kenpokpi.app.incentive;

import static jp.kenpokpi.app.incentive.IncentiveFormat.points;
import static jp.kenpokpi.app.incentive.IncentiveFormat.rank;
import static jp.kenpokpi.app.incentive.IncentiveFormat.signed;
import static jp.kenpokpi.app.incentive.IncentiveFormat.yen;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jp.kenpokpi.incentive.BranchScore;
import jp.kenpokpi.incentive.IncentiveRanking;
import jp.kenpokpi.incentive.Indicator;
import jp.kenpokpi.incentive.PointsGap;
import jp.kenpokpi.incentive.RewardLineGap;
import jp.kenpokpi.incentive.SubItem;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisations;

/**
 * The incentive scheme's sentences, as the command line, the pages and the report files print them: titles, a branch's
 * standing, the fund line, the footer (premium bases, parameters, inputs, legend) and the reward line with the
 * sub-items that cost most; the figures in them worded by {@link IncentiveFormat}.
 */
public final class IncentiveLines {

    /** The legend under every table. */
    public static final String LEGEND_JA = "欠＝欠測の小項目を含む（欠測の小項目は最低の偏差値、全支部で欠測なら50）　○＝報酬対象　架空＝架空の値を含む";

    private IncentiveLines() {}

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

    /**
     * ① 対象者数 277,799（実施 199,728）、⑤ 医薬品の数量 1,234（後発医薬品の数量 1,012）: the denominators of the
     * indicators that have one, each saying what it counts.
     */
    public static List<String> denominators(IncentiveService.Scored scored, OrgCode code) {
        List<String> denominators = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            var input = scored.derivation().inputs().input(code, i);
            if (input.denominator().isPresent()) {
                denominators.add(i.circled() + " " + i.denominatorJa() + " "
                        + yen(input.denominator().getAsLong()) + "（" + i.countedJa() + " "
                        + yen(input.count().orElse(0)) + "）");
            }
        }
        return denominators;
    }

    /** 分母: the denominators joined, or なし. */
    public static String denominatorsJa(IncentiveService.Scored scored, OrgCode code) {
        List<String> d = denominators(scored, code);
        return "分母: " + (d.isEmpty() ? "なし" : String.join("、", d));
    }
}
