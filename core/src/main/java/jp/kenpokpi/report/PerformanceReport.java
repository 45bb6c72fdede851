package jp.kenpokpi.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.performance.BranchEvaluation;
import jp.kenpokpi.performance.KpiDistribution;
import jp.kenpokpi.performance.KpiStanding;
import jp.kenpokpi.performance.PerformanceYear;
import jp.kenpokpi.report.ReportTable.Group;
import jp.kenpokpi.report.ReportTable.Heading;

/**
 * 支部業績評価 as report tables: a branch's sheet (its KPIs against all branches, then its strengths and weaknesses in
 * words) and headquarters' table of all branches (偏差値 and rank of each KPI, the count of strengths and weaknesses).
 * The words are {@link KpiStanding}'s, the same as the page's.
 */
public final class PerformanceReport {

    /** The notes under both tables and the page. */
    public static final List<String> NOTES = List.of(
            "順位・偏差値・中央値・上位25%の水準は、その年度に実績のある支部の中での値（四分位は PERCENTILE.INC）。偏差値は低いほど良い指標でも高い方が良い向きにそろえている。",
            "差は良い方向を＋、悪い方向を▲で示す（低いほど良い指標では低い方が＋）。強み＝上位25%の水準以上、弱み＝中央値未満。");

    /** A heading's label where the column's values rest on a 架空 one. */
    public static final String SYNTHETIC_HEADING = "（" + jp.kenpokpi.value.Figure.Label.SYNTHETIC.ja() + "）";

    /** The note where some value is 架空. */
    public static final String SYNTHETIC_NOTE =
            "架空＝報告書にない架空の値（サンプルデータ）、またはそれを含む順位・偏差値・水準。自支部の実績が実際の値でも、ほかの支部の値が架空なら順位・偏差値は架空。";

    private PerformanceReport() {}

    /** A branch's sheet: one row a KPI it has a value of, grouped by area, and its strengths and weaknesses. */
    public static ReportTable branch(PerformanceYear year, OrgCode branch) {
        Organisation o = Organisations.all().get(branch);
        BranchEvaluation e = year.branch(branch);
        List<Heading> headings = List.of(
                new Heading("kpi", 24, "KPI"),
                new Heading("value", 8, "実績"),
                new Heading("rank", 6, "順位"),
                new Heading("deviation", 5, "偏差値"),
                new Heading("median", 7, "中央値"),
                new Heading("over-median", 8, "中央値との差"),
                new Heading("top-quartile", 7, "上位25%の水準"),
                new Heading("over-top-quartile", 8, "上位25%との差"),
                new Heading("standing", 7, "評価"));
        List<Group> groups = KpiSummaryReport.groupedByArea(
                e.standings(), s -> s.definition().areaJa(), (item, s) -> branchRow(s));
        List<String> footer = new ArrayList<>();
        e.strengths().forEach(s -> footer.add(s.sentenceJa()));
        e.weaknesses().forEach(s -> footer.add(s.sentenceJa()));
        if (e.strengths().isEmpty()) footer.add("強み: なし（上位25%の水準に届くKPIはありません）");
        if (e.weaknesses().isEmpty()) footer.add("弱み: なし（中央値に届かないKPIはありません）");
        footer.addAll(notes(year));
        return ReportTable.withHeadings("支部業績評価 " + year.year().label() + " " + o.nameJa(), headings, groups, footer);
    }

    private static List<String> notes(PerformanceYear year) {
        List<String> notes = new ArrayList<>(NOTES);
        if (year.synthetic()) notes.add(SYNTHETIC_NOTE);
        return notes;
    }

    private static List<ReportCell> branchRow(KpiStanding s) {
        int decimals = s.definition().precision().decimals();
        boolean synthetic = s.synthetic();
        return List.of(
                new ReportCell.Text(s.definition().nameJa(), false),
                new ReportCell.Number(s.value(), s.definition().unit(), decimals, s.valueSynthetic()),
                new ReportCell.Text(s.rank() + "位/" + s.branchCount(), synthetic),
                new ReportCell.Text(s.deviationJa(), synthetic),
                new ReportCell.Number(s.median(), s.definition().unit(), decimals, synthetic),
                new ReportCell.Text(s.marginJa(s.marginOverMedian()), false),
                new ReportCell.Number(s.topQuartile(), s.definition().unit(), decimals, synthetic),
                new ReportCell.Text(s.marginJa(s.marginOverTopQuartile()), false),
                new ReportCell.Text(s.standing().labelJa(), false));
    }

    /**
     * Headquarters' table: the 47 branches, a column per KPI with its 偏差値 and rank. Every cell of a KPI whose
     * values include a 架空 one rests on it, so the column's heading carries the label once, as a file prints a label
     * (（架空）), rather than each of its 47 cells; likewise 平均偏差値 where any KPI does.
     */
    public static ReportTable allBranches(PerformanceYear year) {
        List<Heading> headings = new ArrayList<>(List.of(
                new Heading("branch", 5, "支部"),
                new Heading("strengths", 3, "強み"),
                new Heading("weaknesses", 3, "弱み"),
                new Heading("mean", 4, "平均偏差値" + (year.synthetic() ? SYNTHETIC_HEADING : ""))));
        for (KpiDistribution d : year.distributions()) {
            headings.add(new Heading(
                    d.definition().kpiCode(), 4, d.definition().nameJa() + (d.synthetic() ? SYNTHETIC_HEADING : "")));
        }
        List<List<ReportCell>> rows = new ArrayList<>();
        for (BranchEvaluation e : year.branches()) {
            List<ReportCell> row = new ArrayList<>(List.of(
                    new ReportCell.Text(Organisations.all().get(e.branch()).shortNameJa(), false),
                    new ReportCell.Text(String.valueOf(e.strengths().size()), false),
                    new ReportCell.Text(String.valueOf(e.weaknesses().size()), false),
                    new ReportCell.Text(e.meanDeviationJa(), false)));
            for (KpiDistribution d : year.distributions()) {
                Optional<KpiStanding> s = e.standing(d.definition().kpiCode());
                row.add(s.<ReportCell>map(k -> new ReportCell.Text(k.deviationJa() + "\n" + k.rank() + "位", false))
                        .orElseGet(() -> new ReportCell.Text("—", false)));
            }
            rows.add(row);
        }
        List<String> footer = new ArrayList<>(
                List.of("KPIの欄は上に偏差値、下に全国順位（—は実績なし）。強み・弱みはその支部の強み（上位25%）と弱み（中央値未満）のKPIの数、平均偏差値は実績のあるKPIの偏差値の平均。"));
        footer.addAll(notes(year));
        return ReportTable.withHeadings(
                "支部業績評価 " + year.year().label() + " 全支部一覧",
                headings,
                List.of(new Group("全支部（" + rows.size() + "支部）", rows)),
                footer);
    }
}
