package jp.kenpokpi.report;

import java.util.ArrayList;
import java.util.List;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.report.ReportTable.Group;
import jp.kenpokpi.report.ReportTable.Heading;
import jp.kenpokpi.summary.KpiDetail;
import jp.kenpokpi.summary.KpiDetail.RankingBar;
import jp.kenpokpi.summary.KpiDetail.SeriesKind;
import jp.kenpokpi.summary.KpiDetail.TrendPoint;
import jp.kenpokpi.summary.KpiDetail.TrendSeries;
import jp.kenpokpi.value.Figure;
import jp.kenpokpi.value.Unit;

/**
 * The data behind the KPI page's two charts as downloads: the trend table the page prints under its chart (a
 * series per row, a year per column), and the ranking of the branches the bar chart draws, best first. Values are
 * numbers in the KPI's unit, labelled 架空 where the page labels them.
 */
public final class KpiDetailTables {

    private KpiDetailTables() {}

    public static ReportTable trend(KpiDetail detail) {
        List<Heading> headings = new ArrayList<>(List.of(new Heading("series", 16, "系列")));
        for (FiscalYear y : detail.trend().years()) headings.add(new Heading("fy" + y.value(), 8, y.japanese()));
        List<List<ReportCell>> body = new ArrayList<>();
        for (TrendSeries s : detail.trend().series()) {
            List<ReportCell> cells = new ArrayList<>(List.of(new ReportCell.Text(s.nameJa(), false)));
            for (TrendPoint p : s.points()) cells.add(point(s, p));
            body.add(cells);
        }
        List<String> footer = new ArrayList<>();
        detail.trend().breaks().forEach(b -> footer.add(b.from().japanese() + "：" + b.labelJa() + "　" + b.noteJa()));
        detail.trend().associationNoteJa().ifPresent(footer::add);
        return ReportTable.withHeadings(title(detail, "推移（支部と全国平均）"), headings, List.of(new Group("", body)), footer);
    }

    public static ReportTable ranking(KpiDetail detail) {
        List<Heading> headings = List.of(
                new Heading("rank", 6, "順位"),
                new Heading("branch", 10, "支部"),
                new Heading("value", 10, "実績"),
                new Heading("shown", 6, "表示中の支部"));
        List<List<ReportCell>> body = new ArrayList<>();
        KpiDefinition definition = detail.shownDefinition();
        for (RankingBar b : detail.ranking()) {
            body.add(List.of(
                    new ReportCell.Text("全国" + b.rank() + "位", false),
                    new ReportCell.Text(b.branch().nameJa(), false),
                    KpiSummaryReport.value(Figure.of(b.value(), definition.unit(), false, b.synthetic()), ""),
                    new ReportCell.Text(b.highlighted() ? "○" : "", false)));
        }
        return ReportTable.withHeadings(
                title(detail, "支部別の実績（" + detail.year().label() + "）"),
                headings,
                List.of(new Group("", body)),
                List.of("順位は実績のある支部の中での順位で、架空の値を含みます。"));
    }

    private static String title(KpiDetail detail, String what) {
        return detail.shownDefinition().nameJa() + " " + detail.organisation().nameJa() + " " + what;
    }

    /** A value as a number; a target's wording (71.7%以上) stays text, as the page prints it. */
    private static ReportCell point(TrendSeries s, TrendPoint p) {
        if (p.value().isEmpty()
                || s.kind() == SeriesKind.TARGET
                || s.definition().unit() == Unit.DONE)
            return new ReportCell.Text(
                    p.text().orElse(""), p.synthetic() && p.text().isPresent());
        return KpiSummaryReport.value(Figure.of(p.value().get(), s.definition().unit(), false, p.synthetic()), "");
    }
}
