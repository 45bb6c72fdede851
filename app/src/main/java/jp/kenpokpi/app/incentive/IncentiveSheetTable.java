package jp.kenpokpi.app.incentive;

import static jp.kenpokpi.app.incentive.IncentiveCells.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.kenpokpi.incentive.BranchScore;
import jp.kenpokpi.incentive.IncentiveRanking;
import jp.kenpokpi.incentive.IndicatorScore;
import jp.kenpokpi.incentive.RewardLineGap;
import jp.kenpokpi.incentive.SubItemScore;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.report.ReportCell;
import jp.kenpokpi.report.ReportTable;
import jp.kenpokpi.report.ReportTable.Group;
import jp.kenpokpi.report.ReportTable.Heading;

/**
 * A branch's sheet as a report table: per indicator its sub-items (value, 偏差値, weight, points, the gap to the reward
 * line's branch) and the indicator's score and rank; under it the branch's total and rank, the reward line, the
 * sub-items that cost most, the denominators and the lines every incentive table carries.
 */
public final class IncentiveSheetTable {

    /** Column keys. */
    public static final String INDICATOR = "indicator",
            SUB_ITEM = "sub-item",
            VALUE = "value",
            DEVIATION = "deviation",
            WEIGHT = "weight",
            POINTS = "points",
            GAP = "gap",
            SYNTHETIC = "synthetic";

    private IncentiveSheetTable() {}

    public static ReportTable of(IncentiveService.Scored scored, OrgCode code) {
        IncentiveRanking ranking = scored.ranking();
        BranchScore b = ranking.branch(code).orElseThrow();
        RewardLineGap gap = RewardLineGap.of(ranking, code);
        List<Heading> headings = List.of(
                new Heading(INDICATOR, 5, "指標"),
                new Heading(SUB_ITEM, 16, "小項目"),
                new Heading(VALUE, 9, "値"),
                new Heading(DEVIATION, 6, "偏差値"),
                new Heading(WEIGHT, 5, "重み"),
                new Heading(POINTS, 9, "得点"),
                new Heading(GAP, 9, "報酬ラインとの差"),
                new Heading(SYNTHETIC, 4, "備考"));
        List<Group> groups = new ArrayList<>();
        for (IndicatorScore s : b.indicators()) {
            String synthetic = scored.derivation().isSynthetic(code, s.indicator()) ? "架空" : "";
            List<List<ReportCell>> rows = new ArrayList<>();
            for (SubItemScore item : s.subItems()) {
                rows.add(List.of(
                        text(s.indicator().circled()),
                        text(item.subItem().labelJa()),
                        text(IncentiveFormat.value(item)),
                        IncentiveCells.points(item.deviation()),
                        text(IncentiveFormat.weight(item)),
                        IncentiveCells.points(item.points()),
                        IncentiveCells.signed(IncentiveLines.subItemGap(gap, item.subItem())),
                        text(synthetic)));
            }
            int total = rows.size();
            rows.add(List.of(
                    text(s.indicator().circled() + " 計"),
                    text("指標の得点（順位）"),
                    text(""),
                    text(""),
                    text(""),
                    text(IncentiveFormat.points(s.score()) + IncentiveFormat.indicatorRank(s)),
                    IncentiveCells.signed(IncentiveLines.indicatorGap(gap, s.indicator())),
                    text("")));
            groups.add(new Group(
                    s.indicator().circled() + " " + s.indicator().nameJa(ranking.resultsYear()), rows, Set.of(total)));
        }
        List<String> footer = new ArrayList<>();
        footer.add(IncentiveLines.standingJa(b, ranking));
        footer.add(IncentiveLines.rewardLineJa(ranking.atRewardLine().orElseThrow(), gap));
        List<String> costs = IncentiveLines.costliest(gap);
        if (!costs.isEmpty()) footer.add("差の大きい小項目: " + String.join("、", costs));
        footer.add(IncentiveLines.denominatorsJa(scored, code));
        footer.addAll(IncentiveRankingTable.footerLines(scored));
        return ReportTable.withHeadings(IncentiveLines.sheetTitle(scored, code), headings, groups, footer);
    }
}
