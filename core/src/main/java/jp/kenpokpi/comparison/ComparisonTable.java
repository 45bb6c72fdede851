package jp.kenpokpi.comparison;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.kenpokpi.catalogue.AggregationMethod;
import jp.kenpokpi.catalogue.Direction;
import jp.kenpokpi.catalogue.KpiCatalogue;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.evaluation.MarkPolicy;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.KpiDataSet;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.summary.BranchYearSummary;
import jp.kenpokpi.summary.SummaryRow;
import jp.kenpokpi.value.ValueFormat;

/**
 * The cross-branch comparison of a fiscal year, the layout of the Akita plan's reference table (協会全体＋東北６県):
 * a row per KPI valid in the year, a column for the association and one per branch compared, each cell with
 * target, result, achievement and mark, and each branch's distance from the association-wide value.
 *
 * <p>Every cell is the branch's own {@link BranchYearSummary} row, so the table judges exactly as the dashboard
 * does; it is built from one {@link KpiDataSet}, which keeps all 47 branches to in-memory look-ups.
 *
 * @param columns the association first, then the branches in the current order (JIS order until sorted)
 * @param sort    the KPI whose results order the branch columns, if any
 */
public record ComparisonTable(
        FiscalYear year, List<Organisation> columns, List<ComparisonRow> rows, Optional<ColumnSort> sort) {

    /** Which way the branch columns run: ascending or descending values of the KPI sorted by. */
    public enum SortDirection {
        ASC,
        DESC;

        public static Optional<SortDirection> parse(String text) {
            if (text == null) return Optional.empty();
            for (SortDirection d : values()) {
                if (d.id().equals(text.strip().toLowerCase(Locale.ROOT))) return Optional.of(d);
            }
            return Optional.empty();
        }

        /** Best first: the highest value first, or the lowest for a lower-is-better KPI. */
        public static SortDirection bestFirst(Direction direction) {
            return direction == Direction.LOWER ? ASC : DESC;
        }

        public SortDirection reversed() {
            return this == ASC ? DESC : ASC;
        }

        /** As the {@code dir} parameter names it: asc, desc. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The branch columns ordered by one KPI's results. */
    public record ColumnSort(KpiDefinition definition, SortDirection direction) {

        public String kpiCode() {
            return definition.kpiCode();
        }

        public boolean bestFirst() {
            return direction == SortDirection.bestFirst(definition.direction());
        }

        /** 「生活習慣病予防健診実施率」の実績の高い順（良い順） */
        public String labelJa() {
            return "「" + definition.nameJa() + "」の実績の" + (direction == SortDirection.DESC ? "高い順" : "低い順")
                    + (bestFirst() ? "（良い順）" : "");
        }
    }

    /** The rows of one area (分野), in catalogue order. */
    public record AreaRows(String areaJa, List<ComparisonRow> rows) {}

    /**
     * @param branches the branches to compare; shown in JIS order after the association
     */
    public static ComparisonTable build(
            KpiCatalogue catalogue, KpiDataSet data, MarkPolicy policy, FiscalYear year, List<Organisation> branches) {
        List<Organisation> columns = new ArrayList<>();
        columns.add(Organisations.all().get(OrgCode.ASSOCIATION));
        branches.stream()
                .filter(b -> !b.isAssociation())
                .distinct()
                .sorted(Comparator.comparing(Organisation::code))
                .forEach(columns::add);

        BranchYearSummary summary = new BranchYearSummary(catalogue, data, policy);
        List<List<SummaryRow>> summaries =
                columns.stream().map(o -> summary.rows(o.code(), year)).toList();
        List<KpiDefinition> definitions = catalogue.definitionsIn(year);
        List<ComparisonRow> rows = new ArrayList<>();
        for (int i = 0; i < definitions.size(); i++) {
            SummaryRow association = summaries.get(0).get(i);
            Optional<BigDecimal> reference = reference(association);
            boolean published = !association.actualFigure().computed();
            List<ComparisonCell> cells = new ArrayList<>();
            for (List<SummaryRow> organisationRows : summaries) {
                cells.add(cell(organisationRows.get(i), reference));
            }
            rows.add(new ComparisonRow(definitions.get(i), reference, published, cells));
        }
        return new ComparisonTable(year, List.copyOf(columns), List.copyOf(rows), Optional.empty());
    }

    /**
     * The association-wide value a branch's difference is measured from: the association's own result, the one
     * national value of {@link NationalValues}, when published (by the association or in a branch's report), or
     * computed from all 47 branches. A value computed from some branches only is shown (labelled 算) but measures
     * no difference. None for totals (健康宣言事業所数, 実施した支部の数): a branch's count is a share of that total, not a
     * level to be compared with it.
     */
    private static Optional<BigDecimal> reference(SummaryRow association) {
        KpiDefinition definition = association.definition();
        AggregationMethod method = definition.aggregationMethod();
        if (method == AggregationMethod.SUM || method == AggregationMethod.BRANCHES_DONE) return Optional.empty();
        if (!association.actualFigure().computed())
            return association.evaluation().result().number(definition);
        return association.associationWide().isComplete()
                ? association.associationWide().value()
                : Optional.empty();
    }

    private static ComparisonCell cell(SummaryRow row, Optional<BigDecimal> reference) {
        KpiDefinition definition = row.definition();
        Optional<BigDecimal> value = value(row.evaluation().result(), definition);
        Optional<BigDecimal> difference =
                row.organisation().isAssociation() ? Optional.empty() : value.flatMap(v -> reference.map(v::subtract));
        return new ComparisonCell(
                row.organisation(),
                row.targetFigure(),
                row.actualFigure(),
                row.evaluation(),
                value,
                difference,
                difference.map(d -> ValueFormat.difference(d, definition.unit())));
    }

    /** 実施 sorts before 未実施. */
    private static Optional<BigDecimal> value(Result result, KpiDefinition definition) {
        return result.number(definition)
                .or(() -> result.carriedOut().map(done -> done ? BigDecimal.ONE : BigDecimal.ZERO));
    }

    /**
     * The same table with the branch columns ordered by a KPI's results, best first unless a direction is given;
     * branches without a result last, ties in JIS order. The association stays first.
     *
     * @throws IllegalArgumentException when the KPI is not a row of this table
     */
    public ComparisonTable sortedBy(String kpiCode, Optional<SortDirection> direction) {
        ComparisonRow by = row(kpiCode)
                .orElseThrow(
                        () -> new IllegalArgumentException("KPI「" + kpiCode + "」は" + year.japanese() + "の指標にありません"));
        SortDirection dir =
                direction.orElse(SortDirection.bestFirst(by.definition().direction()));
        Function<Organisation, Optional<BigDecimal>> valueOf =
                o -> by.cell(o.code()).flatMap(ComparisonCell::value);
        Comparator<BigDecimal> values =
                dir == SortDirection.ASC ? Comparator.naturalOrder() : Comparator.reverseOrder();
        Comparator<Organisation> order = Comparator.<Organisation, Boolean>comparing(
                        o -> valueOf.apply(o).isEmpty())
                .thenComparing(o -> valueOf.apply(o).orElse(BigDecimal.ZERO), values)
                .thenComparing(Organisation::code);

        List<Organisation> sorted = new ArrayList<>();
        sorted.add(columns.get(0));
        branches().stream().sorted(order).forEach(sorted::add);
        List<ComparisonRow> reordered = rows.stream()
                .map(r -> {
                    Map<OrgCode, ComparisonCell> byOrg = r.cells().stream()
                            .collect(Collectors.toMap(c -> c.organisation().code(), c -> c));
                    return r.withCells(
                            sorted.stream().map(o -> byOrg.get(o.code())).toList());
                })
                .toList();
        return new ComparisonTable(
                year, List.copyOf(sorted), reordered, Optional.of(new ColumnSort(by.definition(), dir)));
    }

    /**
     * The direction a click on a KPI's name sorts the columns in: best first, or the other way when they are already
     * sorted by that KPI in that direction.
     */
    public SortDirection nextDirection(KpiDefinition definition) {
        SortDirection best = SortDirection.bestFirst(definition.direction());
        return sort.filter(s -> s.kpiCode().equals(definition.kpiCode()) && s.direction() == best)
                .map(s -> best.reversed())
                .orElse(best);
    }

    /** The branch columns, without the association. */
    public List<Organisation> branches() {
        return columns.subList(1, columns.size());
    }

    public Optional<ComparisonRow> row(String kpiCode) {
        return rows.stream()
                .filter(r -> r.definition().kpiCode().equals(kpiCode))
                .findFirst();
    }

    /** The rows grouped by area in the order the areas first appear in the catalogue. */
    public List<AreaRows> areas() {
        Map<String, List<ComparisonRow>> byArea = new LinkedHashMap<>();
        for (ComparisonRow r : rows)
            byArea.computeIfAbsent(r.definition().areaJa(), a -> new ArrayList<>())
                    .add(r);
        return byArea.entrySet().stream()
                .map(e -> new AreaRows(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }
}
