package jp.kenpokpi.cli;

import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportSelector;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariDataSource;

import jp.kenpokpi.report.ReportKind;
import jp.kenpokpi.system.SchemaVersion;

/**
 * The application context of every command but serve: the application's own components without the web side
 * (controllers, their advice, the web package, the security filter chain), and of the framework only what those
 * components use: a pooled DataSource on the same database, its transactions and a JdbcClient. The web application's
 * {@code @SpringBootApplication} evaluates some 150 auto-configurations at every start, which was most of a command's
 * time after the JVM's own start (docs/PERFORMANCE.md); none of them is imported here.
 * <p>
 * The components are named, not scanned: a scan reads every class of the app and core jars (about 400) at each start,
 * measured at a fifth of a second of CPU. {@code CliComponentsTest} keeps the list equal to what a scan would find, so a
 * new service fails that test (and says which line to add) rather than a command.
 */
@Configuration(proxyBeanMethods = false)
@Import(CliApplication.Components.class)
public class CliApplication {

    /** By name: some are package-private. */
    static final List<String> COMPONENTS = List.of(
            "jp.kenpokpi.audit.ChangeLog",
            "jp.kenpokpi.audit.ImportBatches",
            "jp.kenpokpi.audit.ReadableNames",
            "jp.kenpokpi.budget.BudgetImport",
            "jp.kenpokpi.budget.BudgetRepository",
            "jp.kenpokpi.catalogue.CatalogueRepository",
            "jp.kenpokpi.cli.Commands",
            "jp.kenpokpi.entry.ResultEntryService",
            "jp.kenpokpi.interchange.ImportPermissions",
            "jp.kenpokpi.interchange.InterchangeImport",
            "jp.kenpokpi.lock.YearLocking",
            "jp.kenpokpi.organisation.OrganisationRepository",
            "jp.kenpokpi.plan.PlanEditService",
            "jp.kenpokpi.plan.PlanImport",
            "jp.kenpokpi.plan.PlanRepository",
            "jp.kenpokpi.report.CouncilBooks",
            "jp.kenpokpi.report.CouncilReports",
            "jp.kenpokpi.report.KpiSummaryReports",
            "jp.kenpokpi.report.PlanReports",
            "jp.kenpokpi.report.ReportRegistry",
            "jp.kenpokpi.result.KpiRecordRepository",
            "jp.kenpokpi.sampledata.SampleDataLoader",
            "jp.kenpokpi.security.AccountUserDetailsService",
            "jp.kenpokpi.security.BranchAccess",
            "jp.kenpokpi.security.DemoAccounts",
            "jp.kenpokpi.security.FiscalYearLocks",
            "jp.kenpokpi.security.PasswordConfig",
            "jp.kenpokpi.security.Permissions",
            "jp.kenpokpi.security.UserAccountRepository",
            "jp.kenpokpi.summary.SummaryService",
            "jp.kenpokpi.system.DatabaseInfo",
            "jp.kenpokpi.system.DatabaseInitializer");

    static final class Components implements ImportSelector {
        @Override
        public String[] selectImports(AnnotationMetadata importingClass) {
            return Stream.concat(COMPONENTS.stream(), reportKinds().stream()).toArray(String[]::new);
        }
    }

    /**
     * The report kinds are found, not named: a new report is one class (docs/ARCHITECTURE.md, 「a new report」), and
     * scanning the one package that declares them costs a few milliseconds, not the whole jars' fifth of a second.
     */
    static List<String> reportKinds() {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        AnnotationTypeFilter component = new AnnotationTypeFilter(Component.class);
        AssignableTypeFilter reportKind = new AssignableTypeFilter(ReportKind.class);
        scan.addIncludeFilter((reader, factory) -> component.match(reader, factory) && reportKind.match(reader, factory));
        return scan.findCandidateComponents(ReportKind.class.getPackageName()).stream()
                .map(BeanDefinition::getBeanClassName).sorted().toList();
    }

    /** spring.datasource.* as application.properties sets them; the schema is brought up to date before first use. */
    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(Environment environment) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(environment.getRequiredProperty("spring.datasource.url"));
        dataSource.setUsername(environment.getProperty("spring.datasource.username", ""));
        dataSource.setPassword(environment.getProperty("spring.datasource.password", ""));
        // One command, one thread: no idle connections opened in the background on a two-core machine.
        dataSource.setMaximumPoolSize(2);
        dataSource.setMinimumIdle(1);
        try {
            SchemaVersion.migrateIfBehind(dataSource, environment.getProperty("spring.flyway.locations", "classpath:db/migration"));
        } catch (RuntimeException e) {
            dataSource.close();   // not a bean yet: the context would not close it, and the database file stays locked
            throw e;
        }
        return dataSource;
    }

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    @Bean
    TransactionTemplate transactionTemplate(JdbcTransactionManager transactionManager) {
        return new TransactionTemplate(transactionManager);
    }

    @Bean
    JdbcClient jdbcClient(DataSource dataSource) {
        return JdbcClient.create(dataSource);
    }
}
