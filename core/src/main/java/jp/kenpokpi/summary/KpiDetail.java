package jp.kenpokpi.summary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.catalogue.Kpi;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.TileGrid;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.StoredResult;
import jp.kenpokpi.target.TargetKind;
import jp.kenpokpi.value.ValueFormat;

/**
 * One KPI seen from one organisation and fiscal year (the KPI detail page): its definition versions, the trend over
 * the years split where the definition changes, the 47 branches ranked, the tile map of Japan, the numerator and
 * denominator behind the values. Built by {@link KpiDetails}; every value says whether it is synthetic (架空).
 *
 * @param definition the version valid in the year; empty when the KPI has none then (not yet set, or dropped)
 * @param ranking    best first; empty without a definition in the year or for an action (実施) KPI
 * @param targetLine the organisation's target as a value to draw across the ranking
 * @param national   the 全国平均 of the year, as the trend shows it
 * @param fractions  the numerator and denominator of the organisation's result and of the association-wide value
 * @param branchResult the organisation's recorded year-end result, whose change history the page shows
 */
public record KpiDetail(
        Kpi kpi,
        Organisation organisation,
        FiscalYear year,
        Optional<KpiDefinition> definition,
        List<DefinitionVersion> versions,
        Trend trend,
        List<RankingBar> ranking,
        Optional<TargetLine> targetLine,
        Optional<TrendPoint> national,
        TileColouring colouring,
        List<Tile> tiles,
        List<LegendEntry> legend,
        List<FractionRow> fractions,
        Optional<String> nationalDifferenceJa,
        Optional<StoredResult> branchResult) {

    /** The definition shown first: the one valid in the year, else the latest. */
    public KpiDefinition shownDefinition() {
        return definition.orElse(kpi.latest());
    }

    public Optional<RankingBar> highlightedBar() {
        return ranking.stream().filter(RankingBar::highlighted).findFirst();
    }

    /**
     * A version of the KPI's definition and the years it is valid in.
     *
     * @param current valid in the year shown
     */
    public record DefinitionVersion(KpiDefinition definition, boolean current, FiscalYear from) {

        /**
         * 令和2年度（2020年度）〜令和5年度（2023年度), or 令和6年度（2024年度）〜 while still valid: from the first year
         * it is used for (Kpi.firstYearOf), as the trend's legend says.
         */
        public String periodJa() {
            return from.label() + "〜"
                    + definition.validTo().map(FiscalYear::label).orElse("");
        }
    }

    /**
     * Values over the years. Each definition version is its own series, empty in the years of other versions, so
     * that a chart never joins values that are not comparable.
     *
     * @param years             oldest first; every series has one point per year
     * @param associationNoteJa why there is no association-wide series, where there is none
     */
    public record Trend(
            List<FiscalYear> years,
            List<TrendSeries> series,
            List<DefinitionBreak> breaks,
            Optional<String> associationNoteJa) {

        public List<TrendSeries> seriesOf(SeriesKind kind) {
            return series.stream().filter(s -> s.kind() == kind).toList();
        }
    }

    public enum SeriesKind {
        /** The organisation the page is about. */
        ORGANISATION,
        /** The association-wide value (全国平均) beside it. */
        ASSOCIATION,
        /** The organisation's target of each year as a value (KpiDetail.TargetLine), the line its results aim at. */
        TARGET
    }

    /** One organisation's values under one definition version, with gaps in the years of other versions. */
    public record TrendSeries(SeriesKind kind, KpiDefinition definition, String nameJa, List<TrendPoint> points) {}

    /**
     * A year's value in a series, or a gap.
     *
     * @param noteJa where the value comes from, where that needs saying (公表値, 支部の合計から算出（46支部）)
     */
    public record TrendPoint(
            FiscalYear year, Optional<BigDecimal> value, Optional<String> text, boolean synthetic, String noteJa) {

        public static TrendPoint gap(FiscalYear year) {
            return new TrendPoint(year, Optional.empty(), Optional.empty(), false, "");
        }
    }

    /** Where a new definition starts: drawn as a break, not a joined line. */
    public record DefinitionBreak(FiscalYear from, String labelJa, String noteJa) {}

    /** A branch in the ranking of the year. */
    public record RankingBar(
            Organisation branch, BigDecimal value, String text, int rank, boolean highlighted, boolean synthetic) {}

    /**
     * The organisation's target as a value: the target itself (71.7%以上), or for a relative target the prior-year
     * value it is measured against. An action (実施) has none.
     *
     * @param synthetic the target, or the prior-year value it stands for, is synthetic (架空)
     */
    public record TargetLine(BigDecimal value, String labelJa, TargetKind kind, boolean synthetic) {}

    /** What the tile map is coloured by. */
    public enum TileColouring {
        /** The result, by fifths of the ranking (or 実施/未実施). */
        RESULT("result", "実績"),
        /** The mark against the branch's own target. */
        ACHIEVEMENT("achievement", "達成状況");

        private final String id;
        private final String nameJa;

        TileColouring(String id, String nameJa) {
            this.id = id;
            this.nameJa = nameJa;
        }

        public String id() {
            return id;
        }

        public String nameJa() {
            return nameJa;
        }

        public static Optional<TileColouring> parse(String id) {
            for (TileColouring c : values()) {
                if (c.id.equals(id)) return Optional.of(c);
            }
            return Optional.empty();
        }
    }

    /**
     * A branch's square on the tile map.
     *
     * @param quintile 1 for the best fifth of the ranking to 5 for the worst; empty without a ranked value
     * @param colour what the tile is coloured by, in the page's colouring
     */
    public record Tile(
            Organisation branch,
            TileGrid.Position position,
            Optional<String> valueText,
            Optional<Integer> rank,
            Optional<Integer> quintile,
            Mark mark,
            TileColour colour,
            boolean highlighted,
            boolean synthetic) {}

    public record LegendEntry(TileColour colour, String labelJa) {}

    /**
     * A value with the numerator and denominator it was formed from.
     *
     * @param noteJa where it comes from, and what is missing
     */
    public record FractionRow(
            String labelJa,
            Optional<String> valueText,
            Optional<BigDecimal> numerator,
            Optional<BigDecimal> denominator,
            boolean synthetic,
            String noteJa) {

        /** 163,860 */
        public Optional<String> numeratorText() {
            return numerator.map(ValueFormat::number);
        }

        public Optional<String> denominatorText() {
            return denominator.map(ValueFormat::number);
        }
    }
}
