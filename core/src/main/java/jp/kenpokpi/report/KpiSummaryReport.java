package jp.kenpokpi.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.plan.BusinessPlan;
import jp.kenpokpi.report.ReportTable.Column;
import jp.kenpokpi.report.ReportTable.Group;
import jp.kenpokpi.report.ReportTable.HeaderCell;
import jp.kenpokpi.summary.SummaryRow;
import jp.kenpokpi.value.Figure;
import jp.kenpokpi.value.PrintedValue;

/**
 * Report R1: a branch's 事業計画実施状況（概要）, the KPI summary table in the layout of the Tochigi FY2023 council
 * report — one group per area, two prior years' results, the year's target, result, mark and national average, next
 * year's target and a note, with the mark legend under the table.
 */
public final class KpiSummaryReport {

    /** Column keys, in the report's order. */
    public static final String ITEM = "item",
            GROUP = "group",
            KPI = "kpi",
            PRIOR2 = "prior2",
            PRIOR1 = "prior1",
            TARGET = "target",
            ACTUAL = "actual",
            MARK = "mark",
            NATIONAL = "national",
            NEXT_TARGET = "nextTarget",
            NOTE = "note";

    /** The marks the legend explains, as the Tochigi report lists them. */
    private static final List<Mark> LEGEND = List.of(Mark.EXCEEDED, Mark.AS_PLANNED, Mark.BELOW_PLAN);

    private static final String FULL_WIDTH_DIGITS = "０１２３４５６７８９";

    private KpiSummaryReport() {}

    public static ReportTable of(List<SummaryRow> rows, Organisation organisation, FiscalYear year) {
        return of(rows, organisation, year, Optional.empty());
    }

    /** With the branch's plan, rows follow the plan's 項番 and carry its numbers, as the branch's own table does. */
    public static ReportTable of(
            List<SummaryRow> rows, Organisation organisation, FiscalYear year, Optional<BusinessPlan> plan) {
        String y = year.japanese();
        List<Column> columns = List.of(
                new Column(ITEM, 4),
                new Column(GROUP, 8),
                new Column(KPI, 31),
                new Column(PRIOR2, 8),
                new Column(PRIOR1, 8),
                new Column(TARGET, 10),
                new Column(ACTUAL, 8),
                new Column(MARK, 6),
                new Column(NATIONAL, 8),
                new Column(NEXT_TARGET, 13),
                new Column(NOTE, 11));
        List<List<HeaderCell>> header = List.of(
                List.of(
                        new HeaderCell("項番", 1, 2),
                        new HeaderCell("担当グループ", 1, 2),
                        new HeaderCell(y + " " + organisation.nameJa() + "KPI", 1, 2),
                        HeaderCell.of(year.plus(-2).japanese()),
                        HeaderCell.of(year.previous().japanese()),
                        new HeaderCell(y, 4, 1),
                        HeaderCell.of(year.next().japanese()),
                        new HeaderCell("備考", 1, 2)),
                List.of(
                        HeaderCell.of("実績"),
                        HeaderCell.of("実績"),
                        HeaderCell.of("目標"),
                        HeaderCell.of("実績"),
                        HeaderCell.of("実施状況"),
                        HeaderCell.of("全国平均"),
                        HeaderCell.of("目標")));

        List<Group> groups = groupedByArea(
                PlanResults.inItemOrder(rows, plan),
                r -> r.row().definition().areaJa(),
                (running, r) -> cells(r.item(), r.row()));
        List<String> footer = legend();
        return new ReportTable(y + " " + organisation.nameJa() + "事業計画実施状況（概要）", columns, header, groups, footer);
    }

    /**
     * The rows grouped under the report's area headings (１．基盤的保険者機能関係), in the order the areas first
     * appear; the item number runs on across the groups.
     */
    static <T> List<Group> groupedByArea(
            List<T> rows, Function<T, String> area, BiFunction<Integer, T, List<ReportCell>> cells) {
        Map<String, List<List<ReportCell>>> byArea = new LinkedHashMap<>();
        int item = 0;
        for (T row : rows) {
            item++;
            byArea.computeIfAbsent(area.apply(row), a -> new ArrayList<>()).add(cells.apply(item, row));
        }
        List<Group> groups = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<List<ReportCell>>> a : byArea.entrySet()) {
            n++;
            groups.add(new Group(fullWidth(n) + "．" + a.getKey() + "関係", a.getValue()));
        }
        return groups;
    }

    /** The mark legend printed under a table. */
    static List<String> legend() {
        return legend(LEGEND);
    }

    /** The legend of these marks, one line each: ◎目標を上回った. */
    static List<String> legend(List<Mark> marks) {
        return marks.stream().map(m -> m.symbol() + m.legendJa()).toList();
    }

    private static List<ReportCell> cells(int item, SummaryRow row) {
        return List.of(
                new ReportCell.Text("（" + item + "）", false),
                new ReportCell.Text(row.definition().groupJa(), false),
                new ReportCell.Text(row.definition().nameJa(), false),
                value(row.priorYears().get(0).figure(), ""),
                value(row.priorYears().get(1).figure(), ""),
                text(row.targetFigure()),
                value(row.actualFigure(), ""),
                new ReportCell.MarkCell(row.evaluation().mark()),
                value(row.nationalFigure(), "－"),
                text(row.nextYearTargetFigure()),
                new ReportCell.Text(row.noteWithCommentaryJa(), false));
    }

    /**
     * A value with its labels (算, 架空): a number in its unit where the figure carries one (72.2%, 6,535円), taken
     * from the figure's typed amount and never from its text, so that a spreadsheet can compute with it; else its
     * text (実施, －); {@code empty} where there is none.
     */
    static ReportCell value(Figure figure, String empty) {
        if (figure.amount().isPresent()) {
            PrintedValue.Amount a = figure.amount().get();
            return new ReportCell.Number(
                    a.number(),
                    a.unit().orElseThrow(),
                    Math.max(0, a.number().scale()),
                    figure.synthetic(),
                    Optional.empty(),
                    figure.computed());
        }
        return figure.isPresent() ? text(figure) : new ReportCell.Text(empty, false);
    }

    static ReportCell text(Figure figure) {
        return new ReportCell.Text(figure.textOr(""), figure.synthetic(), figure.computed());
    }

    /** １, ２, ３ as the reports number their blocks (areas, budgets). */
    static String fullWidth(int n) {
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) s.append(FULL_WIDTH_DIGITS.charAt(c - '0'));
        return s.toString();
    }
}
