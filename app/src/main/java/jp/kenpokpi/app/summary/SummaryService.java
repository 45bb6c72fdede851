package jp.kenpokpi.app.summary;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import jp.kenpokpi.app.catalogue.CatalogueRepository;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.catalogue.Kpi;
import jp.kenpokpi.catalogue.KpiCatalogue;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.comparison.ComparisonTable;
import jp.kenpokpi.evaluation.MarkPolicy;
import jp.kenpokpi.interim.InterimRow;
import jp.kenpokpi.interim.InterimSummary;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.ranking.AssociationWide;
import jp.kenpokpi.ranking.AssociationWideValue;
import jp.kenpokpi.ranking.BranchRanking;
import jp.kenpokpi.ranking.NationalValue;
import jp.kenpokpi.ranking.NationalValues;
import jp.kenpokpi.ranking.RankedBranch;
import jp.kenpokpi.result.KpiDataSet;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.summary.BranchYearSummary;
import jp.kenpokpi.summary.KpiDetail;
import jp.kenpokpi.summary.KpiDetails;
import jp.kenpokpi.summary.SummaryRow;
import org.springframework.stereotype.Service;

/** Loads what a summary needs from the database and hands it to the domain's summary builders. */
@Service
public class SummaryService {

    private final CatalogueRepository catalogue;
    private final KpiRecordRepository records;
    private final jp.kenpokpi.app.result.VersionedCache cache = new jp.kenpokpi.app.result.VersionedCache();

    public SummaryService(CatalogueRepository catalogue, KpiRecordRepository records) {
        this.catalogue = catalogue;
        this.records = records;
    }

    /** An organisation's year: two prior years for the table, the next for next year's targets. */
    public List<SummaryRow> branchYear(OrgCode org, FiscalYear year, MarkPolicy policy) {
        return cache.get("branchYear " + org + " " + year + " " + policy.id(), records.dataVersion(), () -> {
            KpiDataSet data = records.load(year.plus(-2), year.next());
            return new BranchYearSummary(catalogue.load(), data, policy).rows(org, year);
        });
    }

    public List<InterimRow> interim(OrgCode org, AsOf asOf) {
        FiscalYear year = asOf.fiscalYear();
        return new InterimSummary(catalogue.load(), records.load(year.previous(), year)).rows(org, asOf);
    }

    /**
     * The year a page opens on: the latest year with a real (not synthetic) year-end result for the organisation,
     * so that a branch sees its own report first; the latest year with any data otherwise.
     */
    public FiscalYear defaultYear(OrgCode org) {
        return records.latestRealYear(org)
                .or(() -> records.fiscalYears().stream().findFirst())
                .orElse(FiscalYear.of(2023));
    }

    /**
     * The month end the interim page opens on: the latest with a real (not synthetic) result of the organisation,
     * as {@link #defaultYear} does for years; the latest with any data otherwise.
     */
    public Optional<AsOf> defaultAsOf(OrgCode org) {
        return records.latestRealAsOf(org).or(() -> latestAsOf(org));
    }

    /** The word a page address, a download and the command line take for the newest month with data. */
    public static final String LATEST = "latest";

    /** A month asked for: {@link #LATEST} is the newest with data (none when there is none), else the month read. */
    public Optional<AsOf> monthAsked(OrgCode org, String text, Function<String, AsOf> read) {
        return text.equals(LATEST) ? latestAsOf(org) : Optional.of(read.apply(text));
    }

    /** The latest month end with any interim result for the organisation ({@link KpiDataSet#latestAsOf}). */
    public Optional<AsOf> latestAsOf(OrgCode org) {
        return interimData().latestAsOf(org);
    }

    /** The month ends with any interim result for the organisation (for the association: any branch), oldest first. */
    public List<AsOf> interimMonths(OrgCode org) {
        return interimData().interimMonths(org);
    }

    private KpiDataSet interimData() {
        FiscalYear newest = records.fiscalYears().stream().findFirst().orElse(FiscalYear.of(2021));
        return records.load(newest.plus(-10), newest);
    }

    /**
     * The association and the given branches side by side in a year, from one load of the data: the same years as
     * a branch's year, so that every cell is judged as on the branch's own dashboard.
     */
    public ComparisonTable comparison(FiscalYear year, List<Organisation> branches, MarkPolicy policy) {
        String key = "comparison " + year + " " + policy.id() + " "
                + branches.stream().map(o -> o.code().value()).collect(java.util.stream.Collectors.joining(","));
        return cache.get(
                key,
                records.dataVersion(),
                () -> ComparisonTable.build(
                        catalogue.load(), records.load(year.plus(-2), year.next()), policy, year, branches));
    }

    /** All branches ranked on a KPI in a year, with the association-wide value. */
    public record KpiRanking(
            KpiDefinition definition,
            FiscalYear year,
            List<RankedBranch> ranking,
            Map<OrgCode, Result> results,
            AssociationWideValue associationWide,
            Optional<NationalValue> national,
            KpiDataSet data) {}

    public KpiRanking ranking(FiscalYear year, String kpiCode) {
        KpiCatalogue c = catalogue.load();
        KpiDefinition definition = c.get(kpiCode)
                .definitionIn(year)
                .orElseThrow(() -> new IllegalArgumentException(kpiCode + "は" + year.label() + "には定義がありません"));
        KpiDataSet data = records.load(year, year);
        Map<OrgCode, Result> results = data.branchFinals(year, kpiCode, definition.definitionFy());
        // The association's one value of the year, as every page shows it (published, printed by a branch, or 算).
        Optional<NationalValue> national = new NationalValues(data).association(definition, year);
        return new KpiRanking(
                definition,
                year,
                BranchRanking.rank(definition, results),
                results,
                AssociationWide.compute(definition, results),
                national,
                data);
    }

    /**
     * A KPI seen from an organisation in a year (the KPI detail page): the trend covers every year that holds data,
     * and the year before the one shown is loaded too, for relative targets.
     */
    public KpiDetail kpiDetail(
            Kpi kpi, OrgCode org, FiscalYear year, KpiDetail.TileColouring colouring, MarkPolicy policy) {
        String key = "kpiDetail " + kpi.code() + " " + org + " " + year + " " + colouring + " " + policy.id();
        return cache.get(key, records.dataVersion(), () -> {
            List<FiscalYear> years = records.fiscalYears();
            FiscalYear from = years.stream()
                    .min(FiscalYear::compareTo)
                    .filter(y -> y.isBefore(year))
                    .orElse(year.previous());
            FiscalYear to = years.stream()
                    .max(FiscalYear::compareTo)
                    .filter(y -> y.isAfter(year))
                    .orElse(year);
            KpiDataSet data = records.load(from, to);
            return new KpiDetails(data, policy).detail(kpi, org, year, years, colouring);
        });
    }

    public KpiCatalogue catalogue() {
        return catalogue.load();
    }
}
