package jp.kenpokpi.summary;

import static jp.kenpokpi.catalogue.ReferenceCatalogue.kpi;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import jp.kenpokpi.catalogue.Kpi;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.evaluation.MarkPolicies;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.KpiDataSet;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.result.StoredResult;
import jp.kenpokpi.result.StoredResults;
import jp.kenpokpi.result.StoredTarget;
import jp.kenpokpi.summary.KpiDetail.FractionRow;
import jp.kenpokpi.summary.KpiDetail.RankingBar;
import jp.kenpokpi.summary.KpiDetail.SeriesKind;
import jp.kenpokpi.summary.KpiDetail.Tile;
import jp.kenpokpi.summary.KpiDetail.TileColouring;
import jp.kenpokpi.summary.KpiDetail.TrendPoint;
import jp.kenpokpi.summary.KpiDetail.TrendSeries;
import jp.kenpokpi.target.TargetKind;
import jp.kenpokpi.value.PrintedValue;
import org.junit.jupiter.api.Test;

/** The KPI detail page's data: trend split by definition version, association-wide values, ranking, tile map. */
class KpiDetailsTest {

    private static final Kpi LIFESTYLE = kpi("LIFESTYLE_CHECKUP_RATE"); // versions 2021 and 2024, higher, 1 decimal
    private static final Kpi OPINION = kpi("OPINION_ADVOCACY"); // an action: 実施
    private static final OrgCode TOCHIGI = OrgCode.of("09");
    private static final List<FiscalYear> YEARS =
            IntStream.rangeClosed(2020, 2025).mapToObj(FiscalYear::of).toList();

    private final List<StoredResult> results = new ArrayList<>();
    private final List<StoredTarget> targets = new ArrayList<>();

    @Test
    void a_definition_change_splits_the_trend_into_two_series_the_new_one_starting_with_the_restated_year() {
        for (int y = 2020; y <= 2023; y++) rate("09", y, 2021, "7" + (y - 2020) + ".0", false);
        // The FY2023 value restated under the new definition (issue 13: "both definition versions in the trend"):
        // the new definition's line starts at FY2023, beside the old definition's value of that year.
        rate("09", 2023, 2024, "60.0", true);
        rate("09", 2024, 2024, "70.7", true);
        rate("09", 2025, 2024, "71.5", true);

        KpiDetail.Trend trend = detail(TOCHIGI, 2023).trend();

        assertThat(trend.years()).extracting(FiscalYear::value).containsExactly(2020, 2021, 2022, 2023, 2024, 2025);
        List<TrendSeries> own = trend.seriesOf(SeriesKind.ORGANISATION);
        assertThat(own).extracting(s -> s.definition().definitionFy()).containsExactly(2021, 2024);
        assertThat(values(own.get(0))).containsExactly("70.0", "71.0", "72.0", "73.0", null, null);
        assertThat(values(own.get(1))).containsExactly(null, null, null, "60.0", "70.7", "71.5");
        // Issue 8 (15): the legend and the versions table give a version the same first year (Kpi.firstYearOf).
        assertThat(own.get(0).nameJa()).isEqualTo("栃木支部（令和2年度〜令和5年度の定義）");
        assertThat(own.get(1).nameJa()).isEqualTo("栃木支部（令和6年度〜の定義）");
        assertThat(trend.breaks()).singleElement().satisfies(b -> {
            assertThat(b.from()).isEqualTo(FiscalYear.of(2024));
            assertThat(b.labelJa()).isEqualTo("2024年度 定義変更");
            assertThat(b.noteJa()).contains("算出方法変更");
        });
        assertThat(own.get(1).points().get(4).synthetic()).isTrue();
        assertThat(own.get(0).points().get(3).synthetic()).isFalse();
    }

    @Test
    void a_kpi_that_kept_its_definition_has_one_series_and_no_break() {
        Kpi generic = kpi("GENERIC_DRUG_SHARE");
        result("09", 2022, generic, "80.1", null, null, false);
        result("09", 2023, generic, "81.0", null, null, false);

        KpiDetail.Trend trend = new KpiDetails(data(), MarkPolicies.EXCEEDS)
                .detail(generic, TOCHIGI, FiscalYear.of(2023), YEARS, TileColouring.RESULT)
                .trend();

        assertThat(trend.seriesOf(SeriesKind.ORGANISATION))
                .singleElement()
                .satisfies(s -> assertThat(s.nameJa()).isEqualTo("栃木支部"));
        assertThat(trend.breaks()).isEmpty();
    }

    @Test
    void the_association_wide_value_is_the_sum_of_numerators_over_the_sum_of_denominators_not_a_mean_of_rates() {
        // 90/100 = 90% and 10/1000 = 1%: 100/1100 = 9.1%, where the mean of the rates would be 45.5%
        ratio("13", 2022, 90, 100, false);
        ratio("31", 2022, 10, 1000, true);

        KpiDetail detail = detail(OrgCode.of("13"), 2022);

        TrendPoint national = point(detail, SeriesKind.ASSOCIATION, 2022);
        assertThat(national.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("9.1"));
        assertThat(national.noteJa()).contains("支部の値から算出", "2支部");
        assertThat(national.synthetic()).as("one synthetic branch went into it").isTrue();
        assertThat(detail.national())
                .hasValueSatisfying(n -> assertThat(n.value()).contains(new BigDecimal("9.1")));

        FractionRow computed = detail.fractions().get(1);
        assertThat(computed.labelJa()).contains("合計から算出");
        assertThat(computed.numerator()).contains(new BigDecimal("100"));
        assertThat(computed.denominator()).contains(new BigDecimal("1100"));
        assertThat(computed.synthetic()).isTrue();
        FractionRow own = detail.fractions().get(0);
        assertThat(own.labelJa()).isEqualTo("東京支部");
        assertThat(own.numerator()).contains(new BigDecimal("90"));
        assertThat(own.synthetic()).isFalse();
    }

    @Test
    void a_published_association_value_comes_before_the_computed_one_and_a_printed_national_value_before_both() {
        ratio("13", 2023, 90, 100, true);
        ratio("31", 2023, 10, 1000, true);
        rate("00", 2023, 2021, "57.7", false);
        ratio("13", 2021, 90, 100, true);
        results.add(StoredResults.yearEnd("09", FiscalYear.of(2021), LIFESTYLE.code(), 2021)
                .value(StoredResults.percent("68.1"))
                .national("54.6%")
                .build());

        KpiDetail tokyo = detail(OrgCode.of("13"), 2023);
        TrendPoint published = point(tokyo, SeriesKind.ASSOCIATION, 2023);
        assertThat(published.value()).contains(new BigDecimal("57.7"));
        assertThat(published.noteJa()).isEqualTo("協会全体の公表値");
        assertThat(published.synthetic()).isFalse();
        assertThat(tokyo.fractions())
                .extracting(FractionRow::labelJa)
                .containsExactly("東京支部", "協会全体（公表値）", "協会全体（支部の分子・分母の合計から算出）");

        TrendPoint printed = point(detail(TOCHIGI, 2021), SeriesKind.ASSOCIATION, 2021);
        assertThat(printed.value()).contains(new BigDecimal("54.6"));
        assertThat(printed.noteJa()).isEqualTo("支部の報告書に記載の全国平均");
    }

    @Test
    void the_requested_branch_is_highlighted_in_the_ranking_and_on_the_tile_map_and_nowhere_else() {
        rate("06", 2023, 2021, "82.6", false);
        rate("09", 2023, 2021, "72.2", false);
        rate("13", 2023, 2021, "64.6", true);

        KpiDetail detail = detail(TOCHIGI, 2023);

        assertThat(detail.ranking()).extracting(b -> b.branch().code().value()).containsExactly("06", "09", "13");
        assertThat(detail.ranking()).extracting(RankingBar::rank).containsExactly(1, 2, 3);
        assertThat(detail.ranking())
                .filteredOn(RankingBar::highlighted)
                .singleElement()
                .satisfies(b -> assertThat(b.branch().code()).isEqualTo(TOCHIGI));
        assertThat(detail.ranking())
                .filteredOn(RankingBar::synthetic)
                .extracting(b -> b.branch().code().value())
                .containsExactly("13");
        assertThat(detail.highlightedBar())
                .hasValueSatisfying(b -> assertThat(b.text()).isEqualTo("72.2%"));
        assertThat(detail.tiles()).hasSize(47);
        assertThat(detail.tiles())
                .filteredOn(Tile::highlighted)
                .singleElement()
                .satisfies(t -> assertThat(t.branch().code()).isEqualTo(TOCHIGI));
    }

    @Test
    void tiles_are_coloured_by_the_fifth_of_the_ranking_or_by_the_mark() {
        for (int b = 1; b <= 47; b++) rate(String.format("%02d", b), 2023, 2021, Integer.toString(100 - b), true);
        target("09", 2023, "95%以上"); // 91% misses it: △
        target("01", 2023, "90%以上"); // 99% beats it: ◎

        KpiDetail byResult = detail(TOCHIGI, 2023);
        assertThat(tile(byResult, "01").colour()).isEqualTo(TileColour.quintile(1));
        assertThat(tile(byResult, "10").colour()).as("rank 10 of 47").isEqualTo(TileColour.quintile(1));
        assertThat(tile(byResult, "11").colour()).as("rank 11 of 47").isEqualTo(TileColour.quintile(2));
        assertThat(tile(byResult, "47").colour()).isEqualTo(TileColour.quintile(5));
        assertThat(tile(byResult, "09").valueText()).contains("91.0%");
        assertThat(tile(byResult, "09").synthetic()).isTrue();
        assertThat(byResult.legend())
                .extracting(KpiDetail.LegendEntry::colour)
                .containsExactly(
                        TileColour.quintile(1),
                        TileColour.quintile(2),
                        TileColour.quintile(3),
                        TileColour.quintile(4),
                        TileColour.quintile(5),
                        TileColour.NONE);

        KpiDetail byMark = new KpiDetails(data(), MarkPolicies.EXCEEDS)
                .detail(LIFESTYLE, TOCHIGI, FiscalYear.of(2023), YEARS, TileColouring.ACHIEVEMENT);
        assertThat(tile(byMark, "09").mark()).isEqualTo(Mark.BELOW_PLAN);
        assertThat(tile(byMark, "09").colour()).isEqualTo(TileColour.of(Mark.BELOW_PLAN));
        assertThat(tile(byMark, "01").colour()).isEqualTo(TileColour.of(Mark.EXCEEDED));
        assertThat(tile(byMark, "02").colour()).as("no target").isEqualTo(TileColour.of(Mark.NONE));
        assertThat(byMark.legend()).hasSize(Mark.values().length);
    }

    @Test
    void a_branch_without_a_result_is_an_uncoloured_tile_and_an_action_kpi_is_coloured_done_or_not() {
        rate("09", 2023, 2021, "72.2", false);
        assertThat(tile(detail(TOCHIGI, 2023), "13").colour()).isEqualTo(TileColour.NONE);

        results.add(stored("09", 2023, 2021, OPINION, Result.of(new PrintedValue.Done(true)), false));
        results.add(stored("13", 2023, 2021, OPINION, Result.of(new PrintedValue.Done(false)), true));
        KpiDetail opinion = new KpiDetails(data(), MarkPolicies.EXCEEDS)
                .detail(OPINION, TOCHIGI, FiscalYear.of(2023), YEARS, TileColouring.RESULT);
        assertThat(tile(opinion, "09").colour()).isEqualTo(TileColour.DONE);
        assertThat(tile(opinion, "13").colour()).isEqualTo(TileColour.NOT_DONE);
        assertThat(tile(opinion, "13").valueText()).contains("未実施");
        assertThat(opinion.ranking()).as("actions are not ranked").isEmpty();
    }

    @Test
    void the_target_line_is_the_target_value_or_for_a_relative_target_the_prior_year_value_and_none_for_an_action() {
        rate("09", 2022, 2021, "71.9", false);
        rate("09", 2023, 2021, "72.2", false);
        target("09", 2023, "71.7%以上");
        assertThat(detail(TOCHIGI, 2023).targetLine()).hasValueSatisfying(t -> {
            assertThat(t.value()).isEqualByComparingTo("71.7");
            assertThat(t.labelJa()).isEqualTo("目標 71.7%以上");
        });

        assertThat(detail(TOCHIGI, 2023).targetLine().orElseThrow().synthetic()).isFalse();

        targets.clear();
        target("09", 2023, "対前年度以上");
        assertThat(detail(TOCHIGI, 2023).targetLine()).hasValueSatisfying(t -> {
            assertThat(t.value()).isEqualByComparingTo("71.9");
            assertThat(t.kind()).isEqualTo(TargetKind.RELATIVE);
            assertThat(t.labelJa()).isEqualTo("前年度実績 71.9%（目標：対前年度以上）");
            assertThat(t.synthetic()).isFalse();
        });
        results.removeIf(r -> r.year().value() == 2022);
        rate("09", 2022, 2021, "71.9", true);
        assertThat(detail(TOCHIGI, 2023).targetLine().orElseThrow().synthetic())
                .as("a relative target drawn at a synthetic prior-year value is synthetic")
                .isTrue();

        target("09", 2025, "65.0%以上");
        assertThat(detail(TOCHIGI, 2025).targetLine())
                .as("no result yet: the target value still")
                .hasValueSatisfying(t -> assertThat(t.value()).isEqualByComparingTo("65.0"));

        results.add(stored("09", 2023, 2021, OPINION, Result.of(new PrintedValue.Done(true)), false));
        targets.add(new StoredTarget(
                TOCHIGI, FiscalYear.of(2023), OPINION.code(), "実施", Optional.empty(), Optional.empty(), false));
        assertThat(new KpiDetails(data(), MarkPolicies.EXCEEDS)
                        .detail(OPINION, TOCHIGI, FiscalYear.of(2023), YEARS, TileColouring.RESULT)
                        .targetLine())
                .isEmpty();
    }

    @Test
    void every_version_is_listed_and_the_one_valid_in_the_year_is_current() {
        KpiDetail detail = detail(TOCHIGI, 2023);

        assertThat(detail.versions()).hasSize(2);
        assertThat(detail.versions().get(0).current()).isTrue();
        // Issue 8 (15): the first version covers FY2020 too (Kpi.definitionIn), as the trend's legend says.
        assertThat(detail.versions().get(0).periodJa()).isEqualTo("令和2年度（2020年度）〜令和5年度（2023年度）");
        assertThat(detail.versions().get(1).current()).isFalse();
        assertThat(detail.versions().get(1).periodJa()).isEqualTo("令和6年度（2024年度）〜");
        assertThat(detail(TOCHIGI, 2024).versions().get(1).current()).isTrue();
    }

    @Test
    void the_association_itself_has_its_own_series_only_and_nothing_highlighted() {
        ratio("13", 2023, 90, 100, true);
        ratio("31", 2023, 10, 1000, true);

        KpiDetail detail = detail(OrgCode.ASSOCIATION, 2023);

        assertThat(detail.trend().seriesOf(SeriesKind.ASSOCIATION)).isEmpty();
        TrendPoint own = point(detail, SeriesKind.ORGANISATION, 2023);
        assertThat(own.value()).contains(new BigDecimal("9.1"));
        assertThat(detail.tiles()).noneMatch(Tile::highlighted);
        assertThat(detail.ranking()).noneMatch(RankingBar::highlighted);
    }

    // ---- fixtures ----

    private KpiDetail detail(OrgCode org, int year) {
        return new KpiDetails(data(), MarkPolicies.EXCEEDS)
                .detail(LIFESTYLE, org, FiscalYear.of(year), YEARS, TileColouring.RESULT);
    }

    private KpiDataSet data() {
        return new KpiDataSet(targets, results);
    }

    private static List<String> values(TrendSeries series) {
        return series.points().stream()
                .map(p -> p.value().map(BigDecimal::toPlainString).orElse(null))
                .toList();
    }

    private static TrendPoint point(KpiDetail detail, SeriesKind kind, int year) {
        return detail.trend().seriesOf(kind).stream()
                .flatMap(s -> s.points().stream())
                .filter(p -> p.year().value() == year && p.value().isPresent())
                .findFirst()
                .orElseThrow();
    }

    private static Tile tile(KpiDetail detail, String branch) {
        return detail.tiles().stream()
                .filter(t -> t.branch().code().value().equals(branch))
                .findFirst()
                .orElseThrow();
    }

    private void rate(String org, int year, int definitionFy, String value, boolean synthetic) {
        results.add(stored(org, year, definitionFy, LIFESTYLE, StoredResults.percent(value), synthetic));
    }

    private void ratio(String org, int year, int numerator, int denominator, boolean synthetic) {
        results.add(stored(org, year, 2021, LIFESTYLE, StoredResults.ratio(numerator, denominator), synthetic));
    }

    private void result(
            String org, int year, Kpi kpi, String value, Integer numerator, Integer denominator, boolean synthetic) {
        results.add(stored(
                org,
                year,
                kpi.versions().get(0).definitionFy(),
                kpi,
                new Result(
                        StoredResults.percent(value).value(),
                        Optional.ofNullable(numerator).map(BigDecimal::valueOf),
                        Optional.ofNullable(denominator).map(BigDecimal::valueOf)),
                synthetic));
    }

    private void target(String org, int year, String text) {
        targets.add(StoredResults.target(org, FiscalYear.of(year), LIFESTYLE.code(), text));
    }

    private static StoredResult stored(
            String org, int year, int definitionFy, Kpi kpi, Result result, boolean synthetic) {
        return StoredResults.yearEnd(org, FiscalYear.of(year), kpi.code(), definitionFy)
                .value(result)
                .synthetic(synthetic)
                .build();
    }
}
