package jp.kenpokpi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The command line's context names its components instead of scanning for them (start-up time): the list must be
 * what a scan without the web side finds, so that a new service is not missing from the commands.
 */
class CliComponentsTest {

    @Test
    void theCommandLineHasEveryComponentOutsideTheWebSide() {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(true);
        scan.addExcludeFilter(new AnnotationTypeFilter(SpringBootConfiguration.class));
        scan.addExcludeFilter(new AnnotationTypeFilter(Controller.class));
        scan.addExcludeFilter(new AnnotationTypeFilter(ControllerAdvice.class));
        scan.addExcludeFilter(new RegexPatternTypeFilter(Pattern.compile("jp\\.kenpokpi\\.app\\.web\\..*")));
        scan.addExcludeFilter(new AssignableTypeFilter(CliApplication.class));
        List<String> found = scan.findCandidateComponents("jp.kenpokpi.app").stream()
                .map(b -> b.getBeanClassName())
                .sorted()
                .toList();

        List<String> named = new java.util.ArrayList<>(CliApplication.COMPONENTS);
        named.addAll(CliApplication.reportKinds());
        assertThat(named)
                .as("CliApplication.COMPONENTS: add what a command may use, leave out what only the web uses")
                .containsExactlyInAnyOrderElementsOf(found);
    }

    @Test
    void theReportKindsAreFoundNotNamed() {
        assertThat(CliApplication.reportKinds())
                .contains("jp.kenpokpi.app.report.BudgetKind", "jp.kenpokpi.app.report.KpiSummaryKind")
                .noneMatch(CliApplication.COMPONENTS::contains);
    }
}
