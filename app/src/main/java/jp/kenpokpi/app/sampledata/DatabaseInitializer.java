package jp.kenpokpi.app.sampledata;

import java.time.Instant;
import jp.kenpokpi.app.catalogue.CatalogueRepository;
import jp.kenpokpi.app.organisation.OrganisationRepository;
import jp.kenpokpi.app.security.DemoAccounts;
import jp.kenpokpi.app.system.DatabaseInfo;
import jp.kenpokpi.catalogue.CatalogueCsv;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills a new database (Flyway has created the schema by now): the organisation, the reference KPI catalogue and,
 * unless told otherwise, the sample data with the demo accounts. Runs before the web server accepts requests; does nothing for a database
 * that is already initialised.
 */
@Component
public class DatabaseInitializer implements SmartInitializingSingleton {

    private final DatabaseInfo info;
    private final OrganisationRepository organisations;
    private final CatalogueRepository catalogue;
    private final SampleDataLoader sampleData;
    private final DemoAccounts demoAccounts;
    private final TransactionTemplate transaction;
    private final boolean loadSampleData;

    public DatabaseInitializer(
            DatabaseInfo info,
            OrganisationRepository organisations,
            CatalogueRepository catalogue,
            SampleDataLoader sampleData,
            DemoAccounts demoAccounts,
            TransactionTemplate transaction,
            @Value("${kenpo.sample-data:true}") boolean loadSampleData) {
        this.info = info;
        this.organisations = organisations;
        this.catalogue = catalogue;
        this.sampleData = sampleData;
        this.demoAccounts = demoAccounts;
        this.transaction = transaction;
        this.loadSampleData = loadSampleData;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (info.get(DatabaseInfo.INITIALISED).isPresent()) return;
        transaction.executeWithoutResult(status -> {
            organisations.saveAll();
            catalogue.save(CatalogueCsv.reference());
            if (loadSampleData) {
                sampleData.load();
                demoAccounts.create();
            }
            info.put(DatabaseInfo.SAMPLE_DATA, Boolean.toString(loadSampleData));
            info.put(DatabaseInfo.INITIALISED, Instant.now().toString());
        });
    }
}
