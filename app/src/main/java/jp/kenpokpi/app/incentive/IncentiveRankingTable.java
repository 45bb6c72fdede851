package jp.kenpokpi.app.incentive;

import static jp.kenpokpi.app.incentive.IncentiveCells.text;

import java.util.ArrayList;
import java.util.List;
import jp.kenpokpi.incentive.BranchScore;
import jp.kenpokpi.incentive.IncentiveRanking;
import jp.kenpokpi.incentive.Indicator;
import jp.kenpokpi.incentive.IndicatorScore;
import jp.kenpokpi.report.ReportCell;
import jp.kenpokpi.report.ReportTable;
import jp.kenpokpi.report.ReportTable.Group;
import jp.kenpokpi.report.ReportTable.Heading;

/**
 * A results year's ranking of the 47 branches as a report table: the columns of the command line's table, the
 * rewarded branches first, then the others; under it the fund and the sum of the shares, the 架空 premium bases, the
 * parameters, the notes on the inputs and the legend.
 */
public final class IncentiveRankingTable {

    /** Column keys. */
    public static final String RANK = "rank",
            BRANCH = "branch",
            TOTAL = "total",
            REWARDED = "rewarded",
            SHARE = "share",
            REDUCTION = "reduction",
            SYNTHETIC = "synthetic";

    private IncentiveRankingTable() {}

    public static String indicatorKey(Indicator i) {
        return "indicator-" + i.number();
    }

    public static ReportTable of(IncentiveService.Scored scored) {
        IncentiveRanking ranking = scored.ranking();
        List<Heading> headings = new ArrayList<>(List.of(new Heading(RANK, 5, "順位"), new Heading(BRANCH, 7, "支部")));
        for (Indicator i : Indicator.values()) headings.add(new Heading(indicatorKey(i), 8, i.circled()));
        headings.addAll(List.of(
                new Heading(TOTAL, 6, "合計"),
                new Heading(REWARDED, 3, "報酬"),
                new Heading(SHARE, 10, "配分額（円）"),
                new Heading(REDUCTION, 7, "減算率"),
                new Heading(SYNTHETIC, 4, "備考")));
        List<List<ReportCell>> rewarded = new ArrayList<>();
        List<List<ReportCell>> others = new ArrayList<>();
        for (BranchScore b : ranking.branches()) {
            (b.rewarded() ? rewarded : others).add(row(scored, b));
        }
        List<Group> groups = new ArrayList<>();
        groups.add(new Group("報酬対象（上位" + ranking.rewardLine() + "支部）", rewarded));
        if (!others.isEmpty()) groups.add(new Group("報酬対象外", others));
        return ReportTable.withHeadings(IncentiveLines.rankingTitle(ranking), headings, groups, footer(scored));
    }

    private static List<ReportCell> row(IncentiveService.Scored scored, BranchScore b) {
        List<ReportCell> row = new ArrayList<>();
        row.add(text(IncentiveFormat.rankShort(b)));
        row.add(text(IncentiveFormat.branchLabel(b.branch())));
        for (IndicatorScore s : b.indicators()) row.add(text(IncentiveFormat.indicatorScore(s)));
        row.add(IncentiveCells.total(b.total()));
        row.add(text(b.rewarded() ? "○" : ""));
        row.add(b.rewarded() ? IncentiveCells.yen(b.shareYen()) : text(""));
        row.add(b.rewarded() ? IncentiveCells.reduction(b.reductionPercent()) : text(""));
        row.add(text(scored.derivation().isSynthetic(b.branch()) ? "架空" : ""));
        return row;
    }

    /** The fund line, then the lines every incentive table carries. */
    static List<String> footer(IncentiveService.Scored scored) {
        List<String> lines = new ArrayList<>();
        lines.add(IncentiveLines.fundLine(scored));
        lines.addAll(footerLines(scored));
        return lines;
    }

    /** The shared footer as a report prints it: the lines under a heading indented by a full-width space. */
    static List<String> footerLines(IncentiveService.Scored scored) {
        return IncentiveLines.footer(scored).stream()
                .map(l -> (l.item() ? "　" : "") + l.text())
                .toList();
    }
}
