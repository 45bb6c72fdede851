package jp.kenpokpi.app;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;

/**
 * The application's packages depend on each other without cycles. The cycles the application had when this rule
 * came (web with report, plan and interchange, issue 9) are frozen in src/test/resources/archunit_store: they are
 * tolerated until removed, and any new cycle fails.
 */
class PackageCyclesTest {

    /** Only the application's own classes: core shares its package names, and its classes are not the app's. */
    private static JavaClasses applicationClasses() throws URISyntaxException {
        Path classes = Path.of(KenpoKpi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return new ClassFileImporter().importPath(classes);
    }

    @Test
    void the_applications_packages_have_no_new_cycles() throws URISyntaxException {
        ArchRule noCycles = slices().matching("jp.kenpokpi.app.(*)..").namingSlices("$1").should().beFreeOfCycles();

        FreezingArchRule.freeze(noCycles).check(applicationClasses());
    }
}
