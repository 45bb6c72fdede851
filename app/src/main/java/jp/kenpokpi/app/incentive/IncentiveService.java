package jp.kenpokpi.app.incentive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.app.catalogue.CatalogueRepository;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.app.result.VersionedCache;
import jp.kenpokpi.incentive.IncentiveEngine;
import jp.kenpokpi.incentive.IncentiveInputsFromResults;
import jp.kenpokpi.incentive.IncentiveRanking;
import jp.kenpokpi.incentive.RateChange;
import jp.kenpokpi.incentive.RewardLineGap;
import jp.kenpokpi.incentive.SchemeParameters;
import jp.kenpokpi.incentive.SchemeParametersCsv;
import jp.kenpokpi.incentive.SyntheticPremiumBases;
import jp.kenpokpi.incentive.WhatIf;
import jp.kenpokpi.incentive.WhatIfOutcome;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import org.springframework.stereotype.Service;

/**
 * The incentive scheme (インセンティブ制度) scored from the stored results: a results year's and the year before's
 * year-end results ({@link IncentiveInputsFromResults}), the published parameters with their assumptions
 * ({@code incentive-scheme.csv}) and the 架空 premium bases, through core's {@link IncentiveEngine}.
 */
@Service
public class IncentiveService {

    private final CatalogueRepository catalogue;
    private final KpiRecordRepository records;
    private final VersionedCache cache = new VersionedCache();

    public IncentiveService(CatalogueRepository catalogue, KpiRecordRepository records) {
        this.catalogue = catalogue;
        this.records = records;
    }

    /** A results year scored: the ranking, how its inputs were taken, and the premium bases it rests on. */
    public record Scored(
            IncentiveInputsFromResults.Derivation derivation,
            IncentiveRanking ranking,
            SchemeParameters parameters,
            SyntheticPremiumBases premiumBases) {}

    /**
     * @throws IllegalArgumentException (Japanese) for a year before the scheme or a year no branch has a result of
     *     the scheme's KPIs for
     */
    public Scored score(FiscalYear year) {
        Outcome outcome = cache.get("incentive " + year.value(), records.dataVersion(), () -> {
            try {
                return new Outcome(compute(year), null);
            } catch (IllegalArgumentException e) {
                return new Outcome(null, e.getMessage());
            }
        });
        if (outcome.problemJa() != null) throw new IllegalArgumentException(outcome.problemJa());
        return outcome.scored();
    }

    /** A year scored, or why it cannot be: kept until the stored results change. */
    private record Outcome(Scored scored, String problemJa) {}

    private Scored compute(FiscalYear year) {
        if (year.isBefore(SchemeParameters.FIRST_RESULTS_YEAR)) {
            throw new IllegalArgumentException(
                    "インセンティブ制度は" + SchemeParameters.FIRST_RESULTS_YEAR.label() + "実績からです: " + year.label());
        }
        SchemeParameters parameters = SchemeParametersCsv.reference();
        SyntheticPremiumBases bases = SyntheticPremiumBases.reference();
        IncentiveInputsFromResults.Derivation derivation = IncentiveInputsFromResults.of(
                catalogue.load(),
                year,
                records.year(year).results(),
                records.year(year.previous()).results(),
                bases.yen());
        if (derivation.inputs().inputs().values().stream().allMatch(java.util.Map::isEmpty)) {
            throw new IllegalArgumentException(year.label() + "の実績（特定健診・特定保健指導・受診勧奨後の受診率・後発医薬品の使用割合）がどの支部にもありません");
        }
        return new Scored(derivation, IncentiveEngine.score(derivation.inputs(), parameters), parameters, bases);
    }

    /**
     * Every results year the data hold that the scheme can score (a year from FY2018 results with a result of the
     * scheme's KPIs), oldest first.
     */
    public List<Scored> scoredYears() {
        List<Scored> years = new ArrayList<>();
        for (FiscalYear year : records.fiscalYears()) {
            if (year.isBefore(SchemeParameters.FIRST_RESULTS_YEAR)) continue;
            try {
                years.add(score(year));
            } catch (IllegalArgumentException e) {
                // a year with targets only, or none of the scheme's KPIs: not a results year of the scheme
            }
        }
        years.sort(Comparator.comparing(s -> s.ranking().resultsYear()));
        return years;
    }

    /** The results years the data can be scored for, oldest first (the years of {@link #scoredYears}). */
    public List<FiscalYear> resultsYears() {
        return scoredYears().stream().map(s -> s.ranking().resultsYear()).toList();
    }

    /** The newest results year the scheme can score, if any. */
    public Optional<FiscalYear> latestYear() {
        for (FiscalYear year : records.fiscalYears()) {
            if (year.isBefore(SchemeParameters.FIRST_RESULTS_YEAR)) break;
            try {
                score(year);
                return Optional.of(year);
            } catch (IllegalArgumentException e) {
                // no result of the scheme's KPIs that year: try the year before
            }
        }
        return Optional.empty();
    }

    /** The gap of a branch to the reward line (the last rewarded branch). */
    public RewardLineGap gap(Scored scored, OrgCode branch) {
        return RewardLineGap.of(scored.ranking(), branch);
    }

    /** A what-if scored again by the same engine over the same inputs. */
    public WhatIfOutcome whatIf(Scored scored, OrgCode branch, RateChange change) {
        return WhatIf.of(scored.derivation().inputs(), scored.parameters(), branch, change);
    }
}
