package jp.kenpokpi.app;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The application's packages (a feature each, and web for what every page shares) depend on each other without
 * cycles. The 38 cycles the application had when this rule came (web with report, plan and interchange, issue 9) were
 * removed when the packages were split; a new one fails here.
 */
class PackageCyclesTest {

    /** Only the application's own classes, not core's. */
    private static JavaClasses applicationClasses() throws URISyntaxException {
        Path classes = Path.of(KenpoKpi.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        return new ClassFileImporter().importPath(classes);
    }

    @Test
    void the_applications_packages_have_no_cycles() throws URISyntaxException {
        slices().matching("jp.kenpokpi.app.(*)..")
                .namingSlices("$1")
                .should()
                .beFreeOfCycles()
                .check(applicationClasses());
    }
}
