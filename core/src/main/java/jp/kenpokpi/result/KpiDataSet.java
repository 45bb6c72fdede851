package jp.kenpokpi.result;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;

/** Targets and results held in memory, indexed the ways the summaries look them up. */
public final class KpiDataSet implements FinalResults {

    private record TargetKey(OrgCode org, FiscalYear year, String kpiCode) {}

    private record ResultKey(OrgCode org, FiscalYear year, String kpiCode, int definitionFy) {}

    /** One KPI version's year-end results across the organisations. */
    private record SeriesKey(FiscalYear year, String kpiCode, int definitionFy) {}

    private final Map<TargetKey, StoredTarget> targets = new HashMap<>();
    private final Map<ResultKey, StoredResult> finals = new HashMap<>();
    // Indexed because a comparison of all 47 branches asks for every KPI's branch results once per branch.
    private final Map<SeriesKey, TreeMap<OrgCode, Result>> branchFinals = new HashMap<>();
    private final Map<ResultKey, TreeMap<AsOf, StoredResult>> interims = new HashMap<>();

    public KpiDataSet(Collection<StoredTarget> targets, Collection<StoredResult> results) {
        for (StoredTarget t : targets) this.targets.put(new TargetKey(t.org(), t.year(), t.kpiCode()), t);
        for (StoredResult r : results) {
            ResultKey key = new ResultKey(r.org(), r.year(), r.kpiCode(), r.definitionFy());
            if (r.isFinal()) {
                finals.put(key, r);
                if (!r.org().isAssociation()) {
                    branchFinals
                            .computeIfAbsent(
                                    new SeriesKey(r.year(), r.kpiCode(), r.definitionFy()), k -> new TreeMap<>())
                            .put(r.org(), r.result());
                }
            } else {
                interims.computeIfAbsent(key, k -> new TreeMap<>()).put(r.asOf().orElseThrow(), r);
            }
        }
    }

    public Optional<StoredTarget> target(OrgCode org, FiscalYear year, String kpiCode) {
        return Optional.ofNullable(targets.get(new TargetKey(org, year, kpiCode)));
    }

    public Optional<StoredResult> finalResult(OrgCode org, FiscalYear year, String kpiCode, int definitionFy) {
        return Optional.ofNullable(finals.get(new ResultKey(org, year, kpiCode, definitionFy)));
    }

    @Override
    public Optional<Result> find(OrgCode org, FiscalYear year, String kpiCode, int definitionFy) {
        return finalResult(org, year, kpiCode, definitionFy).map(StoredResult::result);
    }

    /** The latest interim result taken at or before the month end, within that month's fiscal year. */
    public Optional<StoredResult> latestInterim(OrgCode org, String kpiCode, int definitionFy, AsOf asOf) {
        TreeMap<AsOf, StoredResult> series = interims.get(new ResultKey(org, asOf.fiscalYear(), kpiCode, definitionFy));
        if (series == null) return Optional.empty();
        return Optional.ofNullable(series.floorEntry(asOf)).map(Map.Entry::getValue);
    }

    public Optional<StoredResult> interim(OrgCode org, String kpiCode, int definitionFy, AsOf asOf) {
        TreeMap<AsOf, StoredResult> series = interims.get(new ResultKey(org, asOf.fiscalYear(), kpiCode, definitionFy));
        return series == null ? Optional.empty() : Optional.ofNullable(series.get(asOf));
    }

    /** Every branch's year-end result for a KPI version (the association's own row excluded), in code order. */
    public Map<OrgCode, Result> branchFinals(FiscalYear year, String kpiCode, int definitionFy) {
        TreeMap<OrgCode, Result> series = branchFinals.get(new SeriesKey(year, kpiCode, definitionFy));
        return series == null ? java.util.Collections.emptyMap() : java.util.Collections.unmodifiableMap(series);
    }

    /** Every branch's latest interim result at the month end, for the association-wide interim value. */
    public Map<OrgCode, Result> branchInterims(AsOf asOf, String kpiCode, int definitionFy) {
        Map<OrgCode, Result> map = new TreeMap<>();
        for (Map.Entry<ResultKey, TreeMap<AsOf, StoredResult>> e : interims.entrySet()) {
            ResultKey k = e.getKey();
            if (!k.org().isAssociation()
                    && k.year().equals(asOf.fiscalYear())
                    && k.kpiCode().equals(kpiCode)
                    && k.definitionFy() == definitionFy) {
                Map.Entry<AsOf, StoredResult> latest = e.getValue().floorEntry(asOf);
                if (latest != null) map.put(k.org(), latest.getValue().result());
            }
        }
        return map;
    }

    /** The latest month end any interim result of the organisation was taken at. */
    public Optional<AsOf> latestAsOf(OrgCode org) {
        List<AsOf> months = interimMonths(org);
        return months.isEmpty() ? Optional.empty() : Optional.of(months.get(months.size() - 1));
    }

    /**
     * Every month end an interim result of the organisation was taken at, oldest first. For the association, the
     * months of any branch too: its interim values can be formed from theirs.
     */
    public List<AsOf> interimMonths(OrgCode org) {
        TreeSet<AsOf> months = new TreeSet<>();
        for (Map.Entry<ResultKey, TreeMap<AsOf, StoredResult>> e : interims.entrySet()) {
            if (e.getKey().org().equals(org) || org.isAssociation())
                months.addAll(e.getValue().keySet());
        }
        return List.copyOf(months);
    }
}
