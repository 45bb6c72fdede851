package jp.kenpokpi.cli;

import javax.sql.DataSource;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.ControllerAdvice;

import com.zaxxer.hikari.HikariDataSource;

import jp.kenpokpi.system.SchemaVersion;

/**
 * The application context of every command but serve: the application's own components without the web side
 * (controllers, their advice, the web package, the security filter chain), and of the framework only what those
 * components use: a pooled DataSource on the same database, its transactions and a JdbcClient. The web application's
 * {@code @SpringBootApplication} evaluates some 150 auto-configurations at every start, which was most of a command's
 * time after the JVM's own start (docs/PERFORMANCE.md); none of them is imported here. The scan names the application's
 * root package as text: a class reference would make the root package (KenpoKpi) and cli depend on each other.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackages = "jp.kenpokpi", excludeFilters = {
        @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @Filter(type = FilterType.ANNOTATION, classes = {SpringBootConfiguration.class, Controller.class, ControllerAdvice.class}),
        @Filter(type = FilterType.REGEX, pattern = "jp\\.kenpokpi\\.web\\..*")})
public class CliApplication {

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
        SchemaVersion.migrateIfBehind(dataSource, environment.getProperty("spring.flyway.locations", "classpath:db/migration"));
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
