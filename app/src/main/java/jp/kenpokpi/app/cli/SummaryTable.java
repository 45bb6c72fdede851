package jp.kenpokpi.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.evaluation.MarkPolicy;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.report.PlanResults;
import jp.kenpokpi.summary.PriorYearCell;
import jp.kenpokpi.summary.SummaryRow;

/** The branch summary as a terminal table in the layout of the Tochigi 概要 table, then the reasons. */
final class SummaryTable {

    private SummaryTable() {}

    /** @param numbered the rows in the plan's 項番 order with their numbers, as the dashboard and R1 print them */
    static String render(Organisation org, FiscalYear year, MarkPolicy policy, List<PlanResults.ItemRow> numbered) {
        List<SummaryRow> rows = numbered.stream().map(PlanResults.ItemRow::row).toList();
        String nl = System.lineSeparator();
        FiscalYear y2 = year.plus(-2);
        FiscalYear y1 = year.previous();
        TextTable table = new TextTable(
                List.of(
                        "項番",
                        "KPI",
                        y2.japanese() + "実績",
                        y1.japanese() + "実績",
                        year.japanese() + "目標",
                        year.japanese() + "実績",
                        "達成",
                        "判定",
                        "報告書",
                        "全国平均",
                        "順位",
                        year.next().japanese() + "目標",
                        "備考"),
                0,
                40,
                0,
                0,
                24,
                0,
                0,
                0,
                0,
                0,
                0,
                30,
                30);
        for (PlanResults.ItemRow item : numbered) {
            SummaryRow r = item.row();
            table.add(List.of(
                    number(item),
                    r.definition().nameJa(),
                    prior(r.priorYears().get(0)),
                    prior(r.priorYears().get(1)),
                    r.targetFigure().plainJa(""),
                    r.actualFigure().plainJa("—"),
                    r.evaluation().achieved().map(a -> a ? "達成" : "未達成").orElse(""),
                    r.evaluation().mark().symbol(),
                    r.printedMark().map(Mark::symbol).orElse(""),
                    r.nationalFigure().plainJa("－"),
                    r.rank().map(k -> k + "/" + r.rankedBranches()).orElse(""),
                    r.nextYearTargetFigure().plainJa(""),
                    r.note().orElse("")));
        }
        StringBuilder sb = new StringBuilder();
        sb.append(org.nameJa())
                .append(" ")
                .append(year.label())
                .append(" KPI実施状況（判定: ")
                .append(policy.nameJa())
                .append("）")
                .append(nl)
                .append(table.render());
        Map<Mark, Long> counts = Commands.counts(rows);
        List<String> c = new ArrayList<>();
        for (Mark m : Mark.values()) c.add(m.symbol() + " " + counts.get(m));
        sb.append("判定の内訳: ").append(String.join("　", c)).append(nl);
        sb.append("◎計画を上回る実施状況　○計画どおりの実施状況　△計画を下回る実施状況　×未実施　—実績なし・判定なし").append(nl);
        sb.append("報告書＝支部が印刷した判定　算＝支部の値から算出した協会全体の値　架空＝架空の値、または架空の値を含む算出値").append(nl);
        sb.append("順位は実績のある支部の中での順位（架空の値を含む）").append(nl);
        long differing = rows.stream().filter(SummaryRow::printedMarkDiffers).count();
        if (differing > 0)
            sb.append("報告書の判定と異なるKPI: ").append(differing).append("件").append(nl);
        sb.append(nl).append("判定の理由").append(nl);
        for (PlanResults.ItemRow item : numbered) {
            SummaryRow r = item.row();
            sb.append(number(item))
                    .append(" ")
                    .append(r.evaluation().mark().symbol())
                    .append(" ")
                    .append(r.evaluation().outcome().reason());
            r.national().differenceJa().ifPresent(d -> sb.append("　全国平均: ").append(d));
            r.commentaryJa().forEach(line -> sb.append("　").append(line));
            sb.append(nl);
        }
        return sb.toString();
    }

    private static String prior(PriorYearCell cell) {
        String text = cell.figure().plainJa("");
        return text.isEmpty() || cell.comparable() ? text : text.replaceFirst("^(\\S+)", "$1※");
    }

    /** (8): the 項番 as the dashboard and R1 print it. */
    static String number(PlanResults.ItemRow item) {
        return "(" + item.item() + ")";
    }
}
