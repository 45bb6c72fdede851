package jp.kenpokpi.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.kenpokpi.catalogue.AggregationMethod;
import jp.kenpokpi.catalogue.Direction;
import jp.kenpokpi.catalogue.Kpi;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.evaluation.KpiJudge;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.evaluation.MarkPolicy;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.organisation.TileGrid;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.ranking.AssociationWide;
import jp.kenpokpi.ranking.AssociationWideValue;
import jp.kenpokpi.ranking.BranchRanking;
import jp.kenpokpi.ranking.NationalComparison;
import jp.kenpokpi.ranking.NationalValue;
import jp.kenpokpi.ranking.NationalValues;
import jp.kenpokpi.ranking.RankedBranch;
import jp.kenpokpi.result.KpiDataSet;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.result.StoredResult;
import jp.kenpokpi.result.StoredTarget;
import jp.kenpokpi.summary.KpiDetail.DefinitionBreak;
import jp.kenpokpi.summary.KpiDetail.DefinitionVersion;
import jp.kenpokpi.summary.KpiDetail.FractionRow;
import jp.kenpokpi.summary.KpiDetail.RankingBar;
import jp.kenpokpi.summary.KpiDetail.SeriesKind;
import jp.kenpokpi.summary.KpiDetail.TargetLine;
import jp.kenpokpi.summary.KpiDetail.Tile;
import jp.kenpokpi.summary.KpiDetail.TileColouring;
import jp.kenpokpi.summary.KpiDetail.Trend;
import jp.kenpokpi.summary.KpiDetail.TrendPoint;
import jp.kenpokpi.summary.KpiDetail.TrendSeries;
import jp.kenpokpi.target.TargetKind;
import jp.kenpokpi.target.TargetRule;
import jp.kenpokpi.target.Threshold;
import jp.kenpokpi.value.ValueFormat;

/** Builds the {@link KpiDetail} of a KPI for an organisation and year from the data held in memory. */
public final class KpiDetails {

    private final KpiDataSet data;
    private final NationalValues nationalValues;
    private final KpiJudge judge;

    public KpiDetails(KpiDataSet data, MarkPolicy policy) {
        this.data = data;
        this.nationalValues = new NationalValues(data);
        this.judge = new KpiJudge(data, nationalValues, policy);
    }

    /**
     * @param years the fiscal years that hold data; the trend covers those in which the KPI has a definition
     */
    public KpiDetail detail(
            Kpi kpi, OrgCode org, FiscalYear year, Collection<FiscalYear> years, TileColouring colouring) {
        Organisation organisation = Organisations.all().get(org);
        Optional<KpiDefinition> definition = kpi.definitionIn(year);
        List<DefinitionVersion> versions = kpi.versions().stream()
                .map(v -> new DefinitionVersion(v, definition.equals(Optional.of(v)), kpi.firstYearOf(v, years)))
                .toList();
        Trend trend = trend(kpi, org, year, years);
        Direction direction = definition.orElse(kpi.latest()).direction();
        List<KpiDetail.LegendEntry> legend = TileColours.legend(colouring, direction);
        InYear inYear = definition
                .map(d -> inYear(kpi, d, org, organisation, year, colouring))
                .orElseGet(() -> InYear.none(emptyTiles(org)));
        return new KpiDetail(
                kpi,
                organisation,
                year,
                definition,
                versions,
                trend,
                inYear.ranking(),
                inYear.targetLine(),
                inYear.national(),
                colouring,
                inYear.tiles(),
                legend,
                inYear.fractions(),
                inYear.nationalDifferenceJa(),
                inYear.branchResult());
    }

    /** What the page shows of the year under the definition valid in it; blank tiles alone without one. */
    private record InYear(
            List<RankingBar> ranking,
            Optional<TargetLine> targetLine,
            Optional<TrendPoint> national,
            List<Tile> tiles,
            List<FractionRow> fractions,
            Optional<String> nationalDifferenceJa,
            Optional<StoredResult> branchResult) {

        static InYear none(List<Tile> blankTiles) {
            return new InYear(
                    List.of(),
                    Optional.empty(),
                    Optional.empty(),
                    blankTiles,
                    List.of(),
                    Optional.empty(),
                    Optional.empty());
        }
    }

    private InYear inYear(
            Kpi kpi,
            KpiDefinition d,
            OrgCode org,
            Organisation organisation,
            FiscalYear year,
            TileColouring colouring) {
        Optional<StoredResult> stored = data.finalResult(org, year, kpi.code(), d.definitionFy());
        Map<OrgCode, Result> finals = data.branchFinals(year, kpi.code(), d.definitionFy());
        List<RankedBranch> ranked = BranchRanking.rank(d, finals);
        AssociationWideValue associationWide = AssociationWide.compute(d, finals);
        Optional<NationalValue> published = nationalValues.beside(org, d, year).filter(n -> !n.computed());
        Optional<String> difference = d.aggregationMethod() == AggregationMethod.RATIO && associationWide.isComplete()
                ? NationalComparison.of(published.map(NationalValue::value), associationWide.value(), d.unit())
                        .differenceJa()
                : Optional.empty();
        return new InYear(
                ranking(d, org, year, ranked),
                targetLine(kpi, d, org, year),
                national(org, d, year),
                tiles(kpi, d, org, year, ranked, colouring),
                fractions(organisation, d, year, stored, published, finals, associationWide),
                difference,
                stored);
    }

    // ---- the trend ----------------------------------------------------------------------------------------

    private Trend trend(Kpi kpi, OrgCode org, FiscalYear shown, Collection<FiscalYear> yearsWithData) {
        TreeSet<FiscalYear> all = new TreeSet<>(yearsWithData);
        all.add(shown);
        List<FiscalYear> years =
                all.stream().filter(y -> kpi.definitionIn(y).isPresent()).toList();
        List<KpiDefinition> versions = years.stream()
                .map(y -> kpi.definitionIn(y).orElseThrow())
                .distinct()
                .toList();
        Organisation organisation = Organisations.all().get(org);
        List<TrendSeries> series = new ArrayList<>();
        for (KpiDefinition v : versions) {
            series.add(new TrendSeries(
                    SeriesKind.ORGANISATION,
                    v,
                    organisation.nameJa() + versionSuffix(kpi, v, versions, years),
                    withRestated(
                            kpi,
                            v,
                            years,
                            y -> ownPoint(org, v, y),
                            y -> storedPoint(org, v, y).orElseGet(() -> TrendPoint.gap(y)))));
        }
        for (KpiDefinition v : versions) {
            List<TrendPoint> targets = points(kpi, v, years, y -> targetPoint(kpi, v, org, y));
            if (targets.stream().anyMatch(p -> p.value().isPresent())) {
                series.add(
                        new TrendSeries(SeriesKind.TARGET, v, "目標" + versionSuffix(kpi, v, versions, years), targets));
            }
        }
        Optional<String> associationNote = Optional.empty();
        if (!org.isAssociation()) {
            for (KpiDefinition v : versions) {
                if (v.aggregationMethod() == AggregationMethod.RATIO) {
                    series.add(new TrendSeries(
                            SeriesKind.ASSOCIATION,
                            v,
                            "全国平均" + versionSuffix(kpi, v, versions, years),
                            points(kpi, v, years, y -> nationalPoint(org, v, y))));
                } else {
                    associationNote = Optional.of("率の指標ではないため、支部と並べる全国平均はありません（協会全体の値は支部の合計や実施支部数です）");
                }
            }
        }
        List<DefinitionBreak> breaks = new ArrayList<>();
        for (int i = 1; i < versions.size(); i++) {
            KpiDefinition v = versions.get(i);
            breaks.add(new DefinitionBreak(v.validFrom(), v.validFrom().value() + "年度 定義変更", v.definitionNoteJa()));
        }
        return new Trend(years, series, breaks, associationNote);
    }

    /** One point per year: the version's value in its own years, a gap in the years of any other version. */
    private List<TrendPoint> points(
            Kpi kpi, KpiDefinition version, List<FiscalYear> years, Function<FiscalYear, TrendPoint> point) {
        return years.stream()
                .map(y -> kpi.definitionIn(y).orElseThrow().equals(version) ? point.apply(y) : TrendPoint.gap(y))
                .toList();
    }

    /**
     * As {@link #points}, and in an earlier version's year the value restated under this version where one is stored
     * (headquarters restates the prior year when a definition changes; records compute it): a later definition's line
     * then starts a year early, beside the old definition's value of that year, never joined to it.
     */
    private List<TrendPoint> withRestated(
            Kpi kpi,
            KpiDefinition version,
            List<FiscalYear> years,
            Function<FiscalYear, TrendPoint> point,
            Function<FiscalYear, TrendPoint> restated) {
        return years.stream()
                .map(y -> {
                    KpiDefinition inForce = kpi.definitionIn(y).orElseThrow();
                    if (inForce.equals(version)) return point.apply(y);
                    return inForce.validFrom().compareTo(version.validFrom()) < 0
                            ? restated.apply(y)
                            : TrendPoint.gap(y);
                })
                .toList();
    }

    /**
     * （令和2年度〜令和5年度の定義）, （令和6年度〜の定義）: the versions table's period (Kpi.firstYearOf); nothing when the
     * KPI kept one definition over the years shown.
     */
    private static String versionSuffix(
            Kpi kpi, KpiDefinition v, List<KpiDefinition> versions, List<FiscalYear> years) {
        if (versions.size() < 2) return "";
        FiscalYear first = kpi.firstYearOf(v, years);
        return "（" + first.japanese() + "〜"
                + v.validTo().map(FiscalYear::japanese).orElse("") + "の定義）";
    }

    /** The organisation's own year-end result; for the association, computed from the branches when not recorded. */
    private TrendPoint ownPoint(OrgCode org, KpiDefinition v, FiscalYear y) {
        return storedPoint(org, v, y)
                .orElseGet(() -> org.isAssociation() ? point(y, nationalValues.association(v, y)) : TrendPoint.gap(y));
    }

    /** The organisation's year-end result of the year as stored under the version, if it holds a value. */
    private Optional<TrendPoint> storedPoint(OrgCode org, KpiDefinition v, FiscalYear y) {
        return data.finalResult(org, y, v.kpiCode(), v.definitionFy())
                .filter(stored -> stored.result().isPresent())
                .map(stored ->
                        new TrendPoint(y, stored.result().number(v), ResultText.of(stored, v), stored.synthetic(), ""));
    }

    /** The year's target as the ranking draws it (71.7%, or the prior year's value of a relative target). */
    private TrendPoint targetPoint(Kpi kpi, KpiDefinition v, OrgCode org, FiscalYear y) {
        return targetLine(kpi, v, org, y)
                .map(t -> new TrendPoint(
                        y,
                        Optional.of(t.value()),
                        Optional.of(ValueFormat.amount(t.value(), v.unit())),
                        t.synthetic(),
                        t.labelJa()))
                .orElseGet(() -> TrendPoint.gap(y));
    }

    /** The 全国平均 beside a branch: the one national value of the year (see {@link NationalValues}). */
    private TrendPoint nationalPoint(OrgCode org, KpiDefinition v, FiscalYear y) {
        return point(y, nationalValues.beside(org, v, y));
    }

    private static TrendPoint point(FiscalYear y, Optional<NationalValue> value) {
        return value.map(n -> new TrendPoint(
                        y, Optional.of(n.value()), Optional.of(n.figure().textOr("")), n.synthetic(), n.sourceJa()))
                .orElseGet(() -> TrendPoint.gap(y));
    }

    private Optional<TrendPoint> national(OrgCode org, KpiDefinition d, FiscalYear year) {
        if (org.isAssociation() || d.aggregationMethod() != AggregationMethod.RATIO) return Optional.empty();
        TrendPoint point = nationalPoint(org, d, year);
        return point.value().isPresent() ? Optional.of(point) : Optional.empty();
    }

    // ---- the ranking and the target -----------------------------------------------------------------------

    private List<RankingBar> ranking(KpiDefinition d, OrgCode org, FiscalYear year, List<RankedBranch> ranked) {
        return ranked.stream()
                .map(r -> new RankingBar(
                        Organisations.all().get(r.branch()),
                        r.value(),
                        ValueFormat.amount(r.value(), d.unit()),
                        r.rank(),
                        r.branch().equals(org),
                        isSynthetic(r.branch(), year, d)))
                .toList();
    }

    private boolean isSynthetic(OrgCode org, FiscalYear year, KpiDefinition d) {
        return data.finalResult(org, year, d.kpiCode(), d.definitionFy())
                .map(StoredResult::synthetic)
                .orElse(false);
    }

    /**
     * The year's target as a value to draw: the value the rule sets (the target itself, or the prior year's value of
     * a relative target, as {@link KpiJudge} resolves it for the dashboard too). None for an action (実施), or a
     * relative target without a comparable prior year.
     */
    private Optional<TargetLine> targetLine(Kpi kpi, KpiDefinition d, OrgCode org, FiscalYear year) {
        Optional<TargetRule> rule = judge.evaluate(kpi, d, org, year).rule();
        if (rule.isEmpty()) return Optional.empty();
        Optional<Threshold> threshold = rule.get().threshold(judge.priorYear(kpi, org, year));
        boolean targetSynthetic =
                data.target(org, year, kpi.code()).map(StoredTarget::synthetic).orElse(false);
        boolean priorSynthetic = isSynthetic(org, year.previous(), d);
        return threshold.map(
                t -> line(t, rule.get(), d, targetSynthetic || (t.kind() == TargetKind.RELATIVE && priorSynthetic)));
    }

    private static TargetLine line(Threshold threshold, TargetRule rule, KpiDefinition d, boolean synthetic) {
        BigDecimal rounded = d.precision().round(threshold.value());
        String label = threshold.kind() == TargetKind.RELATIVE
                ? "前年度実績 " + ValueFormat.amount(rounded, d.unit()) + "（目標：" + rule.describeJa() + "）"
                : "目標 " + rule.describeJa();
        return new TargetLine(rounded, label, threshold.kind(), synthetic);
    }

    // ---- the tile map -------------------------------------------------------------------------------------

    private List<Tile> tiles(
            Kpi kpi,
            KpiDefinition d,
            OrgCode org,
            FiscalYear year,
            List<RankedBranch> ranked,
            TileColouring colouring) {
        List<Tile> tiles = new ArrayList<>();
        for (Organisation b : Organisations.all().branches()) {
            Optional<StoredResult> stored = data.finalResult(b.code(), year, kpi.code(), d.definitionFy());
            Optional<Integer> rank = BranchRanking.rankOf(b.code(), ranked).map(RankedBranch::rank);
            Optional<Integer> quintile = rank.map(r -> TileColours.quintile(r, ranked.size()));
            Mark mark = judge.evaluate(kpi, d, b.code(), year).mark();
            Optional<Boolean> carriedOut = d.direction() == Direction.DONE
                    ? stored.flatMap(s -> s.result().carriedOut())
                    : Optional.empty();
            TileColour colour = colouring == TileColouring.RESULT
                    ? TileColours.byResult(quintile, carriedOut)
                    : TileColours.byMark(mark);
            tiles.add(new Tile(
                    b,
                    TileGrid.positionOf(b.code()),
                    stored.flatMap(s -> ResultText.of(s, d)),
                    rank,
                    quintile,
                    mark,
                    colour,
                    b.code().equals(org),
                    stored.map(StoredResult::synthetic).orElse(false)));
        }
        return tiles;
    }

    private static List<Tile> emptyTiles(OrgCode org) {
        return Organisations.all().branches().stream()
                .map(b -> new Tile(
                        b,
                        TileGrid.positionOf(b.code()),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Mark.NONE,
                        TileColours.NONE,
                        b.code().equals(org),
                        false))
                .toList();
    }

    // ---- numerator and denominator ------------------------------------------------------------------------

    private List<FractionRow> fractions(
            Organisation organisation,
            KpiDefinition d,
            FiscalYear year,
            Optional<StoredResult> stored,
            Optional<NationalValue> published,
            Map<OrgCode, Result> finals,
            AssociationWideValue associationWide) {
        List<FractionRow> rows = new ArrayList<>();
        if (!organisation.isAssociation()) {
            rows.add(stored.map(s -> fraction(organisation.nameJa(), s, d))
                    .orElseGet(() -> new FractionRow(
                            organisation.nameJa(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            false,
                            "実績の記録がありません")));
        }
        Optional<StoredResult> association = data.finalResult(OrgCode.ASSOCIATION, year, d.kpiCode(), d.definitionFy());
        if (association.isPresent() && association.get().result().isPresent()) {
            rows.add(fraction("協会全体（公表値）", association.get(), d));
        } else if (published.isPresent()) {
            NationalValue p = published.get();
            rows.add(new FractionRow(
                    "全国平均（公表値）",
                    Optional.of(ValueFormat.amount(p.value(), d.unit())),
                    Optional.empty(),
                    Optional.empty(),
                    p.synthetic(),
                    p.sourceJa() + "。分子・分母は記載されていません"));
        }
        if (d.aggregationMethod() == AggregationMethod.RATIO
                && associationWide.value().isPresent()) {
            BigDecimal value = associationWide.value().get();
            String missing = associationWide.missing().isEmpty()
                    ? ""
                    : "。分子・分母のない支部："
                            + associationWide.missing().stream()
                                    .map(o -> Organisations.all().get(o).shortNameJa())
                                    .collect(Collectors.joining("、"))
                            + "（" + associationWide.missing().size() + "支部、算出に含まれていません）";
            rows.add(new FractionRow(
                    "協会全体（支部の分子・分母の合計から算出）",
                    Optional.of(ValueFormat.amount(value, d.unit())),
                    associationWide.numeratorSum(),
                    associationWide.denominatorSum(),
                    nationalValues.anySynthetic(d, year, finals, associationWide),
                    associationWide.explanationJa() + missing));
        }
        return rows;
    }

    private static FractionRow fraction(String labelJa, StoredResult s, KpiDefinition d) {
        boolean both =
                s.result().numerator().isPresent() && s.result().denominator().isPresent();
        return new FractionRow(
                labelJa,
                ResultText.of(s, d),
                s.result().numerator(),
                s.result().denominator(),
                s.synthetic(),
                both ? "" : "分子・分母の記録がありません");
    }
}
