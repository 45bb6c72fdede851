package jp.kenpokpi.sampledata;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import jp.kenpokpi.catalogue.Kpi;
import jp.kenpokpi.catalogue.KpiCatalogue;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.csv.CsvWriter;
import jp.kenpokpi.interchange.InterchangeRow;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;

/**
 * Generates synthetic (架空) KPI values for the branches and years the real reports do not cover, so that every KPI
 * of FY2021–FY2025 has all 47 branches and ranks among them mean something. The values are plausible, not real:
 * every row says so in its source.
 *
 * <p>For every branch 01–47 (never the association 00, whose values are formed from the branches or published) and
 * every KPI, for FY2020–FY2025:
 * <ul>
 *   <li>the year-end result, with the target of the year (FY2021–FY2025) in the same row;</li>
 *   <li>where a definition changes, the prior year restated under the new definition, as headquarters publishes
 *       it — but only for branches whose prior year is synthetic: where it is real, the real reports print
 *       "not comparable" (※基準変更), and so do these data; likewise the base year of a new KPI whose first
 *       target is relative to the prior year;</li>
 *   <li>the first-half (上期) result as of September.</li>
 * </ul>
 * A key the real rows hold (branch, year, period, KPI, definition version) is never written: real values are
 * neither overwritten nor duplicated, even where the real row has only a target.
 *
 * <p>The output is deterministic: the same inputs give the same bytes (see {@link Draws}).
 */
public final class SyntheticDataGenerator {

    static final int FIRST_YEAR = KpiLevel.FIRST_YEAR;
    static final int LAST_YEAR = KpiLevel.LAST_YEAR;
    /** The first year with targets: the first year of the catalogue. */
    static final int FIRST_TARGET_YEAR = 2021;
    /** The first-half end (上期末). */
    private static final int INTERIM_MONTH = 9;

    private final KpiCatalogue catalogue;
    private final RealData real;
    private final SyntheticResults results;
    private final SyntheticTargets targets;

    private SyntheticDataGenerator(KpiCatalogue catalogue, List<InterchangeRow> realRows) {
        this.catalogue = catalogue;
        this.real = new RealData(realRows);
        this.results = new SyntheticResults(new BranchModel(real));
        this.targets = new SyntheticTargets(results, real);
    }

    /**
     * The synthetic rows as interchange CSV text (docs/INTERCHANGE.md, with the source column): UTF-8 text, LF line
     * endings, RFC 4180 quoting.
     *
     * @param realRows the real rows, read from the sample files: their keys are left alone, and their branches'
     *                 synthetic years are anchored on their values
     */
    public static String generate(KpiCatalogue catalogue, List<InterchangeRow> realRows) {
        CsvWriter csv = new CsvWriter().row(SyntheticRow.header());
        for (SyntheticRow row : new SyntheticDataGenerator(catalogue, realRows).rows()) {
            csv.row(row.fields());
        }
        return csv.toString();
    }

    private List<SyntheticRow> rows() {
        List<SyntheticRow> rows = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            for (int number = 1; number <= BranchModel.BRANCHES; number++) {
                for (Kpi kpi : catalogue.kpis()) {
                    rows.addAll(rowsOf(OrgCode.of(number), kpi, year));
                }
            }
        }
        return rows;
    }

    /**
     * A branch's rows of a KPI in a year: none where a real row holds the result, and no target where a real row
     * sets it (Tochigi's FY2024 targets, Akita's FY2025 targets get a synthetic result beside them).
     */
    private List<SyntheticRow> rowsOf(OrgCode branch, Kpi kpi, int year) {
        // The catalogue's own rule: the version valid in the year, and FY2020 under the first version.
        Optional<KpiDefinition> definition = kpi.definitionIn(FiscalYear.of(year));
        return Stream.of(
                        definition.map(d -> yearEndRow(branch, d, year)),
                        restatedRow(branch, kpi, definition, year),
                        definition.map(d -> interimRow(branch, d, year)))
                .flatMap(Optional::stream)
                .filter(row -> !real.hasResult(row.key()))
                .map(row -> real.hasTarget(row.key()) ? row.withoutTarget() : row)
                .toList();
    }

    private SyntheticRow yearEndRow(OrgCode branch, KpiDefinition definition, int year) {
        SyntheticResult result = results.yearEnd(branch, definition, year);
        Optional<String> target = year >= FIRST_TARGET_YEAR
                ? Optional.of(targets.target(branch, definition, year, result))
                : Optional.empty();
        return new SyntheticRow(branch, year, Optional.empty(), definition, false, target, result, Optional.empty());
    }

    /**
     * The year-end value under the definition that starts the next year, as headquarters publishes it so that the
     * next year's relative target can be judged:
     * <ul>
     *   <li>where a definition changes, for a branch whose value under the year's own definition is synthetic (a
     *       branch with a real one gets none: its report prints the change as not comparable, ※基準変更);</li>
     *   <li>for a KPI new next year whose first target is relative to the prior year (委嘱事業所数 in FY2024,
     *       窓口での受付率 in FY2025), for every branch: its base.</li>
     * </ul>
     */
    private Optional<SyntheticRow> restatedRow(OrgCode branch, Kpi kpi, Optional<KpiDefinition> definition, int year) {
        Optional<KpiDefinition> next = kpi.versionStartingIn(year + 1).filter(v -> !definition.equals(Optional.of(v)));
        if (next.isEmpty()) return Optional.empty();
        String note;
        if (definition.isPresent()) {
            if (real.hasResult(RealData.yearEndKey(branch, year, definition.get()))) return Optional.empty();
            note = "新定義（" + next.get().definitionFy() + "年度版）による再計算値";
        } else {
            if (!SyntheticTargets.isRelative(next.get(), year + 1)) return Optional.empty();
            note = next.get().validFrom().japanese() + "から設定されたKPIの前年度の値（対前年度の目標の基準）";
        }
        return Optional.of(new SyntheticRow(
                branch,
                year,
                Optional.empty(),
                next.get(),
                true,
                Optional.empty(),
                results.yearEnd(branch, next.get(), year),
                Optional.of(note)));
    }

    private SyntheticRow interimRow(OrgCode branch, KpiDefinition definition, int year) {
        AsOf asOf = new AsOf(YearMonth.of(year, INTERIM_MONTH));
        return new SyntheticRow(
                branch,
                year,
                Optional.of(asOf),
                definition,
                false,
                Optional.empty(),
                results.interim(branch, definition, year),
                Optional.empty());
    }
}
