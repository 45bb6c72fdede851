package jp.kenpokpi.app.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import jp.kenpokpi.app.report.ReportKind;
import jp.kenpokpi.app.system.SchemaVersion;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

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
            "jp.kenpokpi.app.account.AccountAdministration",
            "jp.kenpokpi.app.account.AccountImport",
            "jp.kenpokpi.app.account.PasswordChange",
            "jp.kenpokpi.app.apitoken.ApiTokens",
            "jp.kenpokpi.app.audit.ChangeLog",
            "jp.kenpokpi.app.audit.DataVersion",
            "jp.kenpokpi.app.audit.ImportBatches",
            "jp.kenpokpi.app.audit.ReadableNames",
            "jp.kenpokpi.app.budget.BudgetEntryService",
            "jp.kenpokpi.app.budget.BudgetImport",
            "jp.kenpokpi.app.budget.BudgetLineService",
            "jp.kenpokpi.app.budget.BudgetRepository",
            "jp.kenpokpi.app.budget.BudgetWorkbook",
            "jp.kenpokpi.app.catalogue.CatalogueRepository",
            "jp.kenpokpi.app.cli.Commands",
            "jp.kenpokpi.app.compute.ComputeRuns",
            "jp.kenpokpi.app.compute.RecordsCompute",
            "jp.kenpokpi.app.entry.ResultEntryService",
            "jp.kenpokpi.app.export.Export",
            "jp.kenpokpi.app.importing.ImportKind",
            "jp.kenpokpi.app.incentive.IncentiveService",
            "jp.kenpokpi.app.interchange.ImportClaims",
            "jp.kenpokpi.app.interchange.ImportPermissions",
            "jp.kenpokpi.app.interchange.InterchangeImport",
            "jp.kenpokpi.app.lock.YearLocking",
            // Notices are raised by the steps and imports a command makes too; mail needs spring.mail.host, which
            // the command line's context never configures (no JavaMailSender: nothing sent).
            "jp.kenpokpi.app.notices.DeadlineNotices",
            "jp.kenpokpi.app.notices.ImportNotices",
            "jp.kenpokpi.app.notices.NoticeMail",
            "jp.kenpokpi.app.notices.NoticeRepository",
            "jp.kenpokpi.app.notices.NoticeSettings",
            "jp.kenpokpi.app.notices.Notices",
            "jp.kenpokpi.app.notices.SubmissionNotices",
            "jp.kenpokpi.app.organisation.OrganisationRepository",
            "jp.kenpokpi.app.performance.PerformanceService",
            "jp.kenpokpi.app.plan.MeasureWriter",
            "jp.kenpokpi.app.plan.PlanEditService",
            "jp.kenpokpi.app.plan.PlanFreeze",
            "jp.kenpokpi.app.plan.PlanImport",
            "jp.kenpokpi.app.plan.PlanRepository",
            "jp.kenpokpi.app.plan.PlanStructureService",
            "jp.kenpokpi.app.plan.PlanTargetReasoning",
            "jp.kenpokpi.app.report.CouncilBooks",
            "jp.kenpokpi.app.report.CouncilReports",
            "jp.kenpokpi.app.report.KpiSummaryReports",
            "jp.kenpokpi.app.report.PlanReports",
            "jp.kenpokpi.app.report.ReportRegistry",
            "jp.kenpokpi.app.result.KpiRecordRepository",
            "jp.kenpokpi.app.sampledata.DatabaseInitializer",
            "jp.kenpokpi.app.sampledata.SampleDataLoader",
            "jp.kenpokpi.app.sampledata.SampleTargetSetting",
            "jp.kenpokpi.app.security.AccountUserDetailsService",
            "jp.kenpokpi.app.security.BranchAccess",
            "jp.kenpokpi.app.security.DemoAccounts",
            "jp.kenpokpi.app.security.FiscalYearLocks",
            "jp.kenpokpi.app.security.PasswordConfig",
            "jp.kenpokpi.app.security.Permissions",
            "jp.kenpokpi.app.security.SignInHistory",
            "jp.kenpokpi.app.security.SignInOutcomes",
            "jp.kenpokpi.app.security.UserAccountRepository",
            "jp.kenpokpi.app.session.AccountSessions",
            "jp.kenpokpi.app.submission.ReportFreeze",
            "jp.kenpokpi.app.submission.SubmissionRepository",
            "jp.kenpokpi.app.submission.SubmissionService",
            "jp.kenpokpi.app.summary.SummaryService",
            "jp.kenpokpi.app.system.DatabaseInfo",
            "jp.kenpokpi.app.targetsetting.TargetProposalService",
            "jp.kenpokpi.app.targetsetting.TargetSettingRepository",
            "jp.kenpokpi.app.targetsetting.TargetSettingService",
            "jp.kenpokpi.app.undo.UndoService",
            "jp.kenpokpi.app.undo.UndoableRecords");

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
        scan.addIncludeFilter(
                (reader, factory) -> component.match(reader, factory) && reportKind.match(reader, factory));
        return scan.findCandidateComponents(ReportKind.class.getPackageName()).stream()
                .map(BeanDefinition::getBeanClassName)
                .sorted()
                .toList();
    }

    /** spring.datasource.* as application.properties sets them; the schema is brought up to date before first use. */
    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(Environment environment) {
        HikariDataSource dataSource = pool(environment, 2);
        try {
            SchemaVersion.migrateIfBehind(
                    dataSource, environment.getProperty("spring.flyway.locations", "classpath:db/migration"));
        } catch (RuntimeException e) {
            dataSource.close(); // not a bean yet: the context would not close it, and the database file stays locked
            throw e;
        }
        return dataSource;
    }

    /**
     * A small pool on the database spring.datasource.* names (also what backup and restore use). One command, one
     * thread: no idle connections opened in the background on a two-core machine.
     */
    static HikariDataSource pool(Environment environment, int size) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(environment.getRequiredProperty("spring.datasource.url"));
        dataSource.setUsername(environment.getProperty("spring.datasource.username", ""));
        dataSource.setPassword(environment.getProperty("spring.datasource.password", ""));
        dataSource.setMaximumPoolSize(size);
        dataSource.setMinimumIdle(1);
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
