package jp.kenpokpi.app.performance;

import jp.kenpokpi.app.catalogue.CatalogueRepository;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.app.result.VersionedCache;
import jp.kenpokpi.performance.PerformanceYear;
import jp.kenpokpi.period.FiscalYear;
import org.springframework.stereotype.Service;

/**
 * 支部業績評価 of a results year from the stored year-end results (entered, imported or computed from records) under
 * the definitions in force that year, through core's {@link PerformanceYear}; kept per data version, as the summaries
 * are.
 */
@Service
public class PerformanceService {

    private final CatalogueRepository catalogue;
    private final KpiRecordRepository records;
    private final VersionedCache cache = new VersionedCache();

    public PerformanceService(CatalogueRepository catalogue, KpiRecordRepository records) {
        this.catalogue = catalogue;
        this.records = records;
    }

    public PerformanceYear year(FiscalYear year) {
        return cache.get(
                "performance " + year,
                records.dataVersion(),
                () -> PerformanceYear.of(catalogue.load(), records.load(year, year), year));
    }
}
