package jp.kenpokpi.app.incentive;

import static jp.kenpokpi.app.incentive.IncentiveCells.text;

import java.util.ArrayList;
import java.util.List;
import jp.kenpokpi.incentive.BranchScore;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.report.ReportCell;
import jp.kenpokpi.report.ReportTable;
import jp.kenpokpi.report.ReportTable.Column;
import jp.kenpokpi.report.ReportTable.Group;
import jp.kenpokpi.report.ReportTable.HeaderCell;

/**
 * The results years side by side: per branch (in code order) its total and rank in every results year the data
 * hold, each year scored by the same engine with that year's parameters.
 */
public final class IncentiveYearsTable {

    public static final String BRANCH = "branch", SYNTHETIC = "synthetic";

    private IncentiveYearsTable() {}

    public static String totalKey(int year) {
        return "total-" + year;
    }

    public static String rankKey(int year) {
        return "rank-" + year;
    }

    public static ReportTable of(List<IncentiveService.Scored> years) {
        List<Column> columns = new ArrayList<>(List.of(new Column(BRANCH, 7)));
        List<HeaderCell> top = new ArrayList<>(List.of(new HeaderCell("支部", 1, 2)));
        List<HeaderCell> second = new ArrayList<>();
        for (IncentiveService.Scored s : years) {
            int y = s.ranking().resultsYear().value();
            columns.add(new Column(totalKey(y), 6));
            columns.add(new Column(rankKey(y), 4));
            top.add(new HeaderCell(
                    s.ranking().resultsYear().label() + "実績（上位" + s.ranking().rewardLine() + "支部に報酬）", 2, 1));
            second.add(HeaderCell.of("合計"));
            second.add(HeaderCell.of("順位"));
        }
        columns.add(new Column(SYNTHETIC, 4));
        top.add(new HeaderCell("備考", 1, 2));
        List<List<ReportCell>> rows = new ArrayList<>();
        for (Organisation o : Organisations.all().branches()) {
            List<ReportCell> row = new ArrayList<>();
            row.add(text(IncentiveFormat.branchLabel(o.code())));
            boolean synthetic = false;
            for (IncentiveService.Scored s : years) {
                BranchScore b = s.ranking().branch(o.code()).orElse(null);
                synthetic |= s.derivation().isSynthetic(o.code());
                row.add(b == null ? text("") : IncentiveCells.total(b.total()));
                row.add(text(b == null ? "" : IncentiveFormat.rankShort(b) + (b.rewarded() ? " ○" : "")));
            }
            row.add(text(synthetic ? "架空" : ""));
            rows.add(row);
        }
        String span = years.isEmpty()
                ? ""
                : years.get(0).ranking().resultsYear().label() + "〜"
                        + years.get(years.size() - 1).ranking().resultsYear().label();
        List<String> footer =
                List.of("各年度の実績を、その年度のパラメータで同じエンジンにより採点しています（○＝報酬対象）。", "架空＝いずれかの年度の値に架空の値を含む。総報酬額は架空です（データにないため）。");
        return new ReportTable(
                "インセンティブ制度 年度別の合計と順位（" + span + "実績）",
                columns,
                List.of(top, second),
                List.of(new Group("全支部", rows)),
                footer);
    }
}
