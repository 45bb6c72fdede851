package jp.kenpokpi.app.kpidetail;

import java.math.BigDecimal;
import java.util.List;
import jp.kenpokpi.catalogue.Direction;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.summary.KpiDetail;
import jp.kenpokpi.summary.KpiDetail.TrendPoint;
import jp.kenpokpi.value.Unit;

/**
 * The KPI detail page's charts as the JSON that static/kpi-detail.js draws with ECharts: one array per series with
 * null in the years of other definition versions, so that the chart breaks the line there.
 */
final class KpiChartData {

    private KpiChartData() {}

    /** The trend chart: x axis labels, one series per definition version and organisation, the breaks. */
    record Trend(String unit, List<String> years, List<Integer> fiscalYears, List<Series> series, List<Break> breaks) {}

    /**
     * @param kind       organisation or association
     * @param data       one value per year, null where the series has none
     * @param synthetic  per year: the value is synthetic (架空)
     * @param texts      per year: the value as printed
     * @param notes      per year: where the value comes from
     */
    record Series(
            String name,
            String kind,
            int definitionFy,
            List<BigDecimal> data,
            List<Boolean> synthetic,
            List<String> texts,
            List<String> notes) {}

    /** A new definition from this year: axisLabel is the category the chart marks. */
    record Break(int fiscalYear, String axisLabel, String label, String note) {}

    /** The ranking chart: the branches best first, the highlighted one, lines for the target and 全国平均. */
    record Ranking(String unit, String highlight, List<Bar> branches, Line target, Line national) {}

    record Bar(
            String code,
            String name,
            BigDecimal value,
            String text,
            int rank,
            boolean highlighted,
            boolean synthetic) {}

    record Line(BigDecimal value, String label, boolean synthetic) {}

    static String axisLabel(FiscalYear year) {
        return year.shortJapanese() + "（" + year.value() + "）";
    }

    static Trend trend(KpiDetail detail) {
        KpiDetail.Trend trend = detail.trend();
        List<Series> series = trend.series().stream()
                .map(s -> new Series(
                        s.nameJa(),
                        s.kind().name().toLowerCase(),
                        s.definition().definitionFy(),
                        s.points().stream().map(p -> p.value().orElse(null)).toList(),
                        s.points().stream().map(TrendPoint::synthetic).toList(),
                        s.points().stream().map(p -> p.text().orElse(null)).toList(),
                        s.points().stream().map(TrendPoint::noteJa).toList()))
                .toList();
        List<Break> breaks = trend.breaks().stream()
                .map(b -> new Break(b.from().value(), axisLabel(b.from()), b.labelJa(), b.noteJa()))
                .toList();
        return new Trend(
                unit(detail.shownDefinition()),
                trend.years().stream().map(KpiChartData::axisLabel).toList(),
                trend.years().stream().map(FiscalYear::value).toList(),
                series,
                breaks);
    }

    static Ranking ranking(KpiDetail detail) {
        List<Bar> bars = detail.ranking().stream()
                .map(b -> new Bar(
                        b.branch().code().value(),
                        b.branch().shortNameJa(),
                        b.value(),
                        b.text(),
                        b.rank(),
                        b.highlighted(),
                        b.synthetic()))
                .toList();
        Line target = detail.targetLine()
                .map(t -> new Line(t.value(), detail.organisation().shortNameJa() + "の" + t.labelJa(), t.synthetic()))
                .orElse(null);
        Line national = detail.national()
                .map(n -> new Line(n.value().orElseThrow(), "全国平均 " + n.text().orElse(""), n.synthetic()))
                .orElse(null);
        return new Ranking(
                unit(detail.shownDefinition()), detail.organisation().code().value(), bars, target, national);
    }

    /** The y axis unit: an action's association-wide value is a count of branches. */
    private static String unit(KpiDefinition definition) {
        return (definition.direction() == Direction.DONE ? Unit.BRANCHES : definition.unit()).nameJa();
    }
}
